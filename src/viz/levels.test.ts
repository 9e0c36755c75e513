import { describe, expect, it } from 'vitest';
import { chooseLevels, quantile } from './levels';

function grid(n: number, x0: number, x1: number, y0: number, y1: number, g: (x: number, y: number) => number): Float64Array {
  const out = new Float64Array(n * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) out[j * n + i] = g(x0 + ((x1 - x0) * i) / (n - 1), y0 + ((y1 - y0) * j) / (n - 1));
  return out;
}

describe('chooseLevels', () => {
  it('spaces the levels of a bowl evenly, at nice values', () => {
    const choice = chooseLevels(grid(100, -3, 3, -3, 3, (x, y) => x * x + y * y));
    expect(choice.spacing).toBe('linear');
    expect(choice.thresholds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('uses 1–2–5 offsets for the Rosenbrock valley so the valley floor gets lines', () => {
    const choice = chooseLevels(grid(200, -2, 2, -1, 3, (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2));
    expect(choice.spacing).toBe('log-up');
    expect(choice.thresholds).toMatchInlineSnapshot(`
      [
        1,
        2,
        5,
        10,
        20,
        50,
        100,
        200,
        500,
        1000,
      ]
    `);
  });

  it('ignores a pole and non-finite samples', () => {
    const choice = chooseLevels(grid(101, -2, 2, -2, 2, (x, y) => (x === 0 ? Number.NaN : y / x)));
    expect(choice.spacing).toBe('linear');
    expect(Math.max(...choice.thresholds)).toBeLessThan(100);
  });

  it('has no levels for a constant', () => {
    expect(chooseLevels(new Float64Array(100).fill(3)).thresholds).toEqual([]);
  });

  it('interpolates quantiles', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(Number.isNaN(quantile([], 0.5))).toBe(true);
  });
});
