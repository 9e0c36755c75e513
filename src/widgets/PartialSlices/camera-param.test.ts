import { describe, expect, it } from 'vitest';
import { DEFAULT_ORBIT } from '../../viz/three';
import { cameraValue, parseCamera, readCamera } from './camera-param';

describe('cam URL setting', () => {
  it('round-trips an orbit', () => {
    const o = { azimuth: 30, elevation: 45, distance: 4 };
    expect(readCamera(`?cam=${cameraValue(o)}`).orbit).toEqual(o);
  });

  it('writes nothing for the first view and reads nothing as the first view', () => {
    expect(cameraValue(DEFAULT_ORBIT)).toBeNull();
    expect(readCamera('?x=1')).toEqual({ orbit: DEFAULT_ORBIT, notices: [] });
  });

  it.each(['abc', '1', '1,2,3,4', '0,90', '0,45,100', '999,30', 'NaN,30', '1e400,2', '<script>,1'])('falls back with a notice for %s', (bad) => {
    const { orbit, notices } = readCamera(`?cam=${encodeURIComponent(bad)}`);
    expect(orbit).toEqual(DEFAULT_ORBIT);
    expect(notices.length).toBe(1);
    expect(notices[0]).toMatch(/camera angle/);
  });

  it('wraps an azimuth beyond 180° and defaults the distance', () => {
    expect(parseCamera('270,30')).toEqual({ azimuth: -90, elevation: 30, distance: DEFAULT_ORBIT.distance });
  });
});
