/**
 * The gradient drawn in the xy-plane (the floor under the surface), assembled from its parts:
 * from the point (x0, y0) an arrow along x of length ∂f/∂x, from its tip an arrow along y of
 * length ∂f/∂y, and the diagonal ∇f = (∂f/∂x, ∂f/∂y) from the point to the same tip.
 * Lengths are in world units (a slope of 1 is drawn one unit of x long) unless the gradient is
 * too long for the window, or too short to be seen beside the point's foot; then all three are
 * scaled by the same factor (below or above 1), which is reported.
 */
import { sceneX, sceneY, type SceneScale } from './scene-scale';

/** The three floor arrows in world coordinates and the common length factor. */
export interface FloorArrows {
  /** Along x: [from, to]. */
  dx: [[number, number], [number, number]];
  /** Along y, from the tip of dx. */
  dy: [[number, number], [number, number]];
  /** The gradient. */
  grad: [[number, number], [number, number]];
  /** Drawn length ÷ true length (1 unless shortened to fit). */
  factor: number;
}

/** Longest arrow allowed, as a fraction of the window's shorter side. */
export const MAX_ARROW = 0.45;
/** Shortest ∇f drawn (unless it is zero), as a fraction of the shorter side: it clears the foot. */
export const MIN_ARROW = 0.07;

/** Lays out the floor arrows for gradient (gx, gy) at (x0, y0); non-finite parts count as 0. */
export function floorArrows(x0: number, y0: number, gx: number, gy: number, shorterSide: number): FloorArrows {
  const fx = Number.isFinite(gx) ? gx : 0;
  const fy = Number.isFinite(gy) ? gy : 0;
  const length = Math.hypot(fx, fy);
  const limit = MAX_ARROW * shorterSide;
  const least = MIN_ARROW * shorterSide;
  const factor = length > limit ? limit / length : length > 0 && length < least ? least / length : 1;
  const corner: [number, number] = [x0 + factor * fx, y0];
  const tip: [number, number] = [x0 + factor * fx, y0 + factor * fy];
  return { dx: [[x0, y0], corner], dy: [corner, tip], grad: [[x0, y0], tip], factor };
}

/** Vertices per arrow: a shaft quad (4) and a head triangle (3). */
export const ARROW_VERTICES = 7;
/** Triangle indices of one arrow's vertices. */
export const ARROW_INDEX = [0, 1, 2, 0, 2, 3, 4, 5, 6] as const;

/** Arrow proportions in scene units. */
export interface ArrowStyle {
  width: number;
  headLength: number;
  headWidth: number;
}

/**
 * A flat arrow in the floor plane z (scene units) from world `from` to world `to`, as
 * ARROW_VERTICES × 3 coordinates written into `out` at `offset`. A short arrow is all head;
 * a zero-length arrow collapses to a point and is invisible.
 */
export function arrowVertices(sc: SceneScale, from: [number, number], to: [number, number], z: number, style: ArrowStyle, out: Float32Array, offset = 0): void {
  const ax = sceneX(sc, from[0]);
  const ay = sceneY(sc, from[1]);
  const bx = sceneX(sc, to[0]);
  const by = sceneY(sc, to[1]);
  const len = Math.hypot(bx - ax, by - ay);
  const ux = len > 1e-9 ? (bx - ax) / len : 0;
  const uy = len > 1e-9 ? (by - ay) / len : 0;
  const head = Math.min(style.headLength, len);
  const scale = style.headLength > 0 ? head / style.headLength : 0;
  const hw = (style.headWidth / 2) * scale;
  const sw = style.width / 2;
  const nx = -uy;
  const ny = ux;
  const sx = bx - ux * head;
  const sy = by - uy * head;
  const shaft = len - head > 1e-9 ? sw : 0;
  const points = [
    [ax + nx * shaft, ay + ny * shaft],
    [sx + nx * shaft, sy + ny * shaft],
    [sx - nx * shaft, sy - ny * shaft],
    [ax - nx * shaft, ay - ny * shaft],
    [sx + nx * hw, sy + ny * hw],
    [bx, by],
    [sx - nx * hw, sy - ny * hw],
  ];
  points.forEach(([x, y], i) => out.set([x!, y!, z], offset + i * 3));
}
