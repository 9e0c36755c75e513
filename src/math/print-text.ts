/**
 * The plain-text printer. Its output parses back to the same tree: it follows the grammar in
 * parser.ts exactly, adding parentheses only where the grammar would otherwise read a different
 * tree. Products always get an explicit '*', so no implicit-multiplication rule is needed to
 * read it back.
 */
import { type Expr } from './ast';
import { checkPrintable } from './print-guard';

/**
 * Where a subtree is printed, from loosest to tightest:
 * SUM anywhere a whole sum may stand; SIGNED right of + and -; PRODUCT left of * and /;
 * TIGHT right of * and /, and exponents; BASE the base of a power.
 */
const SUM = 0;
const SIGNED = 1;
const PRODUCT = 2;
const TIGHT = 3;
const BASE = 4;

/** The tightest context in which a node may be printed without parentheses. */
function rank(e: Expr): number {
  if (e.type === 'neg') return SIGNED; // also fine at TIGHT, handled in print
  if (e.type !== 'bin') return BASE;
  return e.op === '+' || e.op === '-' ? SUM : e.op === '^' ? TIGHT : PRODUCT;
}

function print(e: Expr, at: number): string {
  const fits = e.type === 'neg' ? at === SUM || at === SIGNED || at === TIGHT : rank(e) >= at;
  if (!fits) return `(${print(e, SUM)})`;
  switch (e.type) {
    case 'num':
      return String(e.value);
    case 'const':
    case 'var':
      return e.name;
    case 'neg':
      // After * / and ^ the grammar would read -u unbracketed, but 2*(-x) and e^(-x) read better
      // and parse to the same tree, since parentheses leave no node.
      return at === TIGHT ? `(-${print(e.arg, TIGHT)})` : `-${print(e.arg, SIGNED)}`;
    case 'call':
      return `${e.name}(${e.args.map((a) => print(a, SUM)).join(', ')})`;
    case 'bin':
      switch (e.op) {
        case '+':
        case '-':
          return `${print(e.left, SUM)} ${e.op} ${print(e.right, SIGNED)}`;
        case '*':
        case '/':
          return `${print(e.left, PRODUCT)}${e.op}${print(e.right, TIGHT)}`;
        case '^':
          return `${print(e.left, BASE)}^${print(e.right, TIGHT)}`;
      }
  }
}

/**
 * Plain text that `parse` reads back to a structurally equal tree, such as "2*x + sin(y)^2".
 * @throws ExpressionError ('too-large') for trees too large to show.
 */
export function toText(e: Expr): string {
  checkPrintable(e);
  return print(e, SUM);
}
