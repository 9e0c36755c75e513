/**
 * Which values get a level line.
 *
 * The reader should be able to read steepness from the spacing of the lines, which needs
 * evenly spaced levels; but a function such as Rosenbrock's, 0 in its valley and 2 500 on its
 * walls, would then put the whole valley inside one band. So:
 *
 * - the range is robust: the 1st to 99th percentile of the finite samples, so a pole or a
 *   steep corner cannot stretch it;
 * - "linear": evenly spaced nice values ({1, 2, 5}·10^k steps), about `target` of them. Used
 *   unless the samples are strongly skewed;
 * - "log-up" / "log-down": when the upper tail is more than SKEW times longer than the lower
 *   one (or the other way round), levels sit at nice offsets 1, 2, 5, 10, 20, … from the low
 *   (high) end, so each band is about twice as tall as the one before it. The Rosenbrock
 *   valley is then visible; the legend then says that spacing no longer reads as steepness.
 */
import { quantileSorted } from 'd3-array';
import { multiplesIn, niceFloor, niceStep } from './ticks';

/** How the levels are spaced. */
export type LevelSpacing = 'linear' | 'log-up' | 'log-down';

/** The level values (ascending) and how they were chosen. */
export interface LevelChoice {
  readonly thresholds: readonly number[];
  readonly spacing: LevelSpacing;
  /** The 1st and 99th percentiles of the finite samples (NaN when there are none). */
  readonly low: number;
  readonly high: number;
}

/** Tail ratio beyond which levels switch to 1–2–5 spacing. */
export const SKEW = 10;
const MAX_SAMPLES = 8192;

/** Up to MAX_SAMPLES finite values of `values`, taken at a regular stride, sorted ascending. */
export function finiteSorted(values: ArrayLike<number>): Float64Array {
  const stride = Math.max(1, Math.floor(values.length / MAX_SAMPLES));
  const out = new Float64Array(Math.ceil(values.length / stride));
  let n = 0;
  for (let i = 0; i < values.length; i += stride) {
    const v = values[i]!;
    if (Number.isFinite(v)) out[n++] = v;
  }
  return out.subarray(0, n).sort();
}

/** The p-quantile (0 ≤ p ≤ 1) of an ascending array, by linear interpolation; NaN when empty. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  // d3 reads only `length` and indices, so a typed array serves; its types ask for an Array.
  return quantileSorted(sorted as number[], p) ?? Number.NaN;
}

/** Rounds to a number of decimals without drifting (-0 becomes 0). */
function roundTo(v: number, decimals: number): number {
  const r = Number(v.toFixed(Math.min(20, decimals)));
  return r === 0 ? 0 : r;
}

/** The {1, 2, 5}·10^k step whose number of levels across `span` is closest to `target`. */
export function stepNear(span: number, target: number): number {
  const raw = span / target;
  const up = niceStep(raw);
  const down = niceFloor(raw);
  return Math.abs(span / up - target) <= Math.abs(span / down - target) ? up : down;
}

/** Offsets 1, 2, 5, 10, … from `from` up to `to` (both > 0). */
function oneTwoFive(from: number, to: number): number[] {
  const out: number[] = [];
  for (let v = niceFloor(from); v <= to * (1 + 1e-9); v = niceStep(v * 1.0001)) out.push(v);
  return out;
}

/** Level values for the samples of a field; see the module comment. */
export function chooseLevels(values: ArrayLike<number>, target = 12): LevelChoice {
  const sorted = finiteSorted(values);
  const low = quantile(sorted, 0.01);
  const high = quantile(sorted, 0.99);
  const mid = quantile(sorted, 0.5);
  if (!(high > low)) return { thresholds: [], spacing: 'linear', low, high };
  const up = high - mid;
  const down = mid - low;
  if (up > SKEW * down || down > SKEW * up) {
    const rising = up > down;
    // Offsets measured from the extreme of the long tail's opposite end.
    const anchor = rising ? sorted[0]! : sorted[sorted.length - 1]!;
    const far = rising ? high - anchor : anchor - low;
    const near = Math.max(Math.abs(quantile(sorted, rising ? 0.03 : 0.97) - anchor), far * 1e-4);
    let offsets = oneTwoFive(near, far);
    if (offsets.length > target + 3) offsets = offsets.slice(offsets.length - target - 3);
    const unit = offsets[0]!;
    const base = rising ? Math.floor(anchor / unit) * unit : Math.ceil(anchor / unit) * unit;
    const decimals = Math.max(0, -Math.floor(Math.log10(unit)) + 1);
    const thresholds = offsets.map((o) => roundTo(rising ? base + o : base - o, decimals));
    return { thresholds: thresholds.sort((a, b) => a - b), spacing: rising ? 'log-up' : 'log-down', low, high };
  }
  const step = stepNear(high - low, target);
  const thresholds = multiplesIn(low, high, step).filter((t) => t > low);
  return { thresholds, spacing: 'linear', low, high };
}
