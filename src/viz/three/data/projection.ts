/**
 * Perspective projection of scene points to the screen, in pure arithmetic, matching the
 * three.js camera the live figure uses (same eye, target, up = +z and vertical field of view).
 * The build uses it to draw the static picture; the live figure uses it to place HTML labels.
 * Screen: pixels from the top-left corner, y down.
 */
import { cameraPosition, type Orbit } from './orbit';

/** A point or direction in scene coordinates. */
export type Vec3 = readonly [number, number, number];

/** The point the camera looks at: the middle of the box between floor and surface top. */
export const TARGET: Vec3 = [0, 0, -0.3];
/** Vertical field of view in degrees. */
export const FOV_Y = 32;

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const unit = (a: Vec3): Vec3 => {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};

/** A camera ready to project: its eye and orthonormal right/up/forward axes. */
export interface ViewCamera {
  eye: Vec3;
  right: Vec3;
  up: Vec3;
  forward: Vec3;
  /** tan(FOV_Y / 2). */
  tanHalf: number;
}

/** The camera of an orbit, looking at TARGET with +z up. */
export function viewCamera(orbit: Orbit): ViewCamera {
  const eye = cameraPosition(orbit, TARGET);
  const forward = unit(sub(TARGET, eye));
  const right = unit(cross(forward, [0, 0, 1]));
  const up = cross(right, forward);
  return { eye, right, up, forward, tanHalf: Math.tan((FOV_Y * Math.PI) / 360) };
}

/** Screen position [x, y] in a width × height viewport and the depth along the view (> 0 in front). */
export function project(cam: ViewCamera, p: Vec3, width: number, height: number): [number, number, number] {
  const d = sub(p, cam.eye);
  const depth = dot(d, cam.forward);
  const aspect = width / height;
  const nx = dot(d, cam.right) / (depth * cam.tanHalf * aspect);
  const ny = dot(d, cam.up) / (depth * cam.tanHalf);
  return [((nx + 1) / 2) * width, ((1 - ny) / 2) * height, depth];
}
