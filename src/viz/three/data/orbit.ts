/**
 * A tiny orbit camera in spherical coordinates around the scene origin, z up. Azimuth is the
 * angle in degrees of the camera's ground position from the +x axis, counter-clockwise seen
 * from above; elevation is the angle in degrees above the xy-plane; distance in scene units.
 * Pure: every operation returns a new orbit, clamped to the limits.
 */

/** Where the camera is. */
export interface Orbit {
  azimuth: number;
  elevation: number;
  distance: number;
}

/** The first view: from the front left, a little above, x to the right and y going away. */
export const DEFAULT_ORBIT: Orbit = { azimuth: -120, elevation: 30, distance: 5.5 };
/** Elevation limits in degrees: never exactly edge-on nor straight down. */
export const ELEVATION: readonly [number, number] = [4, 86];
/** Distance limits in scene units (the surface spans about 2). */
export const DISTANCE: readonly [number, number] = [2.8, 9];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** An angle in degrees wrapped into (−180, 180], rounded to 1/100 of a degree. */
export function wrapDegrees(a: number): number {
  const w = ((((a + 180) % 360) + 360) % 360) - 180;
  return Math.round((w === -180 ? 180 : w) * 100) / 100 || 0;
}

/** Any orbit made valid: finite, elevation and distance within limits, azimuth wrapped. */
export function clampOrbit(o: Orbit): Orbit {
  return {
    azimuth: wrapDegrees(Number.isFinite(o.azimuth) ? o.azimuth : DEFAULT_ORBIT.azimuth),
    elevation: clamp(Number.isFinite(o.elevation) ? o.elevation : DEFAULT_ORBIT.elevation, ELEVATION[0], ELEVATION[1]),
    distance: clamp(Number.isFinite(o.distance) ? o.distance : DEFAULT_ORBIT.distance, DISTANCE[0], DISTANCE[1]),
  };
}

/** Turns the camera by dAzimuth and tilts it by dElevation degrees. */
export function rotate(o: Orbit, dAzimuth: number, dElevation: number): Orbit {
  return clampOrbit({ ...o, azimuth: o.azimuth + dAzimuth, elevation: o.elevation + dElevation });
}

/** Moves the camera closer (factor < 1) or further (factor > 1). */
export function zoom(o: Orbit, factor: number): Orbit {
  return clampOrbit({ ...o, distance: o.distance * factor });
}

/** Degrees of turn per CSS pixel of drag. */
export const DRAG_DEGREES_PER_PIXEL = 0.45;

/** The orbit after dragging by (dx, dy) CSS pixels: right turns the scene right, down tilts it up. */
export function dragOrbit(o: Orbit, dx: number, dy: number): Orbit {
  return rotate(o, -dx * DRAG_DEGREES_PER_PIXEL, dy * DRAG_DEGREES_PER_PIXEL);
}

/**
 * The orbit after a key, or null when the key is not an orbit key. Arrows turn by 5° (Shift:
 * 20°), + and − zoom by 10 % (Shift: 30 %), Home returns to the first view.
 */
export function orbitKey(o: Orbit, key: string, shift: boolean): Orbit | null {
  const turn = shift ? 20 : 5;
  const factor = shift ? 1.3 : 1.1;
  switch (key) {
    case 'ArrowLeft':
      return rotate(o, turn, 0);
    case 'ArrowRight':
      return rotate(o, -turn, 0);
    case 'ArrowUp':
      return rotate(o, 0, turn);
    case 'ArrowDown':
      return rotate(o, 0, -turn);
    case '+':
    case '=':
      return zoom(o, 1 / factor);
    case '-':
    case '_':
      return zoom(o, factor);
    case 'Home':
      return { ...DEFAULT_ORBIT };
    default:
      return null;
  }
}

/** The camera position in scene coordinates for an orbit around `target`. */
export function cameraPosition(o: Orbit, target: readonly [number, number, number] = [0, 0, 0]): [number, number, number] {
  const az = (o.azimuth * Math.PI) / 180;
  const el = (o.elevation * Math.PI) / 180;
  return [
    target[0] + o.distance * Math.cos(el) * Math.cos(az),
    target[1] + o.distance * Math.cos(el) * Math.sin(az),
    target[2] + o.distance * Math.sin(el),
  ];
}

/** The view in words, e.g. "seen from azimuth −58°, elevation 28°". */
export function describeOrbit(o: Orbit): string {
  const deg = (v: number) => `${Math.round(v)}°`.replace('-', '−');
  return `seen from azimuth ${deg(o.azimuth)}, elevation ${deg(o.elevation)}, distance ${o.distance.toFixed(1)}`;
}
