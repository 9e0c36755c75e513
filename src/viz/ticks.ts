/**
 * "Nice" numbers for axes and level lines: steps of 1, 2 or 5 times a power of ten, so that
 * every tick reads as a short decimal. d3-array's `ticks` makes the values, as integer
 * multiples of the step (so 0.1 + 0.2 never shows up as 0.30000000000000004). Its own choice
 * of step is the one nearest to span / count, which can give nearly twice `count` ticks; here
 * `count` is a cap (axis labels must not crowd), so the step is the next one up the 1–2–5
 * ladder, chosen below.
 */
import { ticks } from 'd3-array';

/** The smallest step of the form {1, 2, 5}·10^k that is at least `raw` (raw > 0). */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  // 1.0000001 guards against log10 rounding (e.g. raw = 1000 giving 999.9999 / 100).
  const factor = m <= 1.0000001 ? 1 : m <= 2.0000001 ? 2 : m <= 5.0000001 ? 5 : 10;
  return factor * power;
}

/** The largest number of the form {1, 2, 5}·10^k that is at most `v` (v > 0). */
export function niceFloor(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  const m = v / power;
  const factor = m >= 4.9999999 ? 5 : m >= 1.9999999 ? 2 : 1;
  return factor * power;
}

/**
 * The multiples of `step` (a {1, 2, 5}·10^k number) in [lo, hi], ends included within a
 * billionth of a step (a window panned by tenths carries such rounding). Asking d3 for
 * span / step ticks makes it pick exactly this step: its thresholds (√2, √10, √50) lie well
 * away from 1, 2 and 5, so the rounding of the division cannot tip it to a neighbour.
 */
export function multiplesIn(lo: number, hi: number, step: number): number[] {
  if (!(hi >= lo) || !(step > 0)) return [];
  const slack = step * 1e-9;
  return ticks(lo - slack, hi + slack, (hi - lo) / step);
}

/** At most about `count` evenly spaced nice values inside [lo, hi], ends included when on a step. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi) || count < 1) return [];
  return multiplesIn(lo, hi, niceStep((hi - lo) / count));
}
