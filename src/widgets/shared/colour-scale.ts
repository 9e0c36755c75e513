/**
 * The colour scale of the page's function: one value → colour scale per function, made from f
 * sampled over the window the function starts in (its preset's, else the default window), so
 * the contour plot and the 3D surface colour a value alike and never recolour on a pan or zoom.
 * The last scale is kept, so the figures of a page sample f once for it.
 */
import type { Field } from '../../math';
import { valueColours, type ValueColours } from '../../viz/colour';
import { presetFor } from '../GradientField/presets';
import { DEFAULT_WINDOW } from './field-keys';

/** Samples per side of the grid the scale is made from. */
const SAMPLES = 97;

let last: { field: Field; colours: ValueColours } | null = null;

/** The fixed colour scale of `field`, whose source text is `source`. */
export function coloursFor(field: Field, source: string): ValueColours {
  if (last?.field === field) return last.colours;
  const w = presetFor(source)?.window ?? DEFAULT_WINDOW;
  const colours = valueColours(field.sampleValues({ x: w.x, y: w.y, nx: SAMPLES, ny: SAMPLES }));
  last = { field, colours };
  return colours;
}
