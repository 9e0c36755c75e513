import { describe, expect, it } from 'vitest';
import { contourLevels } from './contours';
import { markHoles } from './holes';
import { polylinesPath } from './path';

/** Samples g on an n × n grid over [-r, r]², row-major, x fastest, row 0 at y = -r. */
function grid(n: number, r: number, g: (x: number, y: number) => number): Float64Array {
  const out = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) out[j * n + i] = g(-r + (2 * r * i) / (n - 1), -r + (2 * r * j) / (n - 1));
  return out;
}

describe('contourLevels', () => {
  it('gives one level line per level of a bowl, on the circle of that radius', () => {
    const n = 41;
    const values = grid(n, 2, (x, y) => x * x + y * y);
    const levels = contourLevels(values, n, n, [1, 2]);
    // f ≥ 1 is the grid minus a disc: the border ring plus a hole, but only the circle is a line.
    expect(levels.map((l) => [l.value, l.rings.length, l.lines.length])).toEqual([
      [1, 2, 1],
      [2, 2, 1],
    ]);
    // Contour coordinates (p, q) map to the world as x = -2 + (p - 0.5)·0.1.
    const line = levels[0]!.lines[0]!;
    for (let k = 0; k < line.length; k += 2) {
      const x = -2 + (line[k]! - 0.5) * 0.1;
      const y = -2 + (line[k + 1]! - 0.5) * 0.1;
      expect(Math.hypot(x, y)).toBeCloseTo(1, 1);
    }
    expect([line[0], line[1]]).toEqual([line[line.length - 2], line[line.length - 1]]);
  });

  it('fills to the grid border but draws no line along it', () => {
    const n = 11;
    const values = grid(n, 1, (x) => x); // f = x: the region f ≥ 0 is the right half
    const [level] = contourLevels(values, n, n, [0]);
    expect(level!.rings).toHaveLength(1);
    expect(level!.lines).toHaveLength(1);
    const line = level!.lines[0]!;
    // The line is the vertical x = 0 (p = 5.5), from the bottom row to the top row.
    for (let k = 0; k < line.length; k += 2) expect(line[k]).toBeCloseTo(5.5);
    expect(line.length / 2).toBe(n);
  });

  it('treats NaN as a hole: region and lines stop there', () => {
    const n = 21;
    const values = grid(n, 2, (x, y) => Math.log(x) + 0 * y); // undefined for x ≤ 0
    const levels = contourLevels(values, n, n, [-Infinity, 0]);
    const domain = levels[0]!;
    expect(domain.lines).toEqual([]); // the edge of the domain is not a level line
    expect(domain.rings).toHaveLength(1);
    const zero = levels[1]!; // ln x = 0 at x = 1, i.e. p = 15.5
    expect(zero.lines).toHaveLength(1);
    for (let k = 0; k < zero.lines[0]!.length; k += 2) expect(zero.lines[0]![k]).toBeCloseTo(15.5);
  });

  it('snapshots the ring and line counts of a saddle', () => {
    const n = 31;
    const values = grid(n, 3, (x, y) => x * x - y * y);
    const summary = contourLevels(values, n, n, [-4, 0, 4]).map((l) => [l.value, l.rings.length, l.lines.length]);
    expect(summary).toMatchInlineSnapshot(`
      [
        [
          -4,
          1,
          2,
        ],
        [
          0,
          1,
          2,
        ],
        [
          4,
          2,
          2,
        ],
      ]
    `);
  });
});

describe('markHoles', () => {
  it('blanks the pole of 1/x but not the smooth parts', () => {
    const n = 40; // even, so no sample sits exactly on x = 0
    const world = { x: [-2, 2], y: [-2, 2] } as const;
    const values = grid(n, 2, (x) => 1 / x);
    const dx = grid(n, 2, (x) => -1 / (x * x));
    const dy = new Float64Array(n * n);
    const { values: marked, holes } = markHoles({ values, dx, dy }, { ...world, nx: n, ny: n }, 4);
    expect(holes).toBe(2 * n); // the two columns either side of x = 0
    expect(Number.isNaN(marked[n / 2 - 1]!)).toBe(true);
    expect(Number.isNaN(marked[n / 2]!)).toBe(true);
    expect(marked[0]).toBeCloseTo(-0.5);
    // With the pole blanked, no level line runs along x = 0.
    const lines = contourLevels(marked, n, n, [0]).flatMap((l) => l.lines);
    expect(lines).toEqual([]);
  });

  it('blanks a step, keeps a kink', () => {
    const n = 20;
    const world = { x: [-1, 1], y: [-1, 1] } as const;
    const step = markHoles({ values: grid(n, 1, (x) => (x > 0 ? 1 : 0)), dx: new Float64Array(n * n), dy: new Float64Array(n * n) }, { ...world, nx: n, ny: n }, 1);
    expect(step.holes).toBe(2 * n);
    const kink = markHoles({ values: grid(n, 1, (x) => Math.abs(x)), dx: grid(n, 1, (x) => Math.sign(x)), dy: new Float64Array(n * n) }, { ...world, nx: n, ny: n }, 1);
    expect(kink.holes).toBe(0);
  });
});

describe('polylinesPath', () => {
  it('writes relative, rounded, closed paths', () => {
    const ring = new Float64Array([0, 0, 10.04, 0, 10, 5.55, 0, 0]);
    expect(polylinesPath([ring])).toBe('M0 0l10 0 0 5.6z');
    expect(polylinesPath([new Float64Array([1.25, -2, 0.5, -3])])).toBe('M1.3-2l-.8-1');
  });
});
