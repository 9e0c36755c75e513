/** What the surface figure shows about its point (x0, y0), as plain data for the scene and the worker. */
import type { SliceSamples } from '../../slices';

/** The point and what the figure knows about f there. */
export interface PointView {
  x0: number;
  y0: number;
  /** f(x0, y0). */
  f0: number;
  /** ∂f/∂x and ∂f/∂y at the point. */
  gx: number;
  gy: number;
  /** g(t) = f(t, y0) and h(t) = f(x0, t), sampled across the window. */
  sliceX: SliceSamples;
  sliceY: SliceSamples;
}
