/** The words of the legend: how the level lines are spaced, and what an arrow's length means. */
import type { FieldDrawing } from './drawing';
import { formatTick as fmtTick } from '../shared/format';

/** One sentence about the level spacing of a drawing. */
export function levelsSentence(d: Pick<FieldDrawing, 'levels' | 'spacing'>): string {
  const values = d.levels.map((l) => l.value);
  if (values.length < 2) return values.length === 1 ? `One level line, at ${fmtTick(values[0]!)}.` : 'f is constant here: no level lines.';
  if (d.spacing === 'linear') {
    const step = Number((values[1]! - values[0]!).toPrecision(6));
    return `Level lines every ${fmtTick(step)}: where they crowd, f is steep.`;
  }
  return `Level lines at 1, 2, 5, 10, … ${d.spacing === 'log-up' ? 'above the lowest' : 'below the highest'} value, because f spans a wide range; here their spacing does not show steepness.`;
}
