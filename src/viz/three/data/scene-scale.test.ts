import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEIGHT, heightRange, isShown, sceneScale, sceneX, sceneY, sceneZ, verticalExaggeration } from './scene-scale';

describe('heightRange', () => {
  it('is the min and max of an ordinary surface', () => {
    const values = Array.from({ length: 100 }, (_, i) => Math.sin(i / 10));
    const r = heightRange(values);
    expect(r.lo).toBeCloseTo(Math.min(...values), 12);
    expect(r.hi).toBeCloseTo(Math.max(...values), 12);
    expect(r.clipped).toBe(false);
  });

  it('cuts off a pole and ignores holes', () => {
    const values = [...Array.from({ length: 400 }, (_, i) => (i % 20) / 20), 1e9, Number.NaN, Number.POSITIVE_INFINITY];
    const r = heightRange(values);
    expect(r.hi).toBeLessThan(2);
    expect(r.clipped).toBe(true);
  });

  it('opens a flat surface to ±0.5 and an empty one to [−1, 1]', () => {
    expect(heightRange([2, 2, 2])).toEqual({ lo: 1.5, hi: 2.5, clipped: false });
    expect(heightRange([Number.NaN])).toEqual({ lo: -1, hi: 1, clipped: false });
  });

  it('always contains at least the middle 98 % of finite samples', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }), (values) => {
        const r = heightRange(values);
        const inside = values.filter((v) => v >= r.lo && v <= r.hi).length;
        return r.hi > r.lo && inside >= Math.floor(values.length * 0.98) - 2;
      }),
    );
  });
});

describe('sceneScale', () => {
  const sc = sceneScale({ x: [-3, 3], y: [-1, 2] }, { lo: -2, hi: 4, clipped: false });

  it('centres the window and fits its longer side into [−1, 1]', () => {
    expect(sceneX(sc, -3)).toBe(-1);
    expect(sceneX(sc, 3)).toBe(1);
    expect(sceneY(sc, 0.5)).toBe(0);
    expect(sc.halfY).toBeCloseTo(0.5, 12);
  });

  it('spans the height range over HEIGHT scene units', () => {
    expect(sceneZ(sc, 4) - sceneZ(sc, -2)).toBeCloseTo(HEIGHT, 12);
    expect(sceneZ(sc, 1)).toBe(0);
    expect(sc.floorZ).toBeLessThan(sceneZ(sc, -2));
    expect(verticalExaggeration(sc)).toBeCloseTo(HEIGHT / 6 / (1 / 3), 12);
  });

  it('shows only finite heights within the range', () => {
    expect(isShown(sc, 4)).toBe(true);
    expect(isShown(sc, 4.1)).toBe(false);
    expect(isShown(sc, Number.NaN)).toBe(false);
  });
});
