/**
 * The colours and levels of the page's function, as every figure draws them.
 *
 * One value → colour scale per function: the range and spacing of its levels over the window
 * it starts in (its preset's, else the default window), so the contour plot and the 3D surface
 * colour a value alike and never recolour on a pan or zoom. The last scale is kept, so the
 * figures of a page make it once. The levels of the window being shown come from
 * `fieldLevels`, which every figure and both renders (server and browser) read.
 */
import type { Field, WorldRect } from '../../math';
import { fieldLevels, type ValueColours } from '../../viz';
import { heightBands, type HeightBands } from '../../viz/three';
import { homeWindow } from '../GradientField/presets';

let last: { field: Field; colours: ValueColours } | null = null;

/** The fixed colour scale of `field`, whose source text is `source`. */
export function coloursFor(field: Field, source: string): ValueColours {
  if (last?.field === field) return last.colours;
  const { low, high, spacing } = fieldLevels(field, homeWindow(source));
  const colours = { low, high, spacing };
  last = { field, colours };
  return colours;
}

/** The levels of `field` over `window` and the colour of each band between them. */
export function levelBands(field: Field, source: string, window: WorldRect): HeightBands {
  return heightBands(fieldLevels(field, window), coloursFor(field, source));
}
