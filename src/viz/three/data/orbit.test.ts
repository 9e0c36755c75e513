import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cameraPosition, clampOrbit, DEFAULT_ORBIT, describeOrbit, DISTANCE, dragOrbit, ELEVATION, orbitKey, wrapDegrees } from './orbit';
import { project, TARGET, viewCamera } from './projection';

describe('orbit', () => {
  it('wraps azimuth into (−180, 180]', () => {
    expect(wrapDegrees(190)).toBe(-170);
    expect(wrapDegrees(-180)).toBe(180);
    expect(wrapDegrees(540)).toBe(180);
    expect(wrapDegrees(-0)).toBe(0);
  });

  it('keeps every orbit within its limits', () => {
    const num = fc.oneof(fc.double(), fc.constant(Number.NaN));
    fc.assert(
      fc.property(num, num, num, (azimuth, elevation, distance) => {
        const o = clampOrbit({ azimuth, elevation, distance });
        return o.azimuth > -180 && o.azimuth <= 180 && o.elevation >= ELEVATION[0] && o.elevation <= ELEVATION[1] && o.distance >= DISTANCE[0] && o.distance <= DISTANCE[1];
      }),
    );
  });

  it('maps keys to turns, tilts and zooms; Home resets; other keys are not orbit keys', () => {
    const o = DEFAULT_ORBIT;
    expect(orbitKey(o, 'ArrowLeft', false)!.azimuth).toBe(o.azimuth + 5);
    expect(orbitKey(o, 'ArrowRight', true)!.azimuth).toBe(o.azimuth - 20);
    expect(orbitKey(o, 'ArrowUp', false)!.elevation).toBe(o.elevation + 5);
    expect(orbitKey(o, '+', false)!.distance).toBeLessThan(o.distance);
    expect(orbitKey(o, '-', false)!.distance).toBeGreaterThan(o.distance);
    expect(orbitKey({ azimuth: 10, elevation: 80, distance: 3 }, 'Home', false)).toEqual(DEFAULT_ORBIT);
    expect(orbitKey(o, 'a', false)).toBeNull();
  });

  it('clamps elevation when dragging far', () => {
    expect(dragOrbit(DEFAULT_ORBIT, 0, 10_000).elevation).toBe(ELEVATION[1]);
    expect(dragOrbit(DEFAULT_ORBIT, 0, -10_000).elevation).toBe(ELEVATION[0]);
  });

  it('puts the camera at its distance, elevated by its elevation', () => {
    const p = cameraPosition({ azimuth: 90, elevation: 30, distance: 2 });
    expect(p[0]).toBeCloseTo(0, 12);
    expect(p[1]).toBeCloseTo(Math.sqrt(3), 12);
    expect(p[2]).toBeCloseTo(1, 12);
  });

  it('describes the view in words', () => {
    expect(describeOrbit(DEFAULT_ORBIT)).toBe('seen from azimuth −120°, elevation 30°, distance 5.5');
  });
});

describe('projection', () => {
  const cam = viewCamera(DEFAULT_ORBIT);

  it('puts the target in the middle of the screen', () => {
    const [x, y, depth] = project(cam, TARGET, 400, 300);
    expect(x).toBeCloseTo(200, 9);
    expect(y).toBeCloseTo(150, 9);
    expect(depth).toBeCloseTo(DEFAULT_ORBIT.distance, 9);
  });

  it('draws up as up and, from the default view, +x to the right', () => {
    const above = project(cam, [TARGET[0], TARGET[1], TARGET[2] + 0.5], 400, 300);
    const right = project(cam, [TARGET[0] + 0.5, TARGET[1], TARGET[2]], 400, 300);
    expect(above[1]).toBeLessThan(150);
    expect(right[0]).toBeGreaterThan(200);
  });

  it('keeps the whole scene box on screen in the default view', () => {
    for (const x of [-1, 1]) for (const y of [-1, 1]) for (const z of [-0.75, 0.65]) {
      const [sx, sy] = project(cam, [x, y, z], 400, 300);
      expect(sx).toBeGreaterThan(0);
      expect(sx).toBeLessThan(400);
      expect(sy).toBeGreaterThan(0);
      expect(sy).toBeLessThan(300);
    }
  });
});
