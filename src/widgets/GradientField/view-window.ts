/**
 * The visible window of the plane: panning, zooming and fitting, as pure functions of
 * world rectangles. The plot is square and shows both axes at the same scale (so ∇f is drawn
 * perpendicular to the level lines), hence every window here is made square.
 */
import type { WorldRect } from '../../math';

/** How far the window may reach from the origin, and its smallest and largest side. */
export const VIEW_LIMIT = 1000;
export const MIN_SIDE = 1e-3;
export const MAX_SIDE = 2000;

/** The square window with the same centre whose side is the larger side of `w`. */
export function squareUp(w: WorldRect): WorldRect {
  const cx = (w.x[0] + w.x[1]) / 2;
  const cy = (w.y[0] + w.y[1]) / 2;
  const side = Math.max(w.x[1] - w.x[0], w.y[1] - w.y[0]);
  return around(cx, cy, side);
}

/** The square window of side `side` centred on (cx, cy), kept inside the limits. */
export function around(cx: number, cy: number, side: number): WorldRect {
  const s = Math.min(MAX_SIDE, Math.max(MIN_SIDE, Number.isFinite(side) ? side : 6));
  const clampC = (c: number): number => Math.min(VIEW_LIMIT - s / 2, Math.max(-VIEW_LIMIT + s / 2, Number.isFinite(c) ? c : 0));
  const x = clampC(cx);
  const y = clampC(cy);
  return { x: [x - s / 2, x + s / 2], y: [y - s / 2, y + s / 2] };
}

/** Side length of a square window. */
export const sideOf = (w: WorldRect): number => w.x[1] - w.x[0];

/** Zooms by `factor` (> 1 zooms in) keeping the world point (px, py) where it is on screen. */
export function zoomAbout(w: WorldRect, factor: number, px: number, py: number): WorldRect {
  const side = sideOf(w) / factor;
  const clamped = Math.min(MAX_SIDE, Math.max(MIN_SIDE, side));
  const k = clamped / sideOf(w);
  // The point keeps its fractional position: new edge = p − (p − old edge)·k.
  const x0 = px - (px - w.x[0]) * k;
  const y0 = py - (py - w.y[0]) * k;
  return around(x0 + clamped / 2, y0 + clamped / 2, clamped);
}

/** Zooms about the window's centre. */
export function zoomCentre(w: WorldRect, factor: number): WorldRect {
  return zoomAbout(w, factor, (w.x[0] + w.x[1]) / 2, (w.y[0] + w.y[1]) / 2);
}

/** Moves the window by fractions of its side (fx > 0: the view moves right, showing larger x). */
export function panBy(w: WorldRect, fx: number, fy: number): WorldRect {
  const s = sideOf(w);
  return around((w.x[0] + w.x[1]) / 2 + fx * s, (w.y[0] + w.y[1]) / 2 + fy * s, s);
}

/** Moves the window by a world displacement (dx, dy). */
export function shiftBy(w: WorldRect, dx: number, dy: number): WorldRect {
  return around((w.x[0] + w.x[1]) / 2 + dx, (w.y[0] + w.y[1]) / 2 + dy, sideOf(w));
}

/** `w` if it contains (x, y) with a margin of 5 % of its side, else the same-size window centred there. */
export function keepInView(w: WorldRect, x: number, y: number): WorldRect {
  const s = sideOf(w);
  const m = 0.05 * s;
  const inside = x >= w.x[0] + m && x <= w.x[1] - m && y >= w.y[0] + m && y <= w.y[1] - m;
  return inside ? { x: [w.x[0], w.x[1]], y: [w.y[0], w.y[1]] } : around(x, y, s);
}

/** Are two windows equal? */
export function sameWindow(a: WorldRect, b: WorldRect): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}
