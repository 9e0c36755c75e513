/**
 * The test corpus: expressions in x and y as readers type them, plus seeded random ones.
 * Used by the oracle test (against math.js), the KaTeX test, the printer round trips and the
 * grid-versus-pointwise test.
 */
import { type BinaryOp, type Expr, binary, call, constant, neg, num, variable } from '../ast';
import { toText } from '../print-text';
import { seeded } from './reference';

/** Hand-written expressions, in the notations readers use. */
export const HAND_WRITTEN: readonly string[] = [
  // the benchmark functions and classic test surfaces
  'x^2 + y^2', 'sin(x)*cos(y) + 0.1*x^2', 'log(1 + exp(-x*y)) + (x-1)^2/4', '(1-x)^2 + 100*(y-x^2)^2',
  '(x^2 + y - 11)^2 + (x + y^2 - 7)^2', '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2', 'x^2 - y^2', 'x*y',
  '0.26*(x^2 + y^2) - 0.48*x*y', '2x^2 - 1.05x^4 + x^6/6 + x y + y^2', '-cos(x)*cos(y)*exp(-((x-pi)^2 + (y-pi)^2))',
  '20 + x^2 - 10cos(2pi x) + y^2 - 10cos(2pi y)', 'sin(x + y^2)', '(x^2 + y^2)^0.5', 'sqrt(x^2 + y^2 + 1)',
  // polynomials and rationals
  'x', 'y', '3', '-x', '-x^2', '2x', '3(x+1)', 'x y', 'x^3 - 3x*y^2', '3x^2y - y^3', '(x+1)(x-1)', '(x - y)^3',
  'x^4 + y^4 - 4x*y', '1/x', '1/(1 + x^2)', 'x/(1 + y^2)', '(x - y)/(x + y + 5)', 'x^2/(1 + x^2 + y^2)',
  '(x^2 + 1)^3', '1/(x^2 + y^2 + 1)', 'x^-2 + 1', 'x^(-1) * y', '(2x + 3y)/7', 'x/3 - y/7 + 2', '0.5x^2 + 0.25y^2',
  '1e-3 x^2 + 1e3 y', '2.5e-1*x*y', 'x^2*y^2', '(x*y)^2', 'x^3*y + x*y^3', '(1 + x)^(1 + y^2)', 'x^2^1.5',
  // Unicode notations
  'x² + y²', 'x³ − 3x·y²', '2×x + 3×y', 'π x', 'sin²(x) + cos²(y)', 'x ⋅ y ÷ 2', '−(x − y)²',
  // exponentials and logarithms
  'exp(x)', 'exp(-x^2 - y^2)', 'e^x', 'e^(-x^2)', '2^x + 3^y', 'x^y', 'exp(x*y)', 'ln(x^2 + 1)', 'log(x^2 + y^2 + 1)',
  'log10(x^2 + 10)', 'log2(y^2 + 2)', 'ln(1 + e^(x + y))', 'x*exp(-x^2 - y^2)', 'exp(sin(x)) + exp(cos(y))',
  'log(cosh(x))', 'x^x', 'pow(x, 2) + pow(y, 3)', 'pow(1 + x^2, y)', 'exp(-(x^2 + y^2)/2)/(2pi)',
  'log(exp(x) + exp(y))', 'exp(x)/(exp(x) + exp(y))', 'sqrt(exp(x) + 1)', 'cbrt(x^2 + 1)', 'x*ln(x^2 + 1) - y',
  // trigonometric and hyperbolic
  'sin(x)', 'cos(x)', 'tan(x/2)', 'sin(x)*sin(y)', 'sin(3x)*sin(3y)', 'cos(x*y)', 'sin(x)^2 + cos(y)^2',
  'atan(x)', 'atan(x/(1 + y^2))', 'asin(x/3)', 'acos(y/4)', 'asin(x/3) + acos(y/3)', 'atan2(y, x)',
  'atan2(y + 3, x + 3)', 'sinh(x) + cosh(y)', 'tanh(x*y)', 'tanh(x)^2', 'cosh(x)/cosh(y)', 'sin(cos(x + y))',
  'cos(sin(x))*sin(cos(y))', 'x*sin(1 + y^2)', 'sin(x)/(2 + cos(y))', 'sqrt(1 + sin(x)^2)', 'tan(atan(x))',
  // machine learning
  'sigmoid(x)', 'sigmoid(2x - y)', 'sigmoid(2*x + 3*y - 1)', 'softplus(x)', 'softplus(x - y)', 'tanh(2x + y)',
  'log(1 + exp(-y*(x - 1)))', 'sigmoid(x)*(1 - sigmoid(x))', '-y*log(sigmoid(x)) - (1 - y)*log(1 - sigmoid(x))',
  'softplus(x) - softplus(-x)', '0.5*(sigmoid(x) - y)^2', 'exp(x)/(1 + exp(x))', 'sigmoid(x*y) + sigmoid(x + y)',
  // kinks (not in the oracle subset: math.js cannot differentiate them)
  'abs(x)', 'abs(x) + abs(y)', 'relu(x)', 'relu(x) + relu(y)', 'relu(x - y)^2', 'sign(x)*y', 'max(x, y)',
  'min(x, y)', 'max(x, y) - min(x, y)', 'abs(x - y) + x*y', 'step(x)', 'max(0, 1 - x*y)', 'abs(sin(x))',
  'sqrt(abs(x*y))', 'relu(sin(x))', 'min(x^2, y^2)',
];

const SAFE = ['sin', 'cos', 'exp', 'ln', 'sqrt', 'tanh', 'atan', 'sigmoid', 'softplus', 'cosh', 'log10'];

/** A seeded random tree over x and y with functions math.js can differentiate. */
function randomTree(rand: () => number, depth: number): Expr {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  if (depth === 0 || rand() < 0.25) {
    const r = rand();
    if (r < 0.6) return variable(pick(['x', 'y']));
    if (r < 0.9) return num(pick([1, 2, 3, 0.5, 1.5, 10]));
    return constant(pick(['pi', 'e'] as const));
  }
  const r = rand();
  if (r < 0.1) return neg(randomTree(rand, depth - 1));
  if (r < 0.55) {
    const op = pick<BinaryOp>(['+', '-', '*', '/', '^']);
    const right = op === '^' ? num(pick([2, 3, 0.5])) : randomTree(rand, depth - 1);
    return binary(op, randomTree(rand, depth - 1), right);
  }
  return call(pick(SAFE), [randomTree(rand, depth - 1)]);
}

/** 110 seeded random expressions, printed as text. */
export const GENERATED: readonly string[] = (() => {
  const rand = seeded(20240611);
  const out = new Set<string>();
  while (out.size < 110) {
    const text = toText(randomTree(rand, 4));
    if (text.length >= 8 && /[xy]/.test(text)) out.add(text);
  }
  return [...out];
})();

/** Everything. */
export const CORPUS: readonly string[] = [...HAND_WRITTEN, ...GENERATED];

/** Functions whose derivative math.js cannot compute, so the oracle test skips them. */
export const NOT_IN_ORACLE = /\b(abs|relu|sign|step|min|max)\(/;
