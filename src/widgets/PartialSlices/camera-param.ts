/**
 * The figure's own URL setting: the camera, `cam=azimuth,elevation,distance` (degrees,
 * degrees, scene units), e.g. `cam=-58,28,5.2`. Read through url-params.ts like every other
 * setting: anything unusable falls back to the first view with a short notice.
 */
import { clampOrbit, DEFAULT_ORBIT, DISTANCE, ELEVATION, type Orbit } from '../../viz/three';
import { readParams, urlNumber, type KeyGroup, type TextSpec } from '../shared/url-params';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** The orbit a `cam` value describes, or a reason it cannot be used. */
export function parseCamera(text: string): Orbit | string {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => NUMBER.test(p))) return 'it should be azimuth,elevation[,distance]';
  const [azimuth, elevation, distance = DEFAULT_ORBIT.distance] = parts.map(Number) as [number, number, number?];
  if (Math.abs(azimuth) > 360) return 'the azimuth should be within ±360°';
  if (elevation < ELEVATION[0] || elevation > ELEVATION[1]) return `the elevation should be ${ELEVATION[0]}° to ${ELEVATION[1]}°`;
  if (distance < DISTANCE[0] || distance > DISTANCE[1]) return `the distance should be ${DISTANCE[0]} to ${DISTANCE[1]}`;
  return clampOrbit({ azimuth, elevation, distance });
}

/** The URL key of this figure and how it is checked. */
export const CAMERA_PARAMS = {
  cam: {
    kind: 'text',
    maxLength: 40,
    fallback: '',
    label: 'camera angle',
    check: (v: string) => {
      const parsed = parseCamera(v);
      return typeof parsed === 'string' ? parsed : null;
    },
  } satisfies TextSpec,
};

/** The figure's own group of URL keys. */
export const CAMERA_KEYS = { id: 'camera', schema: CAMERA_PARAMS } as const satisfies KeyGroup;

/** The orbit a valid `cam` value (or '' for none) describes. */
export function orbitFrom(cam: string): Orbit {
  const parsed = cam === '' ? DEFAULT_ORBIT : parseCamera(cam);
  return typeof parsed === 'string' ? { ...DEFAULT_ORBIT } : { ...parsed };
}

/** The orbit from a query string and any notice about it. */
export function readCamera(search: string): { orbit: Orbit; notices: string[] } {
  const { values, notices } = readParams(search, CAMERA_PARAMS);
  return { orbit: orbitFrom(values.cam), notices };
}

/** The `cam` value for an orbit, or null (no key) for the first view. */
export function cameraValue(o: Orbit): string | null {
  const same = o.azimuth === DEFAULT_ORBIT.azimuth && o.elevation === DEFAULT_ORBIT.elevation && o.distance === DEFAULT_ORBIT.distance;
  return same ? null : `${urlNumber(o.azimuth, 1)},${urlNumber(o.elevation, 1)},${urlNumber(o.distance, 2)}`;
}
