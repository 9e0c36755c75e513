/**
 * A size guard shared by the printers. Trees from `derivative` share subtrees, and printing
 * copies each share out in full; a high-order derivative of a long expression can be small as a
 * DAG yet enormous as text. Rather than freeze a page, the printers refuse.
 */
import { type Expr, expandedSize } from './ast';
import { ExpressionError } from './errors';

/** The most nodes a printer will write out. */
export const MAX_PRINTED_NODES = 5000;

/** Throw if `e` would print as more than MAX_PRINTED_NODES nodes. */
export function checkPrintable(e: Expr): void {
  const n = expandedSize(e);
  if (n > MAX_PRINTED_NODES) {
    throw new ExpressionError('too-large', `Too large to show: more than ${MAX_PRINTED_NODES} terms`, 0, 0);
  }
}
