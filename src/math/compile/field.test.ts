import { describe, expect, it } from 'vitest';
import { ExpressionError } from '../errors';
import { parse } from '../parser';
import { toText } from '../print-text';
import { CORPUS } from '../testing/corpus';
import { close } from '../testing/reference';
import { compileField } from './field';
import { linspace } from './grid';

describe('compileField', () => {
  it('evaluates f, its gradient and its Hessian', () => {
    const f = compileField('x^3*y^2 + sin(x*y)');
    const [x, y] = [0.7, -1.2];
    expect(f.value(x, y)).toBeCloseTo(x ** 3 * y ** 2 + Math.sin(x * y), 14);
    const [fx, fy] = f.gradient(x, y);
    expect(fx).toBeCloseTo(3 * x * x * y * y + y * Math.cos(x * y), 13);
    expect(fy).toBeCloseTo(2 * x ** 3 * y + x * Math.cos(x * y), 13);
    const [[fxx, fxy], [fyx, fyy]] = f.hessian(x, y);
    expect(fxx).toBeCloseTo(6 * x * y * y - y * y * Math.sin(x * y), 12);
    expect(fxy).toBeCloseTo(6 * x * x * y + Math.cos(x * y) - x * y * Math.sin(x * y), 12);
    expect(fyx).toBe(fxy);
    expect(fyy).toBeCloseTo(2 * x ** 3 - x * x * Math.sin(x * y), 12);
  });

  it('exposes the simplified trees for printing', () => {
    const f = compileField('x*x + 0*y');
    expect(toText(f.expr)).toBe('x^2');
    expect(toText(f.dx)).toBe('2*x');
    expect(toText(f.dy)).toBe('0');
  });

  it('allows only its two variables, by default x and y', () => {
    expect(() => compileField('x + z')).toThrow(ExpressionError);
    expect(() => compileField('x + z')).toThrow(/this figure uses x and y/);
    const f = compileField('w1^2 + 3w2', { variables: ['w1', 'w2'] });
    expect(f.gradient(2, 0)).toEqual([4, 3]);
    expect(compileField(parse('x*y')).value(2, 3)).toBe(6);
  });

  it('samples row-major, x fastest, both ends included', () => {
    const f = compileField('10*y + x');
    const { values, dx, dy } = f.sample({ x: [0, 2], y: [0, 1], nx: 3, ny: 2 });
    expect(Array.from(values)).toEqual([0, 1, 2, 10, 11, 12]);
    expect(Array.from(dx)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(Array.from(dy)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(Array.from(f.sampleValues({ x: [0, 2], y: [0, 1], nx: 3, ny: 2 }))).toEqual([0, 1, 2, 10, 11, 12]);
  });

  it('hits the range ends exactly', () => {
    expect(linspace(-2, 2, 199, 200)).toBe(2);
    expect(linspace(0.1, 0.7, 2, 3)).toBe(0.7);
    expect(linspace(3, 5, 0, 1)).toBe(3);
  });

  it('reuses output arrays passed back in, and allocates otherwise', () => {
    const f = compileField('x*y');
    const grid = { x: [-1, 1] as const, y: [-1, 1] as const, nx: 5, ny: 4 };
    const first = f.sample(grid);
    const second = f.sample(grid, first);
    expect(second.values).toBe(first.values);
    expect(f.sample(grid).values).not.toBe(first.values);
    const small = f.sample({ ...grid, nx: 2 }, first);
    expect(small.values).toHaveLength(8);
    const v = f.sampleValues(grid);
    expect(f.sampleValues(grid, v)).toBe(v);
  });

  it('handles empty and degenerate grids without throwing', () => {
    const f = compileField('x + y');
    expect(f.sample({ x: [0, 1], y: [0, 1], nx: 0, ny: 5 }).values).toHaveLength(0);
    expect(f.sample({ x: [0, 1], y: [0, 1], nx: NaN, ny: -3 }).values).toHaveLength(0);
    expect(Array.from(f.sample({ x: [2, 9], y: [3, 9], nx: 1, ny: 1 }).values)).toEqual([5]);
    expect(Array.from(f.sampleValues({ x: [NaN, 1], y: [0, Infinity], nx: 2, ny: 2 }))).toEqual([NaN, 1, NaN, Infinity]);
  });

  it('samples every corpus expression as its pointwise evaluators do', () => {
    const grid = { x: [-2.1, 1.9] as const, y: [-1.7, 2.3] as const, nx: 9, ny: 7 };
    for (const source of CORPUS) {
      const f = compileField(source);
      const { values, dx, dy } = f.sample(grid);
      for (let j = 0; j < grid.ny; j++) {
        for (let i = 0; i < grid.nx; i++) {
          const x = linspace(-2.1, 1.9, i, grid.nx);
          const y = linspace(-1.7, 2.3, j, grid.ny);
          const k = j * grid.nx + i;
          const [gx, gy] = f.gradient(x, y);
          for (const [got, want] of [[values[k]!, f.value(x, y)], [dx[k]!, gx], [dy[k]!, gy]] as const) {
            const ok = Number.isFinite(want) ? close(got, want, 1e-10) : !Number.isFinite(got);
            expect(ok, `${source} at (${x}, ${y}): ${got} vs ${want}`).toBe(true);
          }
        }
      }
    }
  });

  // Regressions found by the property test: folding a division by 0 (or a multiplication by an
  // infinity) into the scale and shift of a row gave ∞·u + ∞ = NaN where the true value is ±∞.
  it.each(['((pi + x)/0)^x + pi', '(x + 1)*(1/0)', '(x + 1)/y', '(x - 2)*exp(1000) + y'])('samples %s as its pointwise evaluator does, infinities included', (source) => {
    const field = compileField(source);
    const grid = { x: [-2, 2] as const, y: [-1, 1] as const, nx: 9, ny: 3 };
    const { values } = field.sample(grid);
    for (let j = 0; j < 3; j++) {
      for (let i = 0; i < 9; i++) {
        const expected = field.value(-2 + i * 0.5, -1 + j);
        const got = values[j * 9 + i]!;
        expect(Object.is(got, expected) || Math.abs(got - expected) <= 1e-12 * Math.abs(expected)).toBe(true);
      }
    }
  });

  // Found by the same test: a huge scale times a huge factor folded into one (∞) made ∞·0 = NaN
  // in ∂f/∂x where x^(−1.5e300) is 0, though the pointwise product is −0.
  it.each(['x^(-1.5e300)*(1e21 + pi)', 'x^(-1.5e300)*(1e21 + sin(pi + y))'])('samples the gradient of %s as its pointwise evaluator does', (source) => {
    const field = compileField(source);
    const grid = { x: [0.5, 2.5] as const, y: [-1, 1] as const, nx: 5, ny: 2 };
    const { values, dx } = field.sample(grid);
    for (let i = 0; i < 10; i++) {
      const x = 0.5 + (i % 5) * 0.5;
      const y = -1 + 2 * Math.floor(i / 5);
      expect([values[i], dx[i]]).toEqual([field.value(x, y), field.gradient(x, y)[0]]);
    }
  });

  it('is fast enough to set up for every keystroke', () => {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) compileField('log(1 + exp(-x*y)) + (x-1)^2/4').sample({ x: [0, 1], y: [0, 1], nx: 2, ny: 2 });
    expect(performance.now() - t0).toBeLessThan(2000); // a generous bound: the benchmark measures this properly
  });
});
