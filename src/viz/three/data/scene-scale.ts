/**
 * World ↔ scene coordinates of the surface figure.
 *
 * World: the maths, (x, y) in the window and z = f(x, y). Scene: three.js units with z up.
 * Horizontally the window is centred and its longer side spans 2 scene units ([−1, 1]), so
 * X = (x − cx)·s with s = 2 / max(width, height). Vertically the displayed height range
 * [zLo, zHi] spans HEIGHT scene units around 0, Z = (z − zMid)·k with k = HEIGHT / (zHi − zLo).
 * The vertical exaggeration k / s (scene units per unit of f over scene units per unit of x)
 * is what the legend reports: heights are drawn k/s times as tall as the same length in x.
 */
import type { WorldRect } from '../../../math';
import { finiteSorted, quantile } from '../../levels';

/** The height span of the surface in scene units. */
export const HEIGHT = 1.1;
/** How far below the lowest displayed height the floor (the xy-plane of the arrows) lies. */
export const FLOOR_GAP = 0.18;

/** The displayed range of heights f and how it was chosen. */
export interface HeightRange {
  lo: number;
  hi: number;
  /** True when some finite samples lie outside [lo, hi] and are cut off (shown as holes). */
  clipped: boolean;
}

/**
 * The range of heights to show: the finite samples' min and max, unless a few extreme values
 * (a pole such as 1/x) would squash everything else flat. Then the 1st–99th percentile range,
 * widened by a quarter on each side, is used and the rest is cut off. A flat surface gets
 * ±0.5 around its value; no finite sample at all gives [−1, 1].
 */
export function heightRange(values: ArrayLike<number>): HeightRange {
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return { lo: -1, hi: 1, clipped: false };
  // Exact extremes (finiteSorted may subsample a very large grid).
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const p1 = quantile(sorted, 0.01);
  const p99 = quantile(sorted, 0.99);
  const pad = 0.25 * (p99 - p1);
  let lo = Math.max(min, p1 - pad);
  let hi = Math.min(max, p99 + pad);
  const clipped = lo > min || hi < max;
  if (!(hi - lo > 1e-9 * Math.max(1, Math.abs(lo)))) {
    lo -= 0.5;
    hi += 0.5;
  }
  return { lo, hi, clipped };
}

/** The map from world to scene coordinates; see the module comment. */
export interface SceneScale {
  window: WorldRect;
  heights: HeightRange;
  /** Scene units per world unit in x and y. */
  s: number;
  /** Scene units per unit of f. */
  k: number;
  cx: number;
  cy: number;
  zMid: number;
  /** Scene z of the floor. */
  floorZ: number;
  /** Half extents of the window in scene units. */
  halfX: number;
  halfY: number;
}

/** The scene scale for a window and a displayed height range. */
export function sceneScale(window: WorldRect, heights: HeightRange): SceneScale {
  const w = window.x[1] - window.x[0];
  const h = window.y[1] - window.y[0];
  const s = 2 / Math.max(w, h);
  const k = HEIGHT / (heights.hi - heights.lo);
  return {
    window,
    heights,
    s,
    k,
    cx: (window.x[0] + window.x[1]) / 2,
    cy: (window.y[0] + window.y[1]) / 2,
    zMid: (heights.lo + heights.hi) / 2,
    floorZ: -HEIGHT / 2 - FLOOR_GAP,
    halfX: (w * s) / 2,
    halfY: (h * s) / 2,
  };
}

/** Scene X of world x. */
export function sceneX(sc: SceneScale, x: number): number {
  return (x - sc.cx) * sc.s;
}

/** Scene Y of world y. */
export function sceneY(sc: SceneScale, y: number): number {
  return (y - sc.cy) * sc.s;
}

/** Scene Z of height z = f. */
export function sceneZ(sc: SceneScale, z: number): number {
  return (z - sc.zMid) * sc.k;
}

/** Whether a height is drawn: finite and within the displayed range (with a hair of slack). */
export function isShown(sc: SceneScale, z: number): boolean {
  const slack = 1e-9 * (sc.heights.hi - sc.heights.lo);
  return Number.isFinite(z) && z >= sc.heights.lo - slack && z <= sc.heights.hi + slack;
}

/** The vertical exaggeration: how many times taller a unit of f is drawn than a unit of x. */
export function verticalExaggeration(sc: SceneScale): number {
  return sc.k / sc.s;
}
