/**
 * Intervals and rectangles of the plane, in world coordinates (the units of x and y in
 * f(x, y)). Every layer that speaks of a window, a sampling grid's extent or a range of
 * heights uses these two types.
 */

/** A closed interval of the real line: from [0] to [1], [0] ≤ [1]. */
export type Interval = readonly [number, number];

/** A rectangle of the plane in world coordinates: x from x[0] to x[1], y from y[0] to y[1]. */
export interface WorldRect {
  readonly x: Interval;
  readonly y: Interval;
}
