import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSlice } from '../../slices';
import { arrowVertices, ARROW_VERTICES, floorArrows, MAX_ARROW, MIN_ARROW } from './floor-arrows';
import { sceneScale, sceneX, sceneY, sceneZ } from './scene-scale';
import { planeNormal, slicePoints, tangentSegment, TANGENT_LENGTH } from './slice-lines';
import { ribbon, RIBBON_INDICES, RIBBON_VERTICES } from './ribbon';

const sc = sceneScale({ x: [-2, 2], y: [-2, 2] }, { lo: -4, hi: 4, clipped: false });
const round = (a: Float32Array) => Array.from(a, (v) => Number(v.toFixed(4)));

describe('slicePoints', () => {
  it('lies in the plane y = y0 on the surface (data snapshot)', () => {
    const s = sampleSlice((t) => t * t, [-2, 2], 3);
    expect(round(slicePoints(s, 'x', 1, sc))).toEqual([-1, 0.5, 0.55, 0, 0.5, 0, 1, 0.5, 0.55]);
  });

  it('lies in the plane x = x0 for the other slice', () => {
    const s = sampleSlice((t) => t, [-2, 2], 5);
    const pts = slicePoints(s, 'y', -1, sc);
    for (let i = 0; i < pts.length; i += 3) expect(pts[i]).toBeCloseTo(sceneX(sc, -1), 6);
  });

  it('marks holes and cut-off heights with NaN', () => {
    const s = { ts: Float64Array.from([0, 1, 2, 3]), vs: Float64Array.from([0, Number.NaN, 1, 99]) };
    const z = [...slicePoints(s, 'x', 0, sc)].filter((_, i) => i % 3 === 2);
    expect(z.map(Number.isNaN)).toEqual([false, true, false, true]);
  });
});

describe('ribbon', () => {
  const points = Float32Array.from([0, 0, 0, 1, 0, 0, 2, 0, 0, 3, 0, Number.NaN, 4, 0, 0]);
  const positions = new Float32Array(5 * RIBBON_VERTICES * 3);
  const indices = new Uint16Array(4 * RIBBON_INDICES);

  it('draws two crossed quads per segment, none next to a hole', () => {
    expect(ribbon(points, planeNormal('x'), 0.1, positions, indices)).toBe(2 * RIBBON_INDICES);
  });

  it('offsets each point by ±h in the plane across the curve and ±h along the normal', () => {
    ribbon(points, planeNormal('x'), 0.1, positions, indices);
    // the curve runs along +x in the plane y = const (normal +y): u = n × d = (0, 0, −1)
    expect(round(positions.subarray(3 * 4, 3 * 8))).toEqual([1, 0, -0.1, 1, 0, 0.1, 1, 0.1, 0, 1, -0.1, 0]);
  });
});

describe('tangentSegment', () => {
  it('is centred on the point, TANGENT_LENGTH long, with the slope in world units', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.constantFrom<'x' | 'y'>('x', 'y'), (slope, axis) => {
        const seg = tangentSegment(axis, 0.5, -0.5, 1, slope, sc);
        const mid = [(seg[0]! + seg[3]!) / 2, (seg[1]! + seg[4]!) / 2, (seg[2]! + seg[5]!) / 2];
        const run = axis === 'x' ? seg[3]! - seg[0]! : seg[4]! - seg[1]!;
        const rise = seg[5]! - seg[2]!;
        const length = Math.hypot(seg[3]! - seg[0]!, seg[4]! - seg[1]!, rise);
        const worldSlope = rise / sc.k / (run / sc.s);
        return (
          Math.abs(mid[0]! - sceneX(sc, 0.5)) < 1e-5 &&
          Math.abs(mid[1]! - sceneY(sc, -0.5)) < 1e-5 &&
          Math.abs(mid[2]! - sceneZ(sc, 1)) < 1e-5 &&
          Math.abs(length - TANGENT_LENGTH) < 1e-5 &&
          Math.abs(worldSlope - slope) < 1e-3 * Math.max(1, Math.abs(slope))
        );
      }),
    );
  });

  it('is a hole where there is no tangent', () => {
    expect([...tangentSegment('x', 0, 0, Number.NaN, 1, sc)].every(Number.isNaN)).toBe(true);
    expect([...tangentSegment('x', 0, 0, 1, Number.POSITIVE_INFINITY, sc)].every(Number.isNaN)).toBe(true);
  });
});

describe('floor arrows', () => {
  it('adds the two partials tip to tail into the gradient', () => {
    const a = floorArrows(1, 0.5, 0.3, -0.4, 6);
    expect(a.factor).toBe(1);
    expect(a.dx).toEqual([[1, 0.5], [1.3, 0.5]]);
    expect(a.dy[0]).toEqual(a.dx[1]);
    expect(a.grad[1][0]).toBeCloseTo(1.3, 12);
    expect(a.grad[1][1]).toBeCloseTo(0.1, 12);
  });

  it('shortens a long gradient, all parts by one factor', () => {
    const a = floorArrows(0, 0, 30, 40, 6);
    expect(a.factor).toBeCloseTo((MAX_ARROW * 6) / 50, 12);
    expect(Math.hypot(a.grad[1][0], a.grad[1][1])).toBeCloseTo(MAX_ARROW * 6, 12);
  });

  it('lengthens a gradient too short to show beside the point, but draws a zero one as nothing', () => {
    const a = floorArrows(0, 0, 0.003, -0.004, 6);
    expect(a.factor).toBeCloseTo((MIN_ARROW * 6) / 0.005, 9);
    expect(Math.hypot(a.grad[1][0], a.grad[1][1])).toBeCloseTo(MIN_ARROW * 6, 12);
    expect(floorArrows(0, 0, 0, 0, 6).factor).toBe(1);
  });

  it('treats undefined partials as zero', () => {
    expect(floorArrows(0, 0, Number.NaN, 1, 6).grad[1]).toEqual([0, 1]);
  });

  it('builds a flat arrow whose tip is at the target', () => {
    const out = new Float32Array(ARROW_VERTICES * 3);
    arrowVertices(sc, [0, 0], [1, 0], -0.7, { width: 0.02, headLength: 0.1, headWidth: 0.08 }, out);
    expect(out[5 * 3]).toBeCloseTo(sceneX(sc, 1), 6);
    expect(out[5 * 3 + 1]).toBeCloseTo(0, 6);
    for (let i = 2; i < out.length; i += 3) expect(out[i]).toBeCloseTo(-0.7, 6);
  });

  it('collapses a zero arrow to a point', () => {
    const out = new Float32Array(ARROW_VERTICES * 3);
    arrowVertices(sc, [1, 1], [1, 1], 0, { width: 0.02, headLength: 0.1, headWidth: 0.08 }, out);
    for (let i = 0; i < ARROW_VERTICES; i++) expect(out[i * 3]).toBeCloseTo(sceneX(sc, 1), 6);
  });
});
