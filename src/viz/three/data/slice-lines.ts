/**
 * The two slice curves on the surface and their tangent lines, as scene-space polylines
 * (x y z triples, z = NaN at a hole) for the ribbons of ribbon.ts. The slice along x lies in the plane y = y0 and is
 * t ↦ (t, y0, f(t, y0)); its tangent at x0 has slope ∂f/∂x. The slice along y lies in the
 * plane x = x0 and is t ↦ (x0, t, f(x0, t)); its tangent has slope ∂f/∂y.
 */
import type { SliceSamples } from '../../slices';
import { isShown, sceneX, sceneY, sceneZ, type SceneScale } from './scene-scale';

/** Which variable varies along a slice: 'x' for the plane y = y0, 'y' for the plane x = x0. */
export type SliceAxis = 'x' | 'y';

/** Scene point of world (x, y, z). */
function scenePoint(sc: SceneScale, x: number, y: number, z: number): [number, number, number] {
  return [sceneX(sc, x), sceneY(sc, y), sceneZ(sc, z)];
}

/** World (x, y) of parameter t on a slice through the fixed coordinate. */
function planePoint(axis: SliceAxis, t: number, fixed: number): [number, number] {
  return axis === 'x' ? [t, fixed] : [fixed, t];
}

/**
 * The slice curve on the surface, one point per sample; samples that are not shown (not
 * finite, or cut off above or below the displayed heights) get z = NaN, breaking the curve.
 */
export function slicePoints(samples: SliceSamples, axis: SliceAxis, fixed: number, sc: SceneScale): Float32Array {
  const out = new Float32Array(samples.ts.length * 3);
  for (let i = 0; i < samples.ts.length; i++) {
    const v = samples.vs[i]!;
    const [x, y] = planePoint(axis, samples.ts[i]!, fixed);
    out.set(isShown(sc, v) ? scenePoint(sc, x, y, v) : [sceneX(sc, x), sceneY(sc, y), Number.NaN], i * 3);
  }
  return out;
}

/** The normal of a slice's plane in scene coordinates: +y for y = y0, +x for x = x0. */
export function planeNormal(axis: SliceAxis): [number, number, number] {
  return axis === 'x' ? [0, 1, 0] : [1, 0, 0];
}

/** Scene length of a tangent segment, centred on the point. */
export const TANGENT_LENGTH = 0.9;

/**
 * The tangent line at (x0, y0, f0) inside the slice plane: direction (1, 0, ∂f/∂x) in world
 * units for axis 'x', (0, 1, ∂f/∂y) for 'y', mapped to scene units and cut to TANGENT_LENGTH.
 * Both ends are NaN (nothing drawn) when the point is not shown or the slope is not finite.
 */
export function tangentSegment(axis: SliceAxis, x0: number, y0: number, f0: number, slope: number, sc: SceneScale): Float32Array {
  if (!isShown(sc, f0) || !Number.isFinite(slope)) return new Float32Array(6).fill(Number.NaN);
  const [cx, cy, cz] = scenePoint(sc, x0, y0, f0);
  const run = sc.s;
  const rise = sc.k * slope;
  const half = TANGENT_LENGTH / 2 / Math.hypot(run, rise);
  const dx = axis === 'x' ? run * half : 0;
  const dy = axis === 'y' ? run * half : 0;
  const dz = rise * half;
  return Float32Array.from([cx - dx, cy - dy, cz - dz, cx + dx, cy + dy, cz + dz]);
}
