/**
 * Colours of the filled bands: viridis (d3-scale-chromatic), perceptually uniform, readable by
 * the common colour-vision deficiencies, and monotone in lightness, so the order of the bands
 * survives greyscale. The view lays the bands over the page surface with some transparency so
 * the same colours sit calmly on a light or a dark page (see the figure's CSS).
 *
 * A colour stands for a value of f, not for a band's rank in the current window: the scale
 * (`ValueColours`) is fixed for a function, made once from its samples over the window it
 * starts in, so panning or zooming never recolours a point. Values beyond the scale's range
 * take its end colours. For a skewed function (levels spaced 1, 2, 5, 10, …, see levels.ts)
 * the scale is logarithmic in the distance from the low (or high) end, like its levels.
 */
import { interpolateViridis } from 'd3-scale-chromatic';
import { chooseLevels, type LevelSpacing } from './levels';

/** The part of the viridis ramp used: its darkest purple is too heavy under the arrows. */
const FROM = 0.12;
const TO = 0.98;

/** A value → colour scale: the robust range of f and how values are placed in it. */
export interface ValueColours {
  low: number;
  high: number;
  spacing: LevelSpacing;
}

/** The scale for samples of a function (its 1st to 99th percentile, as the levels use). */
export function valueColours(values: ArrayLike<number>): ValueColours {
  const { low, high, spacing } = chooseLevels(values);
  return { low, high, spacing };
}

/** Where value v sits on the scale, from 0 (low) to 1 (high), clamped. */
export function scalePosition(s: ValueColours, v: number): number {
  const span = s.high - s.low;
  if (!(span > 0) || !Number.isFinite(v)) return 0.5;
  // Log placement measures distances in thousandths of the range: 1, 10, 100, 1000 units
  // spread evenly, as the 1-2-5 levels do.
  const log = (d: number): number => Math.log1p((1000 * Math.max(0, d)) / span) / Math.log1p(1000);
  const t = s.spacing === 'log-up' ? log(v - s.low) : s.spacing === 'log-down' ? 1 - log(s.high - v) : (v - s.low) / span;
  return Math.min(1, Math.max(0, t));
}

/** The colour at a position t ∈ [0, 1] of the ramp. */
export function rampColour(t: number): string {
  return interpolateViridis(FROM + (TO - FROM) * Math.min(1, Math.max(0, t)));
}

/**
 * Colours of the bands cut by `thresholds` (ascending): thresholds.length + 1 colours, lowest
 * band first, each the scale's colour at the middle of its band (the outer bands reach half
 * a neighbouring band's width beyond their threshold).
 */
export function bandColoursFor(thresholds: readonly number[], s: ValueColours): string[] {
  const p = thresholds.map((v) => scalePosition(s, v));
  const n = p.length;
  if (n === 0) return [rampColour(0.5)];
  const gap = (i: number): number => (n > 1 ? Math.abs(p[Math.min(n - 1, i + 1)]! - p[Math.max(0, i)]!) / 2 || 0.04 : 0.04);
  return Array.from({ length: n + 1 }, (_, k) => rampColour(k === 0 ? p[0]! - gap(0) : k === n ? p[n - 1]! + gap(n - 2) : (p[k - 1]! + p[k]!) / 2));
}
