/**
 * Property tests with fast-check: printing round-trips, parse throws nothing but
 * ExpressionError, compiled evaluation matches the tree and never throws, and symbolic
 * derivatives agree with central finite differences wherever both are finite.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equal } from './ast';
import { simplify } from './builder';
import { compileExpression, compileGradient } from './compile/evaluate';
import { compileField } from './compile/field';
import { linspace } from './compile/grid';
import { derivative } from './derivative';
import { ExpressionError } from './errors';
import { parse } from './parser';
import { toText } from './print-text';
import { toTex } from './print-tex';
import { moderateNumberArb, tokenSoupArb, treeArb } from './testing/arbitraries';
import { centralDifference, close, evaluate, kinkDistance } from './testing/reference';

const XY = ['x', 'y'];
/** Any double, with the special values weighted in. */
const anyDouble = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e308, -1e-308, 5e-324),
  fc.double({ min: -5, max: 5, noNaN: true }),
);

describe('printing round-trips', () => {
  const names = ['x', 'y', 'w1', 'x_1', 'theta'];
  it('toText then parse gives a structurally equal tree', () => {
    fc.assert(
      fc.property(treeArb({ variables: names, depth: 5 }), (tree) => {
        expect(equal(parse(toText(tree)), tree)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
  it('so do simplified trees and derivatives', () => {
    fc.assert(
      fc.property(treeArb({ variables: names, depth: 4 }), (tree) => {
        for (const t of [simplify(tree), derivative(tree, 'x')]) {
          expect(equal(parse(toText(t)), t)).toBe(true);
          expect(typeof toTex(t)).toBe('string');
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('parse never throws anything but ExpressionError', () => {
  const check = (source: string, variables?: readonly string[]): void => {
    try {
      parse(source, variables);
    } catch (error) {
      expect(error).toBeInstanceOf(ExpressionError);
      const e = error as ExpressionError;
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.start).toBeLessThanOrEqual(e.end);
      expect(e.end).toBeLessThanOrEqual(source.length);
      expect(e.message.length).toBeGreaterThan(0);
    }
  };
  it('on arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.boolean(), (s, withList) => check(s, withList ? XY : undefined)),
      { numRuns: 3000 },
    );
  });
  it('on strings of grammar tokens, junk and look-alikes', () => {
    fc.assert(
      fc.property(tokenSoupArb, fc.boolean(), (s, withList) => check(s, withList ? XY : undefined)),
      { numRuns: 5000 },
    );
  });
  it('on deep, long and odd inputs', () => {
    for (const source of [
      '('.repeat(100_000) + 'x' + ')'.repeat(100_000),
      'x'.repeat(1 << 20),
      '-'.repeat(1999) + 'x',
      'x^'.repeat(999) + 'x',
      'sin('.repeat(400) + 'x' + ')'.repeat(400),
      '\ud800x',
      'x\udc00',
      '\u{10ffff}',
    ]) {
      check(source);
    }
  });
});

describe('evaluation never throws', () => {
  it('for any tree at any point, including NaN, ±Infinity and -0', () => {
    fc.assert(
      fc.property(treeArb({ depth: 4 }), anyDouble, anyDouble, (tree, x, y) => {
        expect(typeof compileExpression(tree, XY)([x, y])).toBe('number');
        const g = compileGradient(tree, XY)([x, y]);
        expect(g.gradient).toHaveLength(2);
        const field = compileField(tree);
        field.value(x, y);
        field.gradient(x, y);
        field.hessian(x, y);
        field.sample({ x: [x, y], y: [y, x], nx: 3, ny: 2 });
      }),
      { numRuns: 300 },
    );
  });
});

describe('compiled evaluation matches the tree', () => {
  it('compileExpression agrees with direct recursive evaluation', () => {
    fc.assert(
      fc.property(treeArb({ depth: 5 }), anyDouble, anyDouble, (tree, x, y) => {
        const expected = evaluate(tree, { x, y });
        const got = compileExpression(tree, XY)([x, y]);
        expect(close(got, expected, 1e-14) || (Number.isNaN(got) && Number.isNaN(expected))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('grid sampling agrees with pointwise evaluation', () => {
    fc.assert(
      fc.property(treeArb({ depth: 4 }), fc.double({ min: -3, max: 3, noNaN: true }), (tree, x0) => {
        const field = compileField(tree);
        const grid = { x: [x0, x0 + 2] as const, y: [-1.3, 1.1] as const, nx: 4, ny: 3 };
        const { values, dx, dy } = field.sample(grid);
        const only = field.sampleValues(grid);
        // The grid may round differently from a pointwise call (it folds x/c + x into one scale),
        // which is harmless wherever f is well-conditioned. Where nudging x or y by a few ulps
        // already moves the answer past the tolerance (sin of 10^300, say), no two correct
        // evaluations need agree, so such a value is not compared.
        // A nudge of a few ulps, and of 1e-15 at least: near 0 (x = −5e-324) a relative nudge does
        // not move x at all, and a kink there (max(y, y − x)) is still a kink.
        const ulps = (v: number): number => 1e-15 * Math.max(1, Math.abs(v));
        const nudged = (x: number, y: number): [number, number, number][] =>
          [[x + ulps(x), y], [x - ulps(x), y], [x, y + ulps(y)], [x, y - ulps(y)]].map(([a, b]) => [field.value(a!, b!), ...field.gradient(a!, b!)]);
        for (let j = 0; j < 3; j++) {
          for (let i = 0; i < 4; i++) {
            const x = linspace(x0, x0 + 2, i, 4);
            const y = linspace(-1.3, 1.1, j, 3);
            const k = j * 4 + i;
            const [gx, gy] = field.gradient(x, y);
            const near = nudged(x, y);
            const checks = [
              [values[k]!, field.value(x, y), 0],
              [only[k]!, field.value(x, y), 0],
              [dx[k]!, gx, 1],
              [dy[k]!, gy, 2],
            ] as const;
            for (const [got, want, part] of checks) {
              const message = `${toText(tree)} at (${x}, ${y}): ${got} vs ${want}`;
              if (!Number.isFinite(want)) expect(Number.isFinite(got), message).toBe(false);
              else if (Math.abs(want) < 1e12 && near.every((n) => close(n[part]!, want, 1e-9))) expect(close(got, want, 1e-9), message).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Coordinates in [-3, 3] on a 1e-3 lattice, shifted off it so that no point sits on a kink. */
const point = fc.integer({ min: -3000, max: 3000 }).map((k) => k / 1000 + 1.2345e-5);

describe('derivatives agree with central finite differences', () => {
  it('wherever both are finite and the point is away from kinks', () => {
    let checked = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        treeArb({ depth: 4, numbers: moderateNumberArb }),
        point,
        point,
        fc.constantFrom('x', 'y'),
        (tree, x, y, v) => {
          runs++;
          const scope = { x, y };
          const f0 = evaluate(tree, scope);
          if (!Number.isFinite(f0) || kinkDistance(tree, scope) < 1e-3) return;
          const symbolic = compileExpression(derivative(tree, v), XY)([x, y]);
          const h = 1e-4 * Math.max(1, Math.abs(scope[v as 'x' | 'y']));
          const d1 = centralDifference(tree, v, scope, h);
          const d2 = centralDifference(tree, v, scope, h / 2);
          if (![symbolic, d1, d2].every(Number.isFinite)) return;
          // Judge only where the difference quotient is trustworthy: stable under halving h,
          // and rounding noise (≈ |f|·ε/h) far below the tolerance.
          if (!close(d1, d2, 1e-3) || (Math.abs(f0) * 1e-15) / h > 1e-6 * Math.max(1, Math.abs(d2))) return;
          const richardson = (4 * d2 - d1) / 3;
          checked++;
          expect(close(symbolic, richardson, 1e-4), `${toText(tree)} ∂/∂${v} at (${x}, ${y}): ${symbolic} vs ${richardson}`).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
    expect(checked / runs).toBeGreaterThan(0.4);
  });
});
