/**
 * Colours of the filled bands: viridis (d3-scale-chromatic), perceptually uniform, readable by
 * the common colour-vision deficiencies, and monotone in lightness, so the order of the bands
 * survives greyscale. The view lays the bands over the page surface with some transparency so
 * the same colours sit calmly on a light or a dark page (see the figure's CSS).
 */
import { interpolateViridis } from 'd3-scale-chromatic';

/** The part of the viridis ramp used: its darkest purple is too heavy under the arrows. */
const FROM = 0.12;
const TO = 0.98;

/** Colour of band i of n, counting from the lowest values (i = 0) to the highest. */
export function bandColour(i: number, n: number): string {
  const t = n <= 1 ? 0.5 : i / (n - 1);
  return interpolateViridis(FROM + (TO - FROM) * t);
}

/** Colours of n bands, lowest first. */
export function bandColours(n: number): string[] {
  return Array.from({ length: n }, (_, i) => bandColour(i, n));
}
