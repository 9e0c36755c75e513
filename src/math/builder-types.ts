/**
 * The interface of the simplifying tree builder (builder.ts). It has a file of its own so that
 * the function table, whose derivative rules are written with a builder, and the builder, whose
 * folding reads the function table, do not import each other.
 */
import { type Expr } from './ast';

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
