import { describe, expect, it } from 'vitest';
import { derivative, parse, compileExpression } from '..';
import { CalcError, createScope, evaluateIn, runBlock, substitute } from '.';
import { erf } from './builtins';

const scopeWith = (block: string) => {
  const s = createScope();
  runBlock(block, s);
  return s;
};

describe('calc values', () => {
  const s = scopeWith(`
    f(x, y) = x^2 + 3xy
    A = [[2, 1], [1, 3]]
    B = [[0, 1], [-2, 5]]
    F(x, y) = [x^2 y, 5x + sin(y)]
    sq(t) = t^2
  `);
  // [expression, expected]; each expected value is worked out by hand or from a closed form.
  const table: [string, unknown][] = [
    ['1 + 2 * 3 ^ 2', 19],
    ['-2 ^ 2', -4],
    ['[1, 2] + 1', [2, 3]],
    ['[1, 2] * [3, 4]', [3, 8]],
    ['A @ [1, 1]', [3, 4]],
    ['A @ B', [[-2, 7], [-6, 16]]],
    ['[1, 2] @ [3, 4]', 11],
    ['T(B)', [[0, -2], [1, 5]]],
    ['det(A)', 5],
    ['inv(A) @ A', [[1, 0], [0, 1]]],
    ['solve(A, [3, 4])', [1, 1]],
    ['trace(B)', 5],
    ['eig([[4, 1], [2, 3]])', [5, 2]],
    ['eig([[2, 0], [0, 3]])', [3, 2]],
    ['sv([[3, 0], [0, -4]])', [4, 3]],
    ['rank([[1, 2], [2, 4]])', 1],
    ['f(1, 2)', 7],
    ['f([1, 2])', 7],
    ['grad(f, [1, 2])', [8, 3]],
    ['hess(f, [1, 2])', [[2, 3], [3, 0]]],
    ['jac(F, [1, 0])', [[0, 1], [5, 1]]],
    ['diff(f, x)(1, 2)', 8],
    ['map(sq, [1, 2, 3])', [1, 4, 9]],
    ['map(diff(sq, t), [1, 2])', [2, 4]],
    ['mean([1, 2, 3, 6])', 3],
    ['var([1, 2, 3, 6])', 3.5],
    ['svar([1, 2, 3, 6])', 14 / 3],
    ['cov([1, 2, 3], [2, 4, 6])', 4 / 3],
    ['corr([1, 2, 3], [6, 4, 2])', -1],
    ['norm([3, 4])', 5],
    ['norm1([3, -4])', 7],
    ['norminf([3, -4])', 4],
    ['entropy2([0.5, 0.5])', 1],
    ['entropy([1, 0])', 0],
    ['kl([0.5, 0.5], [0.5, 0.5])', 0],
    ['xent([1, 0], [0.25, 0.75])', Math.log(4)],
    ['softmax([0, 0])', [0.5, 0.5]],
    ['softmax([1000, 1000, 1000])', [1 / 3, 1 / 3, 1 / 3]],
    ['logsumexp([0, 0])', Math.log(2)],
    ['choose(10, 3)', 120],
    ['fact(5)', 120],
    ['binompmf(2, 4, 0.5)', 6 / 16],
    ['outer([1, 2], [3, 4])', [[3, 4], [6, 8]]],
    ['range(1, 4)', [1, 2, 3, 4]],
    ['linspace(0, 1, 3)', [0, 0.5, 1]],
    ['cumsum([1, 2, 3])', [1, 3, 6]],
    ['argmax([1, 5, 2])', 2],
    ['A[2, 1]', 1],
    ['A[2]', [1, 3]],
    ['col(A, 2)', [1, 3]],
    ['1 < 2', true],
    ['0.1 + 0.2 == 0.3', true],
    ['1 == 1.001', false],
  ];
  it.each(table)('%s', (source, expected) => {
    const value = evaluateIn(source, s);
    if (expected === undefined) return;
    if (typeof expected === 'number') expect(value as number).toBeCloseTo(expected, 12);
    else if (Array.isArray(expected)) expect(JSON.stringify((value as number[]).flat().map((x) => +x.toFixed(12)))).toBe(JSON.stringify(expected.flat().map((x) => +(x as number).toFixed(12))));
    else expect(value).toBe(expected);
  });

  it('derives exactly: diff matches the engine and a central difference', () => {
    const df = evaluateIn('diff(f, x)', s);
    const engine = compileExpression(derivative(parse('x^2 + 3xy', ['x', 'y']), 'x'), ['x', 'y']);
    const at = (x: number, y: number) => evaluateIn(`diff(f, x)(${x}, ${y})`, s) as number;
    expect(df).toMatchObject({ kind: 'function' });
    for (const [x, y] of [[0.3, -1.2], [2, 5]] as const) {
      expect(at(x, y)).toBe(engine([x, y]));
      const h = 1e-5;
      const fd = ((evaluateIn(`f(${x + h}, ${y})`, s) as number) - (evaluateIn(`f(${x - h}, ${y})`, s) as number)) / (2 * h);
      expect(at(x, y)).toBeCloseTo(fd, 6);
    }
  });

  it('finds eigenvectors of a symmetric matrix: A v = λ v, unit length, largest entry positive', () => {
    const sym = scopeWith('A = [[4, 1, 0], [1, 3, 1], [0, 1, 2]]\nV = eigvecs(A)\nL = eig(A)');
    for (const i of [1, 2, 3]) {
      expect(evaluateIn(`A @ col(V, ${i}) == L[${i}] * col(V, ${i})`, sym)).toBe(true);
      expect(evaluateIn(`norm(col(V, ${i}))`, sym)).toBeCloseTo(1, 12);
      expect(evaluateIn(`max(col(V, ${i})) >= -min(col(V, ${i}))`, sym)).toBe(true);
    }
    expect(evaluateIn('sum(L) == trace(A)', sym)).toBe(true);
    expect(evaluateIn('prod(L) == det(A)', sym)).toBe(true);
  });

  it('computes erf and the normal CDF accurately', () => {
    // Reference values: erf(0.5) = 0.5204998778130465, erf(3) = 0.9999779095030014.
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 14);
    expect(erf(3)).toBeCloseTo(0.9999779095030014, 14);
    expect(erf(-1)).toBeCloseTo(-0.8427007929497149, 14);
    expect(evaluateIn('phi(1.96)', s)).toBeCloseTo(0.9750021048517795, 12);
  });
});

describe('calc statements and errors', () => {
  it('fixes named numbers into a function body, leaving other words alone', () => {
    const s = scopeWith('a = 3\nb = -2\nt = 5\nf(x) = a x^2 + b x\ng(x) = exp(x) + t');
    expect(evaluateIn('f(2)', s)).toBe(8);
    expect(evaluateIn('diff(f, x)(2)', s)).toBe(10);
    expect(evaluateIn('g(0)', s)).toBe(6);
  });

  it('broadcasts binompmf, choose and fact over a vector, and builds diagonal matrices', () => {
    const s = createScope();
    expect(evaluateIn('sum(binompmf(range(0, 10), 10, 0.3)) == 1', s)).toBe(true);
    expect(evaluateIn('choose(4, range(0, 4))', s)).toEqual([1, 4, 6, 4, 1]);
    expect(evaluateIn('fact([3, 4])', s)).toEqual([6, 24]);
    expect(evaluateIn('diag([1, 2])', s)).toEqual([[1, 0], [0, 2]]);
    expect(evaluateIn('diag([[1, 2], [3, 4]])', s)).toEqual([1, 4]);
    expect(evaluateIn('fro([[3, 0], [0, 4]])', s)).toBe(5);
    expect(evaluateIn('cumprod([1, 2, 3])', s)).toEqual([1, 2, 6]);
  });

  it('keeps small singular values accurate (cond of a nearly singular matrix)', () => {
    // [[1, 1], [1, 1.0001]]: eigenvalues (2.0001 ± sqrt(2.0001² - 4·0.0001))/2, symmetric so sv = eig.
    const s = createScope();
    const exact = (2.0001 + Math.sqrt(2.0001 ** 2 - 0.0004)) / (2.0001 - Math.sqrt(2.0001 ** 2 - 0.0004));
    expect(Math.abs((evaluateIn('cond([[1, 1], [1, 1.0001]])', s) as number) / exact - 1)).toBeLessThan(1e-9);
  });

  const bad: [string, RegExp][] = [
    ['check 1 == 2', /line 1 'check 1 == 2': this check is false/],
    ['x = y + 1', /'y' is not defined/],
    ['x = 1\nx = 2', /line 2.*already defined/],
    ['f(x) = x +', /in the body of f/],
    ['m = [[1, 2], [3]]', /rows of equal length/],
    ['d = det([[1, 2, 3], [4, 5, 6]])', /square matrix/],
    ['i = inv([[1, 2], [2, 4]])', /singular/],
    ['z = eig([[0, -1], [1, 0]])', /complex/],
    ['w = [1, 2] + [1, 2, 3]', /same shape/],
    ['q = nosuch(1)', /no function 'nosuch'/],
    ['check 3', /needs a comparison/],
    ['pi = 3', /reserved/],
    ['f(x) = x^2\nv = f(1, 2)', /takes 1 argument/],
    ['r = [1, 2][3]', /outside 1\.\.2/],
    ['s = 1 +* 2', /unexpected '\*'/],
  ];
  it.each(bad)('refuses %j', (block, message) => {
    expect(() => runBlock(block, createScope())).toThrow(CalcError);
    expect(() => runBlock(block, createScope())).toThrow(message);
  });
});

describe('substitute', () => {
  const s = scopeWith('f(x, y) = x^2 + 3xy\ng = grad(f, [1, 2])\nn = norm(g)\np = 0.16101694915254236\nM = [[1, 0.5], [0, 2]]\nsmall = 0.0000123');
  const table: [string, string][] = [
    ['\\nabla f = \\calc{g}', '\\nabla f = {(8, 3)}'],
    ['\\|g\\| \\approx \\calc{n}', '\\|g\\| \\approx {8.544}'],
    ['\\calc[3]{n}', '{8.54}'],
    ['\\calc[.2]{n}', '{8.54}'],
    ['\\calc[.3]{2}', '{2.000}'],
    ['\\calc[col]{g}', '{\\begin{bmatrix} 8 \\\\ 3 \\end{bmatrix}}'],
    ['\\calc{M}', '{\\begin{bmatrix} 1 & 0.5 \\\\ 0 & 2 \\end{bmatrix}}'],
    ['\\approx \\calc[%,3]{p}', '\\approx {16.1\\%}'],
    ['\\approx \\calc{small}', '\\approx {1.23 \\times 10^{-5}}'],
    ['\\calc[sci]{1200}', '{1.2 \\times 10^{3}}'],
    ['\\calc{-0.5}', '{-0.5}'],
    ['\\calctex{f}', '{x^{2} + 3 x y}'],
    ['\\partial_x f = \\calctex{diff(f, x)}', '\\partial_x f = {2 x + 3 y}'],
    ['x \\le \\calc{n}', 'x \\le {8.544}'],
    ['\\approx \\calc[3]{116308.4}', '\\approx {116000}'],
    ['\\calc{123456}', '{123456}'],
    ['\\calc{2^20}', '{1048576}'],
    ['\\approx \\calc{2^40}', '\\approx {1.1 \\times 10^{12}}'],
  ];
  it.each(table)('%s', (tex, expected) => expect(substitute(tex, s)).toBe(expected));

  it('insists on ≈ before a rounded value, and accepts = before an exact one', () => {
    expect(() => substitute('\\|g\\| = \\calc{n}', s)).toThrow(/rounded, so write \\approx/);
    expect(() => substitute('x = \\calc[.2]{n}', s)).toThrow(/rounded/);
    expect(substitute('x = \\calc{n^2}', s)).toBe('x = {73}');
    expect(substitute('x \\leq \\calc{n}', s)).toBe('x \\leq {8.544}');
  });

  it('names the use that failed', () => {
    expect(() => substitute('\\calc{nope}', s)).toThrow(/\\calc\{nope\}: 'nope' is not defined/);
    expect(() => substitute('\\calc[7x]{n}', s)).toThrow(/unknown option '7x'/);
    expect(() => substitute('\\calc{f}', s)).toThrow(/use \\calctex/);
    expect(() => substitute('\\calc n', s)).toThrow(/cannot read this use/);
    expect(() => substitute('\\calc{0/0}', s)).toThrow(/NaN/);
  });
});
