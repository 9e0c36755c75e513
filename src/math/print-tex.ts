/**
 * The LaTeX printer, for KaTeX. Division is \frac, roots are \sqrt, exp(u) is e^{u}, absolute
 * value is |u|, the ML functions are \operatorname{...}; products are written side by side
 * (2x, x y) except before a digit, where \cdot keeps 2·3 from reading as 23. Variables get
 * subscripts: w1 → w_{1}, x_1 → x_{1}, theta_0 → \theta_{0}.
 */
import { type Expr } from './ast';
import { FUNCTIONS } from './functions';
import { checkPrintable } from './print-guard';
import { GREEK } from './unicode';

// Ranks, loosest first; a node prints without parentheses where the context is at most its rank.
const SUM = 0;
const NEG = 1;
const PRODUCT = 2;
const TIGHT = 3;
const BASE = 4;

const GREEK_NAMES: ReadonlySet<string> = new Set(GREEK.values());

/** A variable name as TeX: theta_1 → \theta_{1}, w12 → w_{12}, lr → \mathrm{lr}. */
export function texName(name: string): string {
  const m = /^([A-Za-z]+)(\d*)(?:_([A-Za-z0-9]+))?$/.exec(name);
  if (m === null) return `\\mathrm{${name.replace(/[^A-Za-z0-9]/g, '')}}`;
  const [, letters = '', digits = '', sub = ''] = m;
  const base = GREEK_NAMES.has(letters) ? `\\${letters}` : letters.length === 1 ? letters : `\\mathrm{${letters}}`;
  const index = [digits, sub].filter((s) => s !== '').join(',');
  return index === '' ? base : `${base}_{${index}}`;
}

function texNumber(v: number): string {
  const [mantissa, exponent] = String(v).split('e');
  return exponent === undefined ? mantissa! : `${mantissa} \\times 10^{${Number(exponent)}}`;
}

const paren = (s: string): string => `\\left(${s}\\right)`;

/** The rank of a node: the tightest context it can stand in without parentheses. */
function rank(e: Expr): number {
  switch (e.type) {
    case 'num':
      return String(e.value).includes('e') ? PRODUCT : BASE;
    case 'neg':
      return NEG;
    case 'call':
      return e.name === 'exp' || e.name === 'sqrt' || e.name === 'cbrt' || e.name === 'pow' ? TIGHT : BASE;
    case 'bin':
      return e.op === '+' || e.op === '-' ? SUM : e.op === '*' ? PRODUCT : TIGHT;
    default:
      return BASE;
  }
}

function tex(e: Expr, at: number): string {
  if (rank(e) < at) return paren(tex(e, SUM));
  switch (e.type) {
    case 'num':
      return texNumber(e.value);
    case 'const':
      return e.name === 'pi' ? '\\pi' : 'e';
    case 'var':
      return texName(e.name);
    case 'neg':
      return `-${tex(e.arg, PRODUCT)}`;
    case 'call':
      return texCall(e.name, e.args);
    case 'bin': {
      const { op, left, right } = e;
      if (op === '+' || op === '-') return `${tex(left, SUM)} ${op} ${tex(right, PRODUCT)}`;
      if (op === '/') return `\\frac{${tex(left, SUM)}}{${tex(right, SUM)}}`;
      if (op === '^') return `${tex(left, BASE)}^{${tex(right, SUM)}}`;
      const a = tex(left, PRODUCT);
      const b = tex(right, PRODUCT);
      return /^[\d.]/.test(b) || /\\times 10/.test(a + b) ? `${a} \\cdot ${b}` : `${a} ${b}`;
    }
  }
}

function texCall(name: string, args: readonly Expr[]): string {
  const [u, v] = args.map((a) => tex(a, SUM));
  switch (name) {
    case 'exp':
      return `e^{${u}}`;
    case 'sqrt':
      return `\\sqrt{${u}}`;
    case 'cbrt':
      return `\\sqrt[3]{${u}}`;
    case 'abs':
      return `\\left|${u}\\right|`;
    case 'pow':
      return `${tex(args[0]!, BASE)}^{${v}}`;
    default:
      return `${FUNCTIONS.get(name)?.tex ?? `\\operatorname{${name.replace(/[^A-Za-z0-9]/g, '')}}`}${paren(args.map((a) => tex(a, SUM)).join(', '))}`;
  }
}

/**
 * LaTeX for KaTeX, such as "2 x + \sin\left(y\right)^{2}".
 * @throws ExpressionError ('too-large') for trees too large to show.
 */
export function toTex(e: Expr): string {
  checkPrintable(e);
  return tex(e, SUM);
}
