/**
 * The built-in functions of calc, one table. Functions of one number apply entry by entry to
 * vectors and matrices. Statistics use the population convention (divide by N) except svar and
 * sstd (divide by N − 1). Logarithms and information quantities are natural (nats) unless the
 * name says 2.
 */
import { FUNCTIONS } from '../functions';
import * as la from './linalg';
import { asMatrix, asNumber, asVector, CalcError, type CalcValue, isMatrix, isNumber, isVector, mapNumbers, type Vec } from './value';

type Builtin = (args: CalcValue[], name: string) => CalcValue;

/** Error function, Abramowitz–Stegun 7.1.26 is too coarse; this uses a series / continued fraction. */
export function erf(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? NaN : Math.sign(x);
  const ax = Math.abs(x);
  if (ax < 2.5) {
    // Maclaurin series: erf x = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1)); converges fast for |x| < 2.5.
    let term = ax;
    let sum = ax;
    for (let n = 1; n < 100; n++) {
      term *= (-ax * ax) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  // Continued fraction for erfc (Lentz), accurate for |x| ≥ 2.5.
  let f = ax;
  let c = ax;
  let d = 0;
  for (let n = 1; n < 200; n++) {
    const an = n / 2;
    d = ax + an * d;
    d = d === 0 ? 1e-300 : 1 / d;
    c = ax + an / c;
    if (c === 0) c = 1e-300;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const erfc = Math.exp(-ax * ax) / (f * Math.sqrt(Math.PI));
  return Math.sign(x) * (1 - erfc);
}

const phi = (z: number): number => 0.5 * (1 + erf(z / Math.SQRT2));

function fact(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 170) throw new CalcError(`fact needs a whole number from 0 to 170, not ${n}`);
  let r = 1;
  for (let k = 2; k <= n; k++) r *= k;
  return r;
}

function choose(n: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(k) || n < 0) throw new CalcError(`choose needs whole numbers, not ${n}, ${k}`);
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) r = (r * (n - i + 1)) / i;
  return Math.round(r);
}

const vec = (args: CalcValue[], name: string, i = 0): Vec => asVector(args[i]!, `${name}'s argument ${i + 1}`);
const num = (args: CalcValue[], name: string, i = 0): number => asNumber(args[i]!, `${name}'s argument ${i + 1}`);
/**
 * Applies a function of one number to argument `i`, entry by entry when it is a vector:
 * binompmf(range(0, 10), 10, 0.5) is the whole pmf.
 */
const first = (args: CalcValue[], name: string, f: (x: number) => number, i = 0): CalcValue => {
  const v = args[i]!;
  return isVector(v) ? v.map(f) : f(asNumber(v, `${name}'s argument ${i + 1}`));
};
const sum = (v: Vec): number => v.reduce((a, b) => a + b, 0);
const mean = (v: Vec): number => sum(v) / v.length;
const sameLength = (u: Vec, v: Vec, name: string): void => {
  if (u.length !== v.length) throw new CalcError(`${name} needs vectors of the same length, not ${u.length} and ${v.length}`);
};
const cov = (x: Vec, y: Vec): number => {
  const mx = mean(x), my = mean(y);
  return mean(x.map((xi, i) => (xi - mx) * (y[i]! - my)));
};
const logsumexp = (v: Vec): number => {
  const m = Math.max(...v);
  return m + Math.log(sum(v.map((x) => Math.exp(x - m))));
};
/** Σ p log(p/q) style sums with the convention 0 log 0 = 0. */
const plogq = (p: Vec, q: Vec): number => sum(p.map((pi, i) => (pi === 0 ? 0 : pi * Math.log(q[i]!))));

const unary = (f: (x: number) => number): Builtin => (args, name) => {
  if (args.length !== 1) throw new CalcError(`${name} takes one argument`);
  return mapNumbers(args[0]!, f, name);
};

const scalarFns: [string, (x: number) => number][] = [
  ['log', Math.log],
  ['log2', Math.log2],
  ['log10', Math.log10],
  ['floor', Math.floor],
  ['ceil', Math.ceil],
  ['round', Math.round],
  ['erf', erf],
  ['phi', phi],
];

/** name → implementation. */
export const BUILTINS = new Map<string, Builtin>();
for (const def of FUNCTIONS.values()) if (def.arity === 1) BUILTINS.set(def.name, unary((x) => def.apply(x, 0)));
for (const [name, f] of scalarFns) BUILTINS.set(name, unary(f));

const table: [string, Builtin][] = [
  ['min', (a, n) => (a.length === 1 ? Math.min(...vec(a, n)) : Math.min(num(a, n, 0), num(a, n, 1)))],
  ['max', (a, n) => (a.length === 1 ? Math.max(...vec(a, n)) : Math.max(num(a, n, 0), num(a, n, 1)))],
  ['argmax', (a, n) => { const v = vec(a, n); return v.indexOf(Math.max(...v)) + 1; }],
  ['argmin', (a, n) => { const v = vec(a, n); return v.indexOf(Math.min(...v)) + 1; }],
  ['choose', (a, n) => first(a, n, (k) => choose(num(a, n, 0), k), 1)],
  ['fact', (a, n) => first(a, n, fact)],
  ['normpdf', (a, n) => { const [x, m, s] = [num(a, n, 0), num(a, n, 1), num(a, n, 2)]; return Math.exp(-(((x - m) / s) ** 2) / 2) / (s * Math.sqrt(2 * Math.PI)); }],
  ['normcdf', (a, n) => phi((num(a, n, 0) - num(a, n, 1)) / num(a, n, 2))],
  ['binompmf', (a, n) => { const [m, p] = [num(a, n, 1), num(a, n, 2)]; return first(a, n, (k) => choose(m, k) * p ** k * (1 - p) ** (m - k)); }],
  ['len', (a, n) => vec(a, n).length],
  ['sum', (a, n) => sum(vec(a, n))],
  ['prod', (a, n) => vec(a, n).reduce((x, y) => x * y, 1)],
  ['mean', (a, n) => mean(vec(a, n))],
  ['var', (a, n) => { const v = vec(a, n); return cov(v, v); }],
  ['std', (a, n) => { const v = vec(a, n); return Math.sqrt(cov(v, v)); }],
  ['svar', (a, n) => { const v = vec(a, n); return (cov(v, v) * v.length) / (v.length - 1); }],
  ['sstd', (a, n) => { const v = vec(a, n); return Math.sqrt((cov(v, v) * v.length) / (v.length - 1)); }],
  ['dot', (a, n) => { const [u, v] = [vec(a, n, 0), vec(a, n, 1)]; sameLength(u, v, n); return sum(u.map((x, i) => x * v[i]!)); }],
  ['norm', (a, n) => Math.hypot(...vec(a, n))],
  ['norm1', (a, n) => sum(vec(a, n).map(Math.abs))],
  ['norminf', (a, n) => Math.max(...vec(a, n).map(Math.abs))],
  ['softmax', (a, n) => { const t = a.length > 1 ? num(a, n, 1) : 1; const v = vec(a, n).map((x) => x / t); const l = logsumexp(v); return v.map((x) => Math.exp(x - l)); }],
  ['logsumexp', (a, n) => logsumexp(vec(a, n))],
  ['cumsum', (a, n) => { let s = 0; return vec(a, n).map((x) => (s += x)); }],
  ['cumprod', (a, n) => { let s = 1; return vec(a, n).map((x) => (s *= x)); }],
  ['diag', (a, n) => { const v = a[0]!; return isMatrix(v) ? v.map((row, i) => row[i] ?? NaN) : vec(a, n).map((x, i, all) => all.map((_, j) => (i === j ? x : 0))); }],
  ['fro', (a, n) => Math.hypot(...asMatrix(a[0]!, n).flat())],
  ['outer', (a, n) => { const [u, v] = [vec(a, n, 0), vec(a, n, 1)]; return u.map((x) => v.map((y) => x * y)); }],
  ['entropy', (a, n) => -plogq(vec(a, n), vec(a, n))],
  ['entropy2', (a, n) => -plogq(vec(a, n), vec(a, n)) / Math.LN2],
  ['xent', (a, n) => { const [p, q] = [vec(a, n, 0), vec(a, n, 1)]; sameLength(p, q, n); return -plogq(p, q); }],
  ['kl', (a, n) => { const [p, q] = [vec(a, n, 0), vec(a, n, 1)]; sameLength(p, q, n); return plogq(p, p) - plogq(p, q); }],
  ['cov', (a, n) => { const [x, y] = [vec(a, n, 0), vec(a, n, 1)]; sameLength(x, y, n); return cov(x, y); }],
  ['corr', (a, n) => { const [x, y] = [vec(a, n, 0), vec(a, n, 1)]; sameLength(x, y, n); return cov(x, y) / Math.sqrt(cov(x, x) * cov(y, y)); }],
  ['range', (a, n) => { const [lo, hi] = [num(a, n, 0), num(a, n, 1)]; if (hi - lo > 10000) throw new CalcError('range: at most 10000 entries'); return Array.from({ length: Math.max(0, Math.floor(hi - lo) + 1) }, (_, i) => lo + i); }],
  ['linspace', (a, n) => { const [lo, hi, k] = [num(a, n, 0), num(a, n, 1), num(a, n, 2)]; if (!(k >= 2 && k <= 10000)) throw new CalcError('linspace: 2 to 10000 points'); return Array.from({ length: k }, (_, i) => lo + ((hi - lo) * i) / (k - 1)); }],
  ['concat', (a, n) => a.flatMap((v, i) => (isNumber(v) ? [v] : asVector(v, `${n}'s argument ${i + 1}`)))],
  ['T', (a, n) => { const v = a[0]!; return isVector(v) ? [v] : la.transpose(asMatrix(v, n)); }],
  ['det', (a, n) => la.det(asMatrix(a[0]!, n))],
  ['inv', (a, n) => la.inv(asMatrix(a[0]!, n))],
  ['trace', (a, n) => { const m = asMatrix(a[0]!, n); return sum(m.map((row, i) => row[i] ?? 0)); }],
  ['rank', (a, n) => la.rank(asMatrix(a[0]!, n))],
  ['eye', (a, n) => la.eye(num(a, n))],
  ['solve', (a, n) => la.solve(asMatrix(a[0]!, n), vec(a, n, 1))],
  ['eig', (a, n) => la.eigenvalues(asMatrix(a[0]!, n))],
  ['eigvecs', (a, n) => la.eigenvectors(asMatrix(a[0]!, n))],
  ['sv', (a, n) => la.singularValues(asMatrix(a[0]!, n))],
  ['cond', (a, n) => { const s = la.singularValues(asMatrix(a[0]!, n)); return s[0]! / s[s.length - 1]!; }],
  ['row', (a, n) => { const m = asMatrix(a[0]!, n); const i = num(a, n, 1); const r = m[i - 1]; if (!r) throw new CalcError(`row ${i} does not exist`); return [...r]; }],
  ['col', (a, n) => { const m = asMatrix(a[0]!, n); const j = num(a, n, 1); if (!(j >= 1 && j <= m[0]!.length)) throw new CalcError(`column ${j} does not exist`); return m.map((r) => r[j - 1]!); }],
];
for (const [name, f] of table) BUILTINS.set(name, f);

/** Whether a value is a matrix; re-exported for the evaluator's product rule. */
export { isMatrix };
