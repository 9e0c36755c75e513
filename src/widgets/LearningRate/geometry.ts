/**
 * Where the learning-rate figure's two plots put things: the loss curve with the iterates on
 * it, and the iterates as a sequence θ_t against t. World coordinates are (θ, L) and (t, θ);
 * screen coordinates are SVG user units (viz/scales.ts keeps the two apart).
 */
import type { Interval } from '../../math';
import { curvePath, niceStep, panelScale, sampleSlice, type PanelBox, type Scale2D } from '../../viz';
import type { DescentRun } from './descent';
import type { Loss } from './losses';

/** θ shown on the loss plot: every start, and a bounce between ±θ₀, stays in view. */
export const THETA_WINDOW: Interval = [-3.5, 3.5];

/** The loss plot's box, in SVG user units. */
export const LOSS_BOX: PanelBox = { width: 400, height: 250, left: 40, right: 12, top: 22, bottom: 38 };

/** The sequence plot's box, in SVG user units. */
export const SEQUENCE_BOX: PanelBox = { width: 300, height: 200, left: 40, right: 12, top: 22, bottom: 38 };

/** A point on screen, or null when it lies outside the plot. */
export type ScreenPoint = [number, number] | null;

const inside = (s: Scale2D, x: number, y: number): ScreenPoint => {
  const p = s.screen;
  const [sx, sy] = [s.x(x), s.y(y)];
  return sx >= p.left - 0.5 && sx <= p.left + p.width + 0.5 && sy >= p.top - 0.5 && sy <= p.top + p.height + 0.5 ? [sx, sy] : null;
};

/** Joins screen points into one path, lifting the pen where a point is off the plot. */
function joined(points: readonly ScreenPoint[]): string {
  let pen = false;
  return points
    .map((p) => {
      if (!p) return (pen = false), '';
      const part = `${pen ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)}`;
      pen = true;
      return part;
    })
    .join('');
}

/** The loss plot: its scale, the curve, and each iterate (θ_t, L(θ_t)) on screen. */
export function lossPicture(loss: Loss, run: DescentRun) {
  const curve = sampleSlice(loss.value, THETA_WINDOW, 161);
  const top = Math.max(...curve.vs.filter(Number.isFinite));
  const scale = panelScale(THETA_WINDOW, [0, top * 1.05], LOSS_BOX);
  const points = run.thetas.map((t, i) => inside(scale, t, run.losses[i]!));
  return { scale, curve: curvePath(curve, scale), path: joined(points), points, off: points.filter((p) => p === null).length };
}

/** The sequence plot: θ_t against t, its θ range grown to hold every iterate. */
export function sequencePicture(run: DescentRun, steps: number) {
  const far = Math.max(3, ...run.thetas.map(Math.abs));
  const step = niceStep(far / 3);
  const reach = Math.ceil(far / step) * step;
  const scale = panelScale([0, Math.max(1, steps)], [-reach, reach], SEQUENCE_BOX);
  const points = run.thetas.map((t, i) => inside(scale, i, t));
  return { scale, path: joined(points), points, zero: scale.y(0) };
}
