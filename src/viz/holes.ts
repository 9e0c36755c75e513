/**
 * Where a sampled function has no honest level lines: NaN or ±∞ samples (log x for x < 0,
 * 1/x at 0) and jumps between neighbouring samples (1/x across x = 0, tan x across π/2,
 * atan2's branch cut, a step). Marching squares would otherwise draw every level line along a
 * pole, where f passes through no value at all.
 *
 * A jump is detected by comparing each pair of neighbours a, b (spacing h, slopes a', b' from
 * the analytic gradient) with the trapezoid rule: for a smooth f,
 *   b − a = h·(a' + b')/2 + O(h³),
 * so a difference that disagrees with it by more than three quarters of itself, and is large against
 * the function's typical spread, is a discontinuity. Across the pole of 1/x both slopes point
 * down while the values jump up; at a step the slopes are 0 while the values differ.
 * Both samples of a jump become NaN: a strip one cell wide around the pole is left blank.
 */
import type { GridSample, GridSpec } from '../math';

/** A copy of the values of `field.sample` over `grid` with NaN at every hole, and how many samples are holes. */
export function markHoles(s: GridSample, grid: GridSpec, spread: number): { values: Float64Array; holes: number } {
  const { nx, ny } = grid;
  const hx = (grid.x[1] - grid.x[0]) / (nx - 1);
  const hy = (grid.y[1] - grid.y[0]) / (ny - 1);
  const out = new Float64Array(s.values.length);
  // Differences below this are too small to matter for level lines of this function.
  const floor = Number.isFinite(spread) && spread > 0 ? spread / 50 : 0;
  const jump = (a: number, b: number, ga: number, gb: number, h: number): boolean => {
    if (!Number.isFinite(ga) || !Number.isFinite(gb)) return false;
    const diff = b - a;
    return Math.abs(diff) > floor && Math.abs(diff - (h * (ga + gb)) / 2) > 0.75 * Math.abs(diff);
  };
  for (let k = 0; k < out.length; k++) out[k] = Number.isFinite(s.values[k]!) ? s.values[k]! : Number.NaN;
  const jumps: number[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      const a = s.values[k]!;
      if (!Number.isFinite(a)) continue;
      if (i + 1 < nx && Number.isFinite(s.values[k + 1]!) && jump(a, s.values[k + 1]!, s.dx[k]!, s.dx[k + 1]!, hx)) jumps.push(k, k + 1);
      if (j + 1 < ny && Number.isFinite(s.values[k + nx]!) && jump(a, s.values[k + nx]!, s.dy[k]!, s.dy[k + nx]!, hy)) jumps.push(k, k + nx);
    }
  }
  for (const k of jumps) out[k] = Number.NaN;
  let holes = 0;
  for (let k = 0; k < out.length; k++) if (Number.isNaN(out[k]!)) holes++;
  return { values: out, holes };
}
