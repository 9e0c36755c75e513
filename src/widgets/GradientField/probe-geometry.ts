/**
 * The probe's marks on screen (screen units, y down), from its reading:
 * - ∇f as an arrow from the point, at twice the lattice's length scale (PROBE_SCALE) so that
 *   it stands out from the lattice, never shorter than MIN_GRADIENT (its direction must show
 *   beyond the knob) and capped at 40 % of the plot with a second head;
 * - the level-set tangent: a short segment through the point at right angles to ∇f;
 * - u as a fixed-length arrow ending in its handle;
 * - the projection of the drawn ∇f on u: a segment along u of signed length L·cos(angle) for
 *   an arrow of length L, with a dotted drop from the tip of ∇f: D_u f = |∇f| cos(angle) as a
 *   shadow, at the same scale as the ∇f arrow.
 */
import { arrowRings, polylinesPath, vectorToScreen, type ArrowScale, type Scale2D } from '../../viz';
import type { Reading } from './reading';

/** Distance from the probe to the u handle. */
export const HANDLE_DISTANCE = 58;
/** The probe's ∇f is drawn this many times longer than a lattice arrow of the same |∇f|. */
export const PROBE_SCALE = 2;
/** The shortest ∇f arrow drawn at the probe (unless ∇f = 0). */
export const MIN_GRADIENT = 30;
const TANGENT_HALF = 34;

/** A segment [x1, y1, x2, y2]. */
export type Segment = [number, number, number, number];

/** Everything drawn for the probe. */
export interface ProbeGeometry {
  x: number;
  y: number;
  /** Path data of the ∇f arrow; '' when ∇f is zero or undefined. */
  grad: string;
  capped: boolean;
  tangent: Segment | null;
  /** Path data of the u arrow and the handle's centre. */
  dir: string;
  handle: [number, number];
  projection: Segment | null;
  drop: Segment | null;
}

/** The probe's marks for a reading under a scale. */
export function probeGeometry(r: Reading, scale: Scale2D, arrows: ArrowScale): ProbeGeometry {
  const x = scale.x(r.x);
  const y = scale.y(r.y);
  const [ux, uy] = unit(vectorToScreen(scale, r.ux, r.uy));
  const handle: [number, number] = [x + ux * HANDLE_DISTANCE, y + uy * HANDLE_DISTANCE];
  const dir = polylinesPath(arrowRings(x, y, ux, uy, HANDLE_DISTANCE - 7, 1), 1);
  const base = { x, y, dir, handle };
  if (!r.defined || r.stationary) return { ...base, grad: '', capped: false, tangent: null, projection: null, drop: null };
  // Scale ∇f down to its largest component first: a gradient near 1e308 would overflow on screen.
  const big = Math.max(Math.abs(r.fx), Math.abs(r.fy));
  const [gx, gy] = unit(vectorToScreen(scale, r.fx / big, r.fy / big));
  const cap = 0.4 * scale.screen.width;
  const full = PROBE_SCALE * r.norm * arrows.pxPerUnit;
  const length = Math.min(Math.max(full, MIN_GRADIENT), cap);
  const capped = full > cap;
  const grad = polylinesPath(arrowRings(x, y, gx, gy, length, 1.4, capped), 1);
  // The tangent is ∇f turned by 90° on screen.
  const tangent: Segment = [x - gy * TANGENT_HALF, y + gx * TANGENT_HALF, x + gy * TANGENT_HALF, y - gx * TANGENT_HALF];
  // cos(angle between u and ∇f), formed before scaling so huge gradients do not overflow.
  const along = length * Math.max(-1, Math.min(1, r.slope / r.norm));
  const end: [number, number] = [x + ux * along, y + uy * along];
  return {
    ...base,
    grad,
    capped,
    tangent,
    projection: [x, y, end[0], end[1]],
    drop: [x + gx * length, y + gy * length, end[0], end[1]],
  };
}

function unit([vx, vy]: [number, number]): [number, number] {
  const n = Math.hypot(vx, vy);
  return n > 0 && Number.isFinite(n) ? [vx / n, vy / n] : [1, 0];
}
