/**
 * Exact symbolic differentiation, for any variable and any order.
 *
 * Each rule builds its result through the simplifying builder, so derivatives come out in the
 * form a person would write (d/dx x^2 = 2x, not 2·x^1·1), and through hash-consing, so the
 * result shares subtrees with the function and higher orders stay linear in size.
 * The local derivatives of the built-in functions, and the conventions at kinks (relu, abs,
 * sign, step, min, max), live beside their definitions in functions.ts.
 */
import { type Expr } from './ast';
import { type Builder, createBuilder } from './builder';
import { FUNCTIONS } from './functions';

/** d/dv of a tree built by the builder this differentiator was made with. */
export type Differentiator = (e: Expr, v: string) => Expr;

/** A memoised differentiator over builder `s`: each node is differentiated once per variable. */
export function createDifferentiator(s: Builder): Differentiator {
  const memos = new Map<string, Map<Expr, Expr>>();
  const zero = s.num(0);

  const d = (e: Expr, v: string): Expr => {
    let memo = memos.get(v);
    if (memo === undefined) memos.set(v, (memo = new Map()));
    let r = memo.get(e);
    if (r === undefined) {
      r = rule(e, v);
      memo.set(e, r);
    }
    return r;
  };

  const rule = (e: Expr, v: string): Expr => {
    switch (e.type) {
      case 'num':
      case 'const':
        return zero;
      case 'var':
        return s.num(e.name === v ? 1 : 0);
      case 'neg':
        return s.neg(d(e.arg, v));
      case 'call': {
        const f = FUNCTIONS.get(e.name);
        if (f === undefined) return s.num(NaN); // not from parse: the compiler reads it as NaN too
        // Chain rule: Σ ∂f/∂u_i · du_i/dv, skipping arguments that do not depend on v (so that
        // a partial such as ln(a) in d/db a^b is never even built when it is not needed).
        let sum = zero;
        e.args.forEach((u, i) => {
          const du = d(u, v);
          if (du !== zero) sum = s.add(sum, s.mul(f.partial(s, e.args, i), du));
        });
        return sum;
      }
      case 'bin':
        return binaryRule(e.op, e.left, e.right, d(e.left, v), d(e.right, v));
    }
  };

  const binaryRule = (op: string, a: Expr, b: Expr, da: Expr, db: Expr): Expr => {
    switch (op) {
      case '+':
        return s.add(da, db);
      case '-':
        return s.sub(da, db);
      case '*': // (ab)' = a'b + ab'
        return s.add(s.mul(da, b), s.mul(a, db));
      case '/': // (a/b)' = (a'b - ab') / b², or a'/b when b is constant
        return db === zero ? s.div(da, b) : s.div(s.sub(s.mul(da, b), s.mul(a, db)), s.pow(b, s.num(2)));
      default: {
        // (a^b)' = b·a^(b-1)·a' for constant b; a^b·ln(a)·b' for constant a; else the sum of both
        // written as a^b·(b'·ln(a) + b·a'/a).
        if (db === zero) return s.mul(s.mul(b, s.pow(a, s.sub(b, s.num(1)))), da);
        const ab = s.pow(a, b);
        if (da === zero) return s.mul(s.mul(ab, s.call('ln', [a])), db);
        return s.mul(ab, s.add(s.mul(db, s.call('ln', [a])), s.div(s.mul(b, da), a)));
      }
    }
  };
  return d;
}

/**
 * The exact derivative of `e` with respect to `variable`, simplified; `order` times over.
 * The result may share subtrees with itself; treat it as read-only.
 */
export function derivative(e: Expr, variable: string, order = 1): Expr {
  const s = createBuilder();
  const d = createDifferentiator(s);
  let r = s.simplify(e);
  for (let k = 0; k < order; k++) r = d(r, variable);
  return r;
}
