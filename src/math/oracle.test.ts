/**
 * math.js as the reference oracle: over the corpus (at least 200 expressions), our symbolic
 * derivatives equal math.js's symbolic derivatives numerically at seeded random points.
 * math.js has no sigmoid, softplus or atan2 derivative, so those are written for it in
 * primitive form (atan2(a, b) as atan(a/b), which has the same derivative wherever b ≠ 0);
 * functions with kinks, which math.js cannot differentiate, are left out of this test (the
 * three-ways and property tests cover them). Points where either side is not a finite real
 * number are skipped.
 */
import * as math from 'mathjs';
import { describe, expect, it } from 'vitest';
import { type Expr } from './ast';
import { compileGradient } from './compile/evaluate';
import { parse } from './parser';
import { CORPUS, NOT_IN_ORACLE } from './testing/corpus';
import { close, seeded } from './testing/reference';

/** Our tree in math.js syntax, fully parenthesised. */
function toMathjs(e: Expr): string {
  switch (e.type) {
    case 'num':
      return String(e.value);
    case 'const':
    case 'var':
      return e.name;
    case 'neg':
      return `-(${toMathjs(e.arg)})`;
    case 'bin':
      return `(${toMathjs(e.left)}) ${e.op} (${toMathjs(e.right)})`;
    case 'call': {
      const [u, v] = e.args.map(toMathjs);
      switch (e.name) {
        case 'ln':
        case 'log':
          return `log(${u})`;
        case 'log2':
          return `log(${u}, 2)`;
        case 'sigmoid':
          return `1 / (1 + exp(-(${u})))`;
        case 'softplus':
          return `log(1 + exp(${u}))`;
        case 'atan2':
          return `atan((${u}) / (${v}))`;
        default:
          return `${e.name}(${e.args.map(toMathjs).join(', ')})`;
      }
    }
  }
}

const ORACLE = CORPUS.filter((s) => !NOT_IN_ORACLE.test(s));

describe('derivatives against math.js', () => {
  it('uses a corpus of at least 200 expressions', () => {
    expect(ORACLE.length).toBeGreaterThanOrEqual(200);
  });

  it('agrees at random points for every expression in the corpus', () => {
    const rand = seeded(7);
    let compared = 0;
    let points = 0;
    const failures: string[] = [];
    const skipped: string[] = []; // expressions math.js cannot differentiate
    for (const source of ORACLE) {
      const tree = parse(source, ['x', 'y']);
      const ours = compileGradient(tree, ['x', 'y']);
      const text = toMathjs(tree);
      let theirs: math.EvalFunction[];
      try {
        theirs = (['x', 'y'] as const).map((v) => math.compile(math.derivative(text, v).toString()));
      } catch (error) {
        skipped.push(`${source}: ${(error as Error).message}`);
        continue;
      }
      let any = false;
      for (let k = 0; k < 6; k++) {
        const x = -2 + 4 * rand();
        const y = -2 + 4 * rand();
        const { gradient } = ours([x, y]);
        theirs.forEach((compiled, i) => {
          const want: unknown = compiled.evaluate({ x, y });
          const got = gradient[i]!;
          if (typeof want !== 'number' || !Number.isFinite(want) || !Number.isFinite(got)) return;
          any = true;
          points++;
          if (!close(got, want, 1e-7)) failures.push(`${source} ∂/∂${'xy'[i]} at (${x}, ${y}): ours ${got}, math.js ${want}`);
        });
      }
      if (any) compared++;
    }
    expect(failures).toEqual([]);
    expect(skipped.length, skipped.join('\n')).toBeLessThan(5);
    expect(compared).toBeGreaterThanOrEqual(200);
    expect(points).toBeGreaterThan(1500);
  });
});
