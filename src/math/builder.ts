/**
 * A simplifying, hash-consing tree builder: the simplifier and the differentiator build every
 * node through it.
 *
 * Hash-consing: within one builder, structurally equal nodes are the same object. Equality is
 * then identity, memo tables are keyed by identity, and a derivative that mentions f three times
 * holds one f, so derivatives of derivatives stay linear in size instead of growing
 * exponentially.
 *
 * Each constructor applies local rules that give the form a person would write:
 * constants folded, 0 and 1 identities removed, x^1 → x, x^0 → 1, --x → x, a + -b → a - b,
 * a·(-1) → -a, x + x → 2x, x·x → x^2, numbers to the front of products. Every rule either
 * shrinks the tree or moves a sign or number outward, so building always terminates.
 * Like a computer-algebra system, the rules assume finite operands: 0·u → 0 and u/u → 1 even
 * where u is infinite or zero. Folding keeps decimals readable: + - · fold whenever the result
 * is finite; / and ^ fold only to short exact decimals (1/4 → 0.25, 1/3 stays), functions only to
 * integers (sin(0) → 0, sqrt(2) stays).
 */
import { type BinaryNode, type BinaryOp, type Expr, type NumberNode } from './ast';
import { FUNCTIONS } from './functions';

/** The simplifying constructors. Nodes from one builder may be freely combined. */
export interface Builder {
  /** A number; negative values become neg(num). */
  num(value: number): Expr;
  /** -a */
  neg(a: Expr): Expr;
  /** a + b */
  add(a: Expr, b: Expr): Expr;
  /** a - b */
  sub(a: Expr, b: Expr): Expr;
  /** a · b */
  mul(a: Expr, b: Expr): Expr;
  /** a / b */
  div(a: Expr, b: Expr): Expr;
  /** a ^ b */
  pow(a: Expr, b: Expr): Expr;
  /** A built-in function call. */
  call(name: string, args: readonly Expr[]): Expr;
  /** Rebuild any tree through the rules above (memoised by identity). */
  simplify(e: Expr): Expr;
}

/** The numeric value of a number or a negated number, else undefined. */
export function numericValue(e: Expr): number | undefined {
  if (e.type === 'num') return e.value;
  if (e.type === 'neg' && e.arg.type === 'num') return -e.arg.value;
  return undefined;
}

/** True for short exact decimals such as 0.25 or 1e-3, false for 0.3333333333333333. */
const isShort = (r: number): boolean =>
  Number.isFinite(r) && (Number.isInteger(r) ? Math.abs(r) < 1e15 : String(r).length <= 12);

/** Create a builder with its own hash-consing table. */
export function createBuilder(): Builder {
  const table = new Map<string, Expr>();
  const ids = new Map<Expr, number>();
  const simplified = new Map<Expr, Expr>();

  const intern = <T extends Expr>(key: string, make: () => T): Expr => {
    let node = table.get(key);
    if (node === undefined) {
      node = make();
      table.set(key, node);
      ids.set(node, ids.size);
    }
    return node;
  };
  const id = (e: Expr): number => ids.get(e) ?? ids.get(simplify(e))!;
  const bin = (op: BinaryOp, left: Expr, right: Expr): Expr =>
    intern(`${op}${id(left)},${id(right)}`, (): BinaryNode => ({ type: 'bin', op, left, right }));
  const isBin = <O extends BinaryOp>(e: Expr, op: O): e is BinaryNode & { readonly op: O } =>
    e.type === 'bin' && e.op === op;

  const num = (value: number): Expr => {
    if (value < 0) return neg(num(-value));
    const v = value === 0 ? 0 : value; // drop the sign of -0
    return intern(`n${v}`, (): NumberNode => ({ type: 'num', value: v }));
  };
  /** Split c·r into [c, r] so that like terms can be collected. */
  const coefficient = (e: Expr): [number, Expr] => {
    const c = isBin(e, '*') ? numericValue(e.left) : undefined;
    return c !== undefined && isBin(e, '*') ? [c, e.right] : [1, e];
  };
  /** p + c for a number c, written p + c or p - |c|. */
  const offset = (p: Expr, c: number): Expr => (c === 0 ? p : c > 0 ? bin('+', p, num(c)) : bin('-', p, num(-c)));
  /** If e is p ± number, return [p, ±number]. */
  const splitOffset = (e: Expr): [Expr, number] | undefined => {
    if (e.type !== 'bin' || (e.op !== '+' && e.op !== '-')) return undefined;
    const c = numericValue(e.right);
    return c === undefined ? undefined : [e.left, e.op === '+' ? c : -c];
  };

  function neg(a: Expr): Expr {
    if (a.type === 'neg') return a.arg;
    if (a.type === 'num' && a.value === 0) return a;
    if (isBin(a, '-')) return sub(a.right, a.left); // -(a - b) = b - a
    return intern(`~${id(a)}`, () => ({ type: 'neg', arg: a }));
  }

  /** a + s·b for s = ±1: one body for both add and sub. */
  function sum(a: Expr, b: Expr, s: 1 | -1): Expr {
    const va = numericValue(a);
    const vb = numericValue(b);
    if (va !== undefined && vb !== undefined && Number.isFinite(va + s * vb)) return num(va + s * vb);
    if (vb === 0) return a;
    if (va === 0) return s > 0 ? b : neg(b);
    if (b.type === 'neg') return sum(a, b.arg, s > 0 ? -1 : 1);
    if (a.type === 'neg' && s > 0) return sub(b, a.arg); // -a + b → b - a
    const [ca, ra] = coefficient(a);
    const [cb, rb] = coefficient(b);
    if (ra === rb && va === undefined) return mul(num(ca + s * cb), ra);
    const inner = splitOffset(a);
    if (inner !== undefined && vb !== undefined && Number.isFinite(inner[1] + s * vb)) {
      return offset(inner[0], inner[1] + s * vb); // (x + 1) + 2 → x + 3
    }
    return bin(s > 0 ? '+' : '-', a, b);
  }
  const add = (a: Expr, b: Expr): Expr => sum(a, b, 1);
  const sub = (a: Expr, b: Expr): Expr => sum(a, b, -1);

  function mul(a: Expr, b: Expr): Expr {
    const va = numericValue(a);
    const vb = numericValue(b);
    if (va !== undefined && vb !== undefined && Number.isFinite(va * vb)) return num(va * vb);
    if (va === 0 || vb === 0) return num(0);
    if (va === 1) return b;
    if (vb === 1) return a;
    if (a.type === 'neg') return neg(mul(a.arg, b));
    if (b.type === 'neg') return neg(mul(a, b.arg));
    if (vb !== undefined) return scale(vb, a); // numbers first: x·y·2 → 2·x·y
    if (va !== undefined) return scale(va, b); // 2·(3·x·y) → 6·x·y
    if (isBin(b, '*') && numericValue(b.left) !== undefined) {
      return scale(numericValue(b.left)!, mul(a, b.right)); // a·(2r) → 2·a·r
    }
    if (a === b) return pow(a, num(2));
    const [pa, ka] = powerOf(a);
    const [pb, kb] = powerOf(b);
    if (pa === pb && ka !== undefined && kb !== undefined) return pow(pa, num(ka + kb)); // x·x^2 → x^3
    if (isBin(a, '/')) return div(mul(a.left, b), a.right); // (p/q)·b → (p·b)/q
    if (isBin(b, '/')) return div(mul(a, b.left), b.right);
    return bin('*', a, b);
  }
  /**
   * c·e with c folded into the number that leads the product chain e = ((f·g)·h)·...,
   * or placed in front of it, so a product keeps one coefficient, first, read left to right.
   */
  function scale(c: Expr | number, e: Expr): Expr {
    const k = typeof c === 'number' ? c : numericValue(c)!;
    const v = numericValue(e);
    if (v !== undefined && Number.isFinite(k * v)) return num(k * v);
    if (k === 1) return e;
    if (isBin(e, '*')) return mul(scale(k, e.left), e.right);
    if (isBin(e, '/')) return div(scale(k, e.left), e.right);
    return bin('*', num(k), e);
  }

  /** Split p^k (numeric k) into [p, k]; anything else is p^1. */
  const powerOf = (e: Expr): [Expr, number | undefined] =>
    isBin(e, '^') ? [e.left, numericValue(e.right)] : [e, 1];

  function div(a: Expr, b: Expr): Expr {
    const va = numericValue(a);
    const vb = numericValue(b);
    if (va !== undefined && vb !== undefined && isShort(va / vb) && (va / vb) * vb === va) return num(va / vb);
    if (vb === 1) return a;
    if (va === 0 && vb !== 0) return a;
    if (a.type === 'neg') return neg(div(a.arg, b));
    if (b.type === 'neg') return neg(div(a, b.arg));
    if (a === b) return num(1);
    const [c, r] = coefficient(a);
    if (vb !== undefined && c !== 1 && isShort(c / vb)) return mul(num(c / vb), r); // (2x)/4 → 0.5x
    const [cb, rb] = coefficient(b);
    if (c !== 1 && cb !== 1 && vb === undefined && isShort(c / cb)) return div(mul(num(c / cb), r), rb); // 2x/(2y) → x/y
    if (isBin(a, '/')) return div(a.left, mul(a.right, b)); // (p/q)/b → p/(q·b)
    if (isBin(b, '/')) return div(mul(a, b.right), b.left); // a/(p/q) → (a·q)/p
    return bin('/', a, b);
  }

  function pow(a: Expr, b: Expr): Expr {
    const va = numericValue(a);
    const vb = numericValue(b);
    if (va !== undefined && vb !== undefined && isShort(va ** vb)) return num(va ** vb);
    if (vb === 0 || va === 1) return num(1);
    if (vb === 1) return a;
    if (va === 0 && vb !== undefined && vb > 0) return num(0);
    if (vb === -1) return div(num(1), a);
    return bin('^', a, b);
  }

  function call(name: string, args: readonly Expr[]): Expr {
    // Fold to integers only: sin(0) → 0, ln(e) → 1, cos(pi) → -1, but sqrt(2) stays.
    const values = args.map((a) => (a.type === 'const' ? (a.name === 'pi' ? Math.PI : Math.E) : numericValue(a)));
    const f = FUNCTIONS.get(name);
    if (f !== undefined && values.every((v) => v !== undefined)) {
      const r = f.apply(values[0]!, values[1] ?? 0);
      if (Number.isInteger(r) && Math.abs(r) < 1e15) return num(r);
    }
    return intern(`${name}(${args.map(id).join(',')}`, () => ({ type: 'call', name, args }));
  }

  const byOp: Record<BinaryOp, (a: Expr, b: Expr) => Expr> = { '+': add, '-': sub, '*': mul, '/': div, '^': pow };

  function simplify(e: Expr): Expr {
    const known = simplified.get(e);
    if (known !== undefined) return known;
    let r: Expr;
    switch (e.type) {
      case 'num':
        r = num(e.value);
        break;
      case 'const':
        r = intern(`c${e.name}`, () => ({ type: 'const', name: e.name }));
        break;
      case 'var':
        r = intern(`v${e.name}`, () => ({ type: 'var', name: e.name }));
        break;
      case 'neg':
        r = neg(simplify(e.arg));
        break;
      case 'bin': {
        const a = simplify(e.left);
        const b = simplify(e.right);
        r = byOp[e.op](a, b);
        break;
      }
      case 'call':
        r = call(e.name, e.args.map(simplify));
        break;
    }
    simplified.set(e, r);
    simplified.set(r, r);
    return r;
  }

  return {
    num,
    neg,
    add,
    sub,
    mul,
    div,
    pow,
    call,
    simplify,
  };
}

/** Simplify a tree: the same function, in the form a person would write. */
export function simplify(e: Expr): Expr {
  return createBuilder().simplify(e);
}
