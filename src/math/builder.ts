/**
 * A simplifying, hash-consing tree builder: the simplifier and the differentiator build every
 * node through it.
 *
 * Hash-consing: within one builder, structurally equal nodes are the same object. Equality is
 * then identity, memo tables are keyed by identity, and a derivative that mentions f three times
 * holds one f, so derivatives of derivatives stay linear in size instead of growing
 * exponentially.
 *
 * Each constructor applies local rules that give the form a person would write (builder-rules.ts):
 * constants folded, 0 and 1 identities removed, x^1 → x, x^0 → 1, --x → x, a + -b → a - b,
 * a·(-1) → -a, x + x → 2x, x·x → x^2, numbers to the front of products. Every rule either
 * shrinks the tree or moves a sign or number outward, so building always terminates.
 * Like a computer-algebra system, the rules assume finite operands: 0·u → 0 and u/u → 1 even
 * where u is infinite or zero. Folding keeps decimals readable: + - · fold whenever the result
 * is finite; / and ^ fold only to short exact decimals (1/4 → 0.25, 1/3 stays), functions only to
 * integers (sin(0) → 0, sqrt(2) stays).
 */
import { type BinaryOp, type Expr } from './ast';
import { callRules, powerRules, productRules, quotientRules, signRules, sumRules } from './builder-rules';
import { createTable, type NodeTable } from './builder-table';
import { type Builder } from './builder-types';

export type { Builder } from './builder-types';
export { numericValue } from './builder-table';

/** The last step: rebuild any tree bottom-up through the builder's constructors, memoised by identity. */
export function simplifier(t: NodeTable, B: Builder): (e: Expr) => Expr {
  const simplified = new Map<Expr, Expr>();
  const byOp: Record<BinaryOp, (a: Expr, b: Expr) => Expr> = { '+': B.add, '-': B.sub, '*': B.mul, '/': B.div, '^': B.pow };
  const simplify = (e: Expr): Expr => {
    const known = simplified.get(e);
    if (known !== undefined) return known;
    let r: Expr;
    switch (e.type) {
      case 'num':
        r = B.num(e.value);
        break;
      case 'const':
        r = t.intern(`c${e.name}`, () => ({ type: 'const', name: e.name }));
        break;
      case 'var':
        r = t.intern(`v${e.name}`, () => ({ type: 'var', name: e.name }));
        break;
      case 'neg':
        r = B.neg(simplify(e.arg));
        break;
      case 'bin':
        r = byOp[e.op](simplify(e.left), simplify(e.right));
        break;
      case 'call':
        r = B.call(e.name, e.args.map(simplify));
        break;
    }
    simplified.set(e, r);
    simplified.set(r, r);
    return r;
  };
  return simplify;
}

/** Create a builder with its own hash-consing table: the table, then each family of rules, then the simplifier. */
export function createBuilder(): Builder {
  const B = {} as Builder;
  const t = createTable((e) => B.simplify(e));
  Object.assign(B, signRules(t, B), sumRules(t, B), productRules(t, B), quotientRules(t, B), powerRules(t, B), callRules(t, B));
  B.simplify = simplifier(t, B);
  return B;
}

/** Simplify a tree: the same function, in the form a person would write. */
export function simplify(e: Expr): Expr {
  return createBuilder().simplify(e);
}
