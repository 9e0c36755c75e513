import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { around, keepInView, panBy, shiftBy, squareUp, zoomAbout, zoomCentre, MAX_SIDE, MIN_SIDE, VIEW_LIMIT } from './view-window';
import type { WorldRect } from '../../math';
import { plotKey } from './plot-keys';

const w: WorldRect = { x: [-2, 2], y: [-1, 3] };

describe('view window', () => {
  it('squares a window about its centre', () => {
    expect(squareUp({ x: [0, 4], y: [0, 2] })).toEqual({ x: [0, 4], y: [-1, 3] });
  });

  it('zooms about a point that stays put', () => {
    const z = zoomAbout(w, 2, 1, 2);
    expect(z).toEqual({ x: [-0.5, 1.5], y: [0.5, 2.5] });
    // (1, 2) keeps its fractional position: 3/4 across, 3/4 up, in both windows.
    expect((1 - z.x[0]) / (z.x[1] - z.x[0])).toBeCloseTo((1 - w.x[0]) / 4);
    expect(zoomCentre(zoomCentre(w, 1.25), 1 / 1.25).x[0]).toBeCloseTo(-2);
  });

  it('pans by fractions and by world distances', () => {
    expect(panBy(w, 0.25, 0)).toEqual({ x: [-1, 3], y: [-1, 3] });
    expect(shiftBy(w, 0, -1)).toEqual({ x: [-2, 2], y: [-2, 2] });
  });

  it('keeps a point in view by recentring only when needed', () => {
    expect(keepInView(w, 0, 0)).toEqual(w);
    expect(keepInView(w, 10, 10)).toEqual({ x: [8, 12], y: [8, 12] });
  });

  it('never leaves the limits, whatever the input', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (cx, cy, side) => {
        const v = around(cx, cy, side);
        const s = v.x[1] - v.x[0];
        expect(s).toBeGreaterThanOrEqual(MIN_SIDE * 0.999);
        expect(s).toBeLessThanOrEqual(MAX_SIDE * 1.001);
        for (const e of [...v.x, ...v.y]) expect(Math.abs(e)).toBeLessThanOrEqual(VIEW_LIMIT * 1.000001);
      }),
    );
  });

  it('maps plot keys', () => {
    expect(plotKey('ArrowRight', false, w)).toEqual(panBy(w, 0.1, 0));
    expect(plotKey('+', false, w)?.x[1]).toBeCloseTo(1.6);
    expect(plotKey('a', false, w)).toBeNull();
  });
});
