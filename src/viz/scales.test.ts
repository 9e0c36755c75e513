import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createScale2D, gridToScreen, vectorToScreen } from './scales';

const world = { x: [-2, 2], y: [-1, 3] } as const;
const screen = { left: 40, top: 10, width: 400, height: 400 };

describe('createScale2D', () => {
  const s = createScale2D(world, screen);

  it('maps corners, with world y up and screen y down', () => {
    expect([s.x(-2), s.y(-1)]).toEqual([40, 410]); // bottom left of the world = bottom left on screen
    expect([s.x(2), s.y(3)]).toEqual([440, 10]);
    expect(s.kx).toBe(100);
  });

  it('inverts exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (x, y) => {
        expect(s.invertX(s.x(x))).toBeCloseTo(x, 9);
        expect(s.invertY(s.y(y))).toBeCloseTo(y, 9);
      }),
    );
  });

  it('flips vectors', () => {
    expect(vectorToScreen(s, 1, 1)).toEqual([100, -100]);
  });
});

describe('gridToScreen', () => {
  it('puts sample (i, j) at contour coordinates (i + 0.5, j + 0.5)', () => {
    const s = createScale2D(world, screen);
    const g = gridToScreen({ ...world, nx: 5, ny: 5 }, s);
    // Sample (0, 0) is the world corner (-2, -1); sample (4, 4) is (2, 3).
    expect(g.ax + g.bx * 0.5).toBeCloseTo(40);
    expect(g.ay + g.by * 0.5).toBeCloseTo(410);
    expect(g.ax + g.bx * 4.5).toBeCloseTo(440);
    expect(g.ay + g.by * 4.5).toBeCloseTo(10);
  });
});
