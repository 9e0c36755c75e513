import { describe, expect, it } from 'vitest';
import { arrowPaths, arrowScale, bucketOf, latticePoints, type LatticeArrow } from './arrows';
import { bandColoursFor } from './colour';
import { labelledLevels, placeLabels } from './labels';

const plot = { left: 0, top: 0, width: 400, height: 400 };

describe('arrow lattice', () => {
  it('centres about `spacing`-sized cells in the plot', () => {
    const { xs, ys, spacing } = latticePoints(plot, 25);
    expect(xs).toHaveLength(16);
    expect(ys).toHaveLength(16);
    expect(xs[0]).toBe(12.5);
    expect(spacing).toBe(25);
  });

  it('scales the longest arrow to 90% of the spacing unless one value sticks out', () => {
    const even = arrowScale([1, 2, 3, 4], 20);
    expect(even.pxPerUnit).toBeCloseTo(18 / 4);
    expect(even.legendValue).toBe(2);
    const outlier = arrowScale([...Array(20).fill(1), 100], 20);
    expect(outlier.pxPerUnit).toBeCloseTo(18); // the 90th percentile is 1
    const wall = arrowScale([...Array(15).fill(1), 30, 40, 50, 60, 70], 20);
    expect(wall.pxPerUnit).toBeCloseTo(6); // capped at 3 × the median
  });

  it('batches arrows into one path per bucket', () => {
    const arrows: LatticeArrow[] = [
      { x: 50, y: 50, ux: 1, uy: 0, magnitude: 1 },
      { x: 100, y: 50, ux: 0, uy: -1, magnitude: 4 },
      { x: 150, y: 50, ux: 0, uy: -1, magnitude: 40 }, // capped
      { x: 200, y: 50, ux: 0, uy: 0, magnitude: 0 }, // no direction: not drawn
      { x: 250, y: 50, ux: 1, uy: 0, magnitude: 0.01 }, // a dot
    ];
    const scale = { pxPerUnit: 4.5, capPx: 18, legendValue: 2, legendPx: 9 };
    const paths = arrowPaths(arrows, scale);
    expect(paths).toHaveLength(4);
    expect(paths.map((p) => (p.match(/M/g) ?? []).length)).toEqual([1, 1, 1, 2]); // the capped arrow has two heads
    expect(paths[1]).toMatchInlineSnapshot(`"M47.8 50.8l2.2 0 0 .6 2.3-1.4-2.3-1.3 0 .6-2.2 0z"`);
    expect(bucketOf(17, 18)).toBe(2);
  });
});

describe('band colours', () => {
  it('runs from dark to light', () => {
    const lum = (hex: string): number => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    const c = bandColoursFor([1, 2, 3, 4, 5, 6, 7], { low: 0.5, high: 7.5, spacing: 'linear' });
    for (let i = 1; i < c.length; i++) expect(lum(c[i]!)).toBeGreaterThan(lum(c[i - 1]!));
  });
});

describe('labels', () => {
  it('labels every k-th level, preferring round values', () => {
    const levels = [-3, -2, -1, 0, 1, 2, 3, 4, 5, 6].map((v) => ({ value: v, text: String(v) }));
    expect(labelledLevels(levels, 5).map((l) => l.value)).toEqual([-2, 0, 2, 4, 6]);
  });

  it('puts a label on its line, upright, between lattice points, away from the sides', () => {
    const line = new Float64Array(Array.from({ length: 81 }, (_, k) => [k * 5, 200 + k * 0.5]).flat());
    const [label] = placeLabels([{ value: 1, text: '1', lines: [line] }], plot, { x0: 12.5, y0: 12.5, sx: 25, sy: 25 });
    expect(label).toBeDefined();
    expect(label!.x).toBeGreaterThan(18);
    expect(label!.x).toBeLessThan(382);
    expect(Math.abs(label!.angle - 5.7)).toBeLessThan(0.5);
    // Half-way between two lattice columns.
    expect(Math.abs(((label!.x - 12.5) % 25) - 12.5)).toBeLessThan(5);
  });
});
