/**
 * "Nice" numbers for axes and level lines: steps of 1, 2 or 5 times a power of ten, so that
 * every tick reads as a short decimal. (The same idea as d3-array's `ticks`, written here so
 * that viz depends only on the packages the project lists.)
 */

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
 * About `count` evenly spaced nice values inside [lo, hi] (both ends included when they fall
 * on a step). Values are computed as integer multiples of the step so that 0.1 + 0.2 never
 * shows up as 0.30000000000000004.
 */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi) || count < 1) return [];
  const step = niceStep((hi - lo) / count);
  return multiplesIn(lo, hi, step);
}

/** The multiples of `step` in [lo, hi], rounded to the step's decimals. */
export function multiplesIn(lo: number, hi: number, step: number): number[] {
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const out: number[] = [];
  for (let n = first; n <= last; n++) out.push(roundTo(n * step, decimals));
  return out;
}

/** Rounds to a number of decimals without drifting (-0 becomes 0). */
export function roundTo(v: number, decimals: number): number {
  const r = Number(v.toFixed(Math.min(20, decimals)));
  return r === 0 ? 0 : r;
}
