/**
 * The figure's state in words, for the live region and the labels: the point, f there, the
 * two partial derivatives (the slopes of the two slices) and the gradient they make. Numbers
 * use the page's one number format.
 */
import { formatNumber as fmt } from '../shared/format';

/** The numbers the figure reads at the point. */
export interface PointReading {
  x: number;
  y: number;
  f: number;
  /** ∂f/∂x, ∂f/∂y. */
  gx: number;
  gy: number;
}

/** "Point (1.000, 0.500), f = 0.766. Slope along x (∂f/∂x) 0.474, …; gradient (0.474, −0.405)." */
export function describePoint(r: PointReading): string {
  const point = `Point (${fmt(r.x)}, ${fmt(r.y)})`;
  if (!Number.isFinite(r.f)) return `${point}: f is not defined here, so neither slice has a tangent.`;
  const slopes = `Slope along x (∂f/∂x) ${fmt(r.gx)}, slope along y (∂f/∂y) ${fmt(r.gy)}`;
  return `${point}, f = ${fmt(r.f)}. ${slopes}; gradient (${fmt(r.gx)}, ${fmt(r.gy)}).`;
}

/** The slider text of a handle, e.g. "x₀ = 1.000, slope ∂f/∂x = 0.474". */
export function handleText(axis: 'x' | 'y', t: number, slope: number): string {
  return `${axis}₀ = ${fmt(t)}, slope ∂f/∂${axis} = ${fmt(slope)}`;
}
