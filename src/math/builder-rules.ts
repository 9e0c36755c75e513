/**
 * The local rules of the simplifying builder, one named step per operator family. Each step
 * makes its constructors over a node table and the builder they belong to (`B`, complete by the
 * time any constructor runs), so the rules can call one another across families. Every rule either
 * shrinks the tree or moves a sign or number outward, so building always terminates.
 */
import { type Expr, type NumberNode } from './ast';
import { type Builder } from './builder-types';
import { coefficient, isBin, isShort, numericValue, powerOf, splitOffset, type NodeTable } from './builder-table';
import { FUNCTIONS } from './functions';

/** Numbers and negation: -0 loses its sign, negative numbers become neg(num), --a → a, -(a - b) → b - a. */
export function signRules(t: NodeTable, B: Builder): Pick<Builder, 'num' | 'neg'> {
  const num = (value: number): Expr => {
    if (value < 0) return B.neg(num(-value));
    const v = value === 0 ? 0 : value; // drop the sign of -0
    return t.intern(`n${v}`, (): NumberNode => ({ type: 'num', value: v }));
  };
  const neg = (a: Expr): Expr => {
    if (a.type === 'neg') return a.arg;
    if (a.type === 'num' && a.value === 0) return a;
    if (isBin(a, '-')) return B.sub(a.right, a.left); // -(a - b) = b - a
    return t.intern(`~${t.id(a)}`, () => ({ type: 'neg', arg: a }));
  };
  return { num, neg };
}

/** Sums: folded numbers, 0 dropped, a + -b → a - b, like terms collected (x + x → 2x), (x + 1) + 2 → x + 3. */
export function sumRules(t: NodeTable, B: Builder): Pick<Builder, 'add' | 'sub'> {
  /** p + c for a number c, written p + c or p - |c|. */
  const offset = (p: Expr, c: number): Expr => (c === 0 ? p : c > 0 ? t.bin('+', p, B.num(c)) : t.bin('-', p, B.num(-c)));
  /** a + s·b for s = ±1: one body for both add and sub. */
  const sum = (a: Expr, b: Expr, s: 1 | -1): Expr => {
    const va = numericValue(a);
    const vb = numericValue(b);
    if (va !== undefined && vb !== undefined && Number.isFinite(va + s * vb)) return B.num(va + s * vb);
    if (vb === 0) return a;
    if (va === 0) return s > 0 ? b : B.neg(b);
    if (b.type === 'neg') return sum(a, b.arg, s > 0 ? -1 : 1);
    if (a.type === 'neg' && s > 0) return sum(b, a.arg, -1); // -a + b → b - a
    const [ca, ra] = coefficient(a);
    const [cb, rb] = coefficient(b);
    if (ra === rb && va === undefined) return B.mul(B.num(ca + s * cb), ra);
    const inner = splitOffset(a);
    if (inner !== undefined && vb !== undefined && Number.isFinite(inner[1] + s * vb)) {
      return offset(inner[0], inner[1] + s * vb); // (x + 1) + 2 → x + 3
    }
    return t.bin(s > 0 ? '+' : '-', a, b);
  };
  return { add: (a, b) => sum(a, b, 1), sub: (a, b) => sum(a, b, -1) };
}

/** Products: folded numbers, 0 and 1 identities, signs and numbers to the front, x·x → x^2, x·x^2 → x^3, fractions outward. */
export function productRules(t: NodeTable, B: Builder): Pick<Builder, 'mul'> {
  /**
   * c·e with c folded into the number that leads the product chain e = ((f·g)·h)·...,
   * or placed in front of it, so a product keeps one coefficient, first, read left to right.
   */
  const scale = (k: number, e: Expr): Expr => {
    const v = numericValue(e);
    if (v !== undefined && Number.isFinite(k * v)) return B.num(k * v);
    if (k === 1) return e;
    if (isBin(e, '*')) return mul(scale(k, e.left), e.right);
    if (isBin(e, '/')) return B.div(scale(k, e.left), e.right);
    return t.bin('*', B.num(k), e);
  };
  const mul = (a: Expr, b: Expr): Expr => {
    const va = numericValue(a);
    const vb = numericValue(b);
    if (va !== undefined && vb !== undefined && Number.isFinite(va * vb)) return B.num(va * vb);
    if (va === 0 || vb === 0) return B.num(0);
    if (va === 1) return b;
    if (vb === 1) return a;
    if (a.type === 'neg') return B.neg(mul(a.arg, b));
    if (b.type === 'neg') return B.neg(mul(a, b.arg));
    if (vb !== undefined) return scale(vb, a); // numbers first: x·y·2 → 2·x·y
    if (va !== undefined) return scale(va, b); // 2·(3·x·y) → 6·x·y
    if (isBin(b, '*') && numericValue(b.left) !== undefined) {
      return scale(numericValue(b.left)!, mul(a, b.right)); // a·(2r) → 2·a·r
    }
    if (a === b) return B.pow(a, B.num(2));
    const [pa, ka] = powerOf(a);
    const [pb, kb] = powerOf(b);
    if (pa === pb && ka !== undefined && kb !== undefined) return B.pow(pa, B.num(ka + kb)); // x·x^2 → x^3
    if (isBin(a, '/')) return B.div(mul(a.left, b), a.right); // (p/q)·b → (p·b)/q
    if (isBin(b, '/')) return B.div(mul(a, b.left), b.right);
    return t.bin('*', a, b);
  };
  return { mul };
}

/** Quotients: short exact decimals folded, u/u → 1, coefficients divided (2x/4 → 0.5x), nested fractions flattened. */
export function quotientRules(t: NodeTable, B: Builder): Pick<Builder, 'div'> {
  const div = (a: Expr, b: Expr): Expr => {
    const va = numericValue(a);
    const vb = numericValue(b);
    if (va !== undefined && vb !== undefined && isShort(va / vb) && (va / vb) * vb === va) return B.num(va / vb);
    if (vb === 1) return a;
    if (va === 0 && vb !== 0) return a;
    if (a.type === 'neg') return B.neg(div(a.arg, b));
    if (b.type === 'neg') return B.neg(div(a, b.arg));
    if (a === b) return B.num(1);
    const [c, r] = coefficient(a);
    if (vb !== undefined && c !== 1 && isShort(c / vb)) return B.mul(B.num(c / vb), r); // (2x)/4 → 0.5x
    const [cb, rb] = coefficient(b);
    if (c !== 1 && cb !== 1 && vb === undefined && isShort(c / cb)) return div(B.mul(B.num(c / cb), r), rb); // 2x/(2y) → x/y
    if (isBin(a, '/')) return div(a.left, B.mul(a.right, b)); // (p/q)/b → p/(q·b)
    if (isBin(b, '/')) return div(B.mul(a, b.right), b.left); // a/(p/q) → (a·q)/p
    return t.bin('/', a, b);
  };
  return { div };
}

/** Powers: short exact results folded, x^0 → 1, 1^u → 1, x^1 → x, 0^k → 0 for k > 0, x^-1 → 1/x. */
export function powerRules(t: NodeTable, B: Builder): Pick<Builder, 'pow'> {
  const pow = (a: Expr, b: Expr): Expr => {
    const va = numericValue(a);
    const vb = numericValue(b);
    if (va !== undefined && vb !== undefined && isShort(va ** vb)) return B.num(va ** vb);
    if (vb === 0 || va === 1) return B.num(1);
    if (vb === 1) return a;
    if (va === 0 && vb !== undefined && vb > 0) return B.num(0);
    if (vb === -1) return B.div(B.num(1), a);
    return t.bin('^', a, b);
  };
  return { pow };
}

/** Calls: folded only to integers (sin(0) → 0, ln(e) → 1, cos(pi) → -1), so sqrt(2) stays. */
export function callRules(t: NodeTable, B: Builder): Pick<Builder, 'call'> {
  const call = (name: string, args: readonly Expr[]): Expr => {
    const values = args.map((a) => (a.type === 'const' ? (a.name === 'pi' ? Math.PI : Math.E) : numericValue(a)));
    const f = FUNCTIONS.get(name);
    if (f !== undefined && values.every((v) => v !== undefined)) {
      const r = f.apply(values[0]!, values[1] ?? 0);
      if (Number.isInteger(r) && Math.abs(r) < 1e15) return B.num(r);
    }
    return t.intern(`${name}(${args.map(t.id).join(',')}`, () => ({ type: 'call', name, args }));
  };
  return { call };
}
