/**
 * The syntax tree of the expression language.
 *
 * Trees are plain, immutable data: a figure can keep them, compare them, send them to a Worker.
 * Two invariants keep printing and parsing exact inverses of each other:
 * - a `num` is finite and never negative: "-2" is `neg(num 2)`, so the tree says what was typed;
 * - parentheses leave no node behind: "(x)" and "x" give the same tree.
 *
 * Trees returned by `simplify` and `derivative` may share subtrees (they are DAGs); treat every
 * node as read-only.
 */

/** The binary operators, in the spelling of the plain-text syntax. */
export type BinaryOp = '+' | '-' | '*' | '/' | '^';

/** The named constants: pi = 3.14159..., e = 2.71828... */
export type ConstantName = 'pi' | 'e';

/** A finite, non-negative number literal such as 2, 0.5 or 1e-3. */
export interface NumberNode {
  readonly type: 'num';
  readonly value: number;
}

/** A named constant (pi or e). */
export interface ConstantNode {
  readonly type: 'const';
  readonly name: ConstantName;
}

/** A variable such as x, w1, x_1 or theta. */
export interface VariableNode {
  readonly type: 'var';
  readonly name: string;
}

/** Unary minus: -arg. */
export interface NegNode {
  readonly type: 'neg';
  readonly arg: Expr;
}

/** A binary operation left op right; ^ is exponentiation. */
export interface BinaryNode {
  readonly type: 'bin';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}

/** A call of a built-in function, such as sin(x) or atan2(y, x). */
export interface CallNode {
  readonly type: 'call';
  readonly name: string;
  readonly args: readonly Expr[];
}

/** Any node of the syntax tree. */
export type Expr = NumberNode | ConstantNode | VariableNode | NegNode | BinaryNode | CallNode;

/** A number literal. The caller keeps the invariant (finite, not negative). */
export const num = (value: number): NumberNode => ({ type: 'num', value });

/** A named constant. */
export const constant = (name: ConstantName): ConstantNode => ({ type: 'const', name });

/** A variable reference. */
export const variable = (name: string): VariableNode => ({ type: 'var', name });

/** Unary minus, without simplification. */
export const neg = (arg: Expr): NegNode => ({ type: 'neg', arg });

/** A binary operation, without simplification. */
export const binary = (op: BinaryOp, left: Expr, right: Expr): BinaryNode => ({ type: 'bin', op, left, right });

/** A function call, without simplification. */
export const call = (name: string, args: readonly Expr[]): CallNode => ({ type: 'call', name, args });

/** The children of a node, left to right. */
export function children(e: Expr): readonly Expr[] {
  switch (e.type) {
    case 'neg':
      return [e.arg];
    case 'bin':
      return [e.left, e.right];
    case 'call':
      return e.args;
    default:
      return [];
  }
}

/**
 * Structural equality: same shape, same operators, same names, same numbers.
 * Shared subtrees compare in constant time (identity is checked first).
 */
export function equal(a: Expr, b: Expr): boolean {
  if (a === b) return true;
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'num':
      return a.value === (b as NumberNode).value;
    case 'const':
    case 'var':
      return a.name === (b as VariableNode | ConstantNode).name;
    case 'neg':
      return equal(a.arg, (b as NegNode).arg);
    case 'bin': {
      const c = b as BinaryNode;
      return a.op === c.op && equal(a.left, c.left) && equal(a.right, c.right);
    }
    case 'call': {
      const c = b as CallNode;
      return a.name === c.name && a.args.length === c.args.length && a.args.every((x, i) => equal(x, c.args[i]!));
    }
  }
}

/**
 * The number of nodes the tree would have if shared subtrees were copied out, which is what a
 * printer writes. Memoised by identity, so it is linear in the size of the DAG.
 */
export function expandedSize(e: Expr, memo: Map<Expr, number> = new Map()): number {
  const known = memo.get(e);
  if (known !== undefined) return known;
  let n = 1;
  for (const c of children(e)) n += expandedSize(c, memo);
  memo.set(e, n);
  return n;
}
