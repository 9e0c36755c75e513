import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curvePath, panelScale, sampleSlice, snapInto, tangentLine, tangentPath, type PanelBox } from './slices';

const box: PanelBox = { width: 320, height: 200, left: 20, right: 10, top: 10, bottom: 30 };

describe('sampleSlice', () => {
  it('samples both ends and evenly in between', () => {
    const s = sampleSlice((t) => t * t, [-1, 1], 5);
    expect([...s.ts]).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect([...s.vs]).toEqual([1, 0.25, 0, 0.25, 1]);
  });

  it('keeps NaN where the function is undefined', () => {
    const s = sampleSlice((t) => Math.log(t), [-1, 1], 3);
    expect(Number.isNaN(s.vs[0])).toBe(true);
    expect(s.vs[2]).toBe(0);
  });
});

describe('panelScale', () => {
  const sc = panelScale([-3, 3], [-1, 1], box);

  it('maps the world corners to the plot corners, y pointing down', () => {
    expect(sc.x(-3)).toBe(20);
    expect(sc.x(3)).toBe(310);
    expect(sc.y(-1)).toBe(170);
    expect(sc.y(1)).toBe(10);
  });

  it('inverts x for dragging', () => {
    fc.assert(fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (t) => Math.abs(sc.invertX(sc.x(t)) - t) < 1e-9));
  });
});

describe('curvePath', () => {
  const sc = panelScale([0, 2], [0, 4], box);

  it('is one polyline for a finite curve (data snapshot)', () => {
    expect(curvePath(sampleSlice((t) => t * t, [0, 2], 3), sc)).toBe('M20 170L165 130L310 10');
  });

  it('breaks at holes', () => {
    const s = { ts: Float64Array.from([0, 1, 2]), vs: Float64Array.from([0, Number.NaN, 4]) };
    expect(curvePath(s, sc)).toBe('M20 170M310 10');
  });

  it('clamps far values to finite coordinates', () => {
    const s = { ts: Float64Array.from([0, 1]), vs: Float64Array.from([1e300, -1e300]) };
    expect(curvePath(s, sc)).toBe('M20 -10000L165 10000');
  });
});

describe('tangent line', () => {
  it('passes through the point with the given slope', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (t0, slope) => {
        const line = tangentLine(t0, 1, slope, [-3, 3]);
        if (!line) return false;
        const [[ta, va], [tb, vb]] = line;
        const s = (vb - va) / (tb - ta);
        return Math.abs(s - slope) < 1e-9 && Math.abs(va + slope * (t0 - ta) - 1) < 1e-9;
      }),
    );
  });

  it('has no tangent where the slope is undefined', () => {
    expect(tangentLine(0, 1, Number.NaN, [-1, 1])).toBeNull();
    expect(tangentPath(0, Number.POSITIVE_INFINITY, 1, [-1, 1], panelScale([-1, 1], [0, 1], box))).toBe('');
  });

  it('draws a path (data snapshot)', () => {
    expect(tangentPath(1, 1, 2, [0, 2], panelScale([0, 2], [-1, 3], box))).toBe('M20 170L310 10');
  });
});

describe('snapInto', () => {
  it('snaps and clamps', () => {
    expect(snapInto(0.123, [-3, 3], 0.05)).toBe(0.1);
    expect(snapInto(7, [-3, 3], 0.05)).toBe(3);
    expect(snapInto(0.1 + 0.2, [-3, 3], 0.1)).toBe(0.3);
  });
});
