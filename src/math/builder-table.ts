/**
 * The hash-consing table of a builder, and the pure helpers its rules read terms with.
 *
 * Within one table, structurally equal nodes are the same object: a node is made once per key,
 * where the key names its kind and the ids of its children. Equality is then identity, and memo
 * tables can be keyed by identity.
 */
import { type BinaryNode, type BinaryOp, type Expr } from './ast';

/** Interned nodes with stable ids. */
export interface NodeTable {
  /** The node for `key`, made by `make` the first time the key is seen. */
  intern(key: string, make: () => Expr): Expr;
  /** The id of a node; a node from elsewhere is first rebuilt into the table by `adopt`. */
  id(e: Expr): number;
  /** The interned binary node left op right, with no rule applied. */
  bin(op: BinaryOp, left: Expr, right: Expr): Expr;
}

/** A new, empty table. `adopt` rebuilds a foreign node into it (the builder's simplify). */
export function createTable(adopt: (e: Expr) => Expr): NodeTable {
  const table = new Map<string, Expr>();
  const ids = new Map<Expr, number>();
  const intern = (key: string, make: () => Expr): Expr => {
    let node = table.get(key);
    if (node === undefined) {
      node = make();
      table.set(key, node);
      ids.set(node, ids.size);
    }
    return node;
  };
  const id = (e: Expr): number => ids.get(e) ?? ids.get(adopt(e))!;
  const bin = (op: BinaryOp, left: Expr, right: Expr): Expr => intern(`${op}${id(left)},${id(right)}`, (): BinaryNode => ({ type: 'bin', op, left, right }));
  return { intern, id, bin };
}

/** The numeric value of a number or a negated number, else undefined. */
export function numericValue(e: Expr): number | undefined {
  if (e.type === 'num') return e.value;
  if (e.type === 'neg' && e.arg.type === 'num') return -e.arg.value;
  return undefined;
}

/** True for short exact decimals such as 0.25 or 1e-3, false for 0.3333333333333333. */
export const isShort = (r: number): boolean => Number.isFinite(r) && (Number.isInteger(r) ? Math.abs(r) < 1e15 : String(r).length <= 12);

/** Whether e is a binary node with operator op. */
export const isBin = <O extends BinaryOp>(e: Expr, op: O): e is BinaryNode & { readonly op: O } => e.type === 'bin' && e.op === op;

/** Split c·r into [c, r] so that like terms can be collected. */
export const coefficient = (e: Expr): [number, Expr] => {
  const c = isBin(e, '*') ? numericValue(e.left) : undefined;
  return c !== undefined && isBin(e, '*') ? [c, e.right] : [1, e];
};

/** If e is p ± number, return [p, ±number]. */
export const splitOffset = (e: Expr): [Expr, number] | undefined => {
  if (e.type !== 'bin' || (e.op !== '+' && e.op !== '-')) return undefined;
  const c = numericValue(e.right);
  return c === undefined ? undefined : [e.left, e.op === '+' ? c : -c];
};

/** Split p^k (numeric k) into [p, k]; anything else is p^1. */
export const powerOf = (e: Expr): [Expr, number | undefined] => (isBin(e, '^') ? [e.left, numericValue(e.right)] : [e, 1]);
