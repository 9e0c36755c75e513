/**
 * The level values of a function over a window, chosen once and read by everything that draws
 * that function there: the contour plot's bands and lines, the surface's colour bands and its
 * key, on the server's picture and in the browser alike. So one function in one window has one
 * set of levels on the page, whatever each drawing's own resolution.
 *
 * They come from a fixed sampling that no drawing owns: LEVEL_SAMPLES × LEVEL_SAMPLES points
 * over the window, both edges included, with poles and jumps cut out (holes.ts) before the
 * levels are chosen (levels.ts), as a contour drawing cuts them out of its own grid.
 */
import type { Field, WorldRect } from '../math';
import { markHoles } from './holes';
import { chooseLevels, type LevelChoice } from './levels';

/** Samples per side of the level sampling: enough for stable percentiles (9 409 samples), cheap beside any drawing. */
export const LEVEL_SAMPLES = 97;

/** How many windows per function are remembered (a pan visits many; the page shows one at a time). */
const WINDOWS_KEPT = 8;

const memo = new WeakMap<Field, Map<string, LevelChoice>>();

/** The levels of f over `window` from the level sampling; see the module comment. */
export function fieldLevels(field: Field, window: WorldRect): LevelChoice {
  let byWindow = memo.get(field);
  if (!byWindow) memo.set(field, (byWindow = new Map()));
  const key = `${window.x[0]} ${window.x[1]} ${window.y[0]} ${window.y[1]}`;
  const known = byWindow.get(key);
  if (known) return known;
  const grid = { x: window.x, y: window.y, nx: LEVEL_SAMPLES, ny: LEVEL_SAMPLES };
  const samples = field.sample(grid);
  const raw = chooseLevels(samples.values);
  const { values, holes } = markHoles(samples, grid, raw.high - raw.low);
  const choice = holes > 0 ? chooseLevels(values) : raw;
  if (byWindow.size >= WINDOWS_KEPT) byWindow.delete(byWindow.keys().next().value!);
  byWindow.set(key, choice);
  return choice;
}
