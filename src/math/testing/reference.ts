/**
 * Test helpers (not part of the engine bundle): a naive recursive evaluator to check the
 * compiled evaluators against, the kink detector used to skip non-smooth points, central finite
 * differences, and a seeded random number generator.
 */
import { type Expr } from '../ast';
import { FUNCTIONS } from '../functions';

/** Evaluate a tree directly, by recursion, with variables from `scope` (missing → NaN). */
export function evaluate(e: Expr, scope: Readonly<Record<string, number>>): number {
  switch (e.type) {
    case 'num':
      return e.value;
    case 'const':
      return e.name === 'pi' ? Math.PI : Math.E;
    case 'var':
      return Object.hasOwn(scope, e.name) ? scope[e.name]! : NaN;
    case 'neg':
      return -evaluate(e.arg, scope);
    case 'bin': {
      const a = evaluate(e.left, scope);
      const b = evaluate(e.right, scope);
      return { '+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': Math.pow(a, b) }[e.op];
    }
    case 'call': {
      const args = e.args.map((a) => evaluate(a, scope));
      return FUNCTIONS.get(e.name)!.apply(args[0]!, args[1] ?? 0);
    }
  }
}

const KINKED = new Set(['abs', 'sign', 'step', 'relu', 'min', 'max']);

/**
 * The smallest distance to a kink at this point: for every abs, sign, step, relu argument, and
 * every min/max argument difference, its absolute value. Infinity if the tree has none.
 */
export function kinkDistance(e: Expr, scope: Readonly<Record<string, number>>): number {
  let d = Infinity;
  const walk = (n: Expr): void => {
    if (n.type === 'call' && KINKED.has(n.name)) {
      const [a, b] = n.args.map((u) => evaluate(u, scope));
      d = Math.min(d, Math.abs(n.args.length === 2 ? a! - b! : a!));
    }
    if (n.type === 'neg') walk(n.arg);
    else if (n.type === 'bin') [n.left, n.right].forEach(walk);
    else if (n.type === 'call') n.args.forEach(walk);
  };
  walk(e);
  return Number.isNaN(d) ? 0 : d;
}

/** Central difference (f(v + h) − f(v − h)) / 2h of `e` in variable `v` at `scope`. */
export function centralDifference(e: Expr, v: string, scope: Readonly<Record<string, number>>, h: number): number {
  const at = (t: number): number => evaluate(e, { ...scope, [v]: t });
  const x = scope[v]!;
  return (at(x + h) - at(x - h)) / (2 * h);
}

/** Mulberry32: a tiny seeded generator of uniform numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** |a − b| ≤ tol · max(1, |a|, |b|), with equal non-finite values counting as close. */
export function close(a: number, b: number, tol: number): boolean {
  if (Object.is(a, b)) return true;
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}
