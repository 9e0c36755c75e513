/**
 * The floor grid, the vertical (f) axis and where the axis labels go, in scene coordinates.
 * Tick values are in world units. Labels sit on the floor edges nearest the camera (x and y)
 * and on the vertical axis at the floor corner furthest from it (f), so they are rarely hidden.
 */
import { tickText } from '../../number-text';
import { niceTicks } from '../../ticks';
import type { Orbit } from './orbit';
import type { Vec3 } from './projection';
import { HEIGHT, sceneX, sceneY, sceneZ, type SceneScale } from './scene-scale';

/** A text label anchored at a scene point. */
export interface AxisLabel {
  text: string;
  at: Vec3;
  /** 'title' names an axis; 'tick' gives a value on the floor; 'ztick' a height, beside the f axis. */
  kind: 'title' | 'tick' | 'ztick';
}

/** Formats a tick value as every plot does (see number-text.ts). */
export { tickText } from '../../number-text';

/** Floor grid lines at the x and y ticks plus the window's outline, as segment pairs. */
export function floorGrid(sc: SceneScale): Float32Array {
  const z = sc.floorZ;
  const out: number[] = [];
  const [x0, x1] = [-sc.halfX, sc.halfX];
  const [y0, y1] = [-sc.halfY, sc.halfY];
  for (const t of niceTicks(sc.window.x[0], sc.window.x[1], 6)) out.push(sceneX(sc, t), y0, z, sceneX(sc, t), y1, z);
  for (const t of niceTicks(sc.window.y[0], sc.window.y[1], 6)) out.push(x0, sceneY(sc, t), z, x1, sceneY(sc, t), z);
  out.push(x0, y0, z, x1, y0, z, x1, y0, z, x1, y1, z, x1, y1, z, x0, y1, z, x0, y1, z, x0, y0, z);
  return Float32Array.from(out);
}

/** Signs (±1) of the floor corner nearest the camera, in x and y. */
function nearSigns(orbit: Orbit): [number, number] {
  const az = (orbit.azimuth * Math.PI) / 180;
  return [Math.cos(az) >= 0 ? 1 : -1, Math.sin(az) >= 0 ? 1 : -1];
}

/** Scene [X, Y] of the floor corner furthest from the camera, where the f axis stands. */
export function backCorner(sc: SceneScale, orbit: Orbit): [number, number] {
  const [sx, sy] = nearSigns(orbit);
  return [-sx * sc.halfX, -sy * sc.halfY];
}

/** The f axis at the origin of its own frame (move it to {@link backCorner}): a line and ticks. */
export function zAxisSegments(sc: SceneScale): Float32Array {
  const out: number[] = [0, 0, sc.floorZ, 0, 0, HEIGHT / 2];
  for (const t of niceTicks(sc.heights.lo, sc.heights.hi, 4)) {
    const z = sceneZ(sc, t);
    out.push(-0.03, 0, z, 0.03, 0, z, 0, -0.03, z, 0, 0.03, z);
  }
  return Float32Array.from(out);
}

/** The labels of the three axes for the current view. */
export function axisLabels(sc: SceneScale, orbit: Orbit): AxisLabel[] {
  const [sx, sy] = nearSigns(orbit);
  const out = 0.14;
  const z = sc.floorZ;
  const yEdge = sy * (sc.halfY + out);
  const xEdge = sx * (sc.halfX + out);
  const labels: AxisLabel[] = [];
  for (const t of niceTicks(sc.window.x[0], sc.window.x[1], 3)) labels.push({ text: tickText(t), at: [sceneX(sc, t), yEdge, z], kind: 'tick' });
  for (const t of niceTicks(sc.window.y[0], sc.window.y[1], 3)) labels.push({ text: tickText(t), at: [xEdge, sceneY(sc, t), z], kind: 'tick' });
  // Each axis's name outside the middle of its row of ticks (the ends may leave the view).
  labels.push({ text: 'x', at: [0, sy * (sc.halfY + 2.6 * out), z], kind: 'title' });
  labels.push({ text: 'y', at: [sx * (sc.halfX + 2.6 * out), 0, z], kind: 'title' });
  const [cx, cy] = backCorner(sc, orbit);
  for (const t of niceTicks(sc.heights.lo, sc.heights.hi, 4)) labels.push({ text: tickText(t), at: [cx, cy, sceneZ(sc, t)], kind: 'ztick' });
  labels.push({ text: 'f', at: [cx, cy, HEIGHT / 2 + 0.12], kind: 'title' });
  return labels;
}
