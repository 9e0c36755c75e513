/**
 * The parser: text to syntax tree, or an ExpressionError with a range to underline.
 *
 * Grammar, loosest binding first (implicit multiplication is a product of equal rank with * and
 * /, so 1/2x = (1/2)·x, read left to right):
 *
 *   sum     = signed (('+' | '-') signed)*
 *   signed  = ('-' | '+') signed | product          -x^2 = -(x^2), -ab = -(ab)
 *   product = power (('*' | '/') tight | power)*    the bare power is implicit: 2x, 3(x+1), x y
 *   tight   = ('-' | '+') tight | power             after * / ^: 2*-x, x^-2
 *   power   = atom ('^' tight)?                     right-associative: x^y^z = x^(y^z)
 *   atom    = (number | name | call | '(' sum ')') ('²' | '³')*
 *
 * Implicit multiplication needs a name or '(' on the right: "2 3" and "(x)2" ask for an operator.
 *
 * Safety: the length cap is checked before anything else, the lexer is a loop, and a linear
 * scan checks parenthesis balance and depth before the recursive descent starts. The descent
 * counts its own depth (parentheses, signs, powers) and its nodes, and stops at the caps with
 * their own messages, so no input can overflow the stack.
 */
import { type BinaryOp, type Expr, binary, call as call_, constant, neg, num, variable } from './ast';
import { ExpressionError, type ExpressionErrorCode } from './errors';
import { FUNCTIONS } from './functions';
import { type Token, tokenize } from './lexer';
import { checkName, splitNames } from './names';

/** The longest source accepted, in UTF-16 code units. */
export const MAX_LENGTH = 2000;
/** The deepest nesting of parentheses, signs and powers accepted. */
export const MAX_DEPTH = 100;
/** The most syntax-tree nodes accepted. */
export const MAX_NODES = 1000;

const EMPTY = 'Type a function, for example x^2 + y^2';
const TOO_DEEP = `Too deeply nested: the limit is ${MAX_DEPTH} levels`;

/**
 * Parse an expression. With `variables`, only those names (and products of them written
 * together, like xy) are variables; see names.ts for the full rule.
 * @throws ExpressionError for anything that is not a well-formed expression.
 */
export function parse(source: string, variables?: readonly string[]): Expr {
  if (typeof source !== 'string' || source.trim().length === 0) {
    throw new ExpressionError('empty', EMPTY, 0, String(source ?? '').length);
  }
  if (source.length > MAX_LENGTH) {
    const message = `Too long: ${source.length} characters, and the limit is ${MAX_LENGTH}`;
    throw new ExpressionError('too-long', message, MAX_LENGTH, source.length);
  }
  const tokens = tokenize(source);
  if (tokens.length === 0) throw new ExpressionError('empty', EMPTY, 0, source.length);
  checkParentheses(tokens);
  return descend(source, variables === undefined ? tokens : splitNames(tokens, variables), variables);
}

/** Linear check of parenthesis balance and depth, before any recursion. */
function checkParentheses(tokens: readonly Token[]): void {
  const open: Token[] = [];
  for (const t of tokens) {
    if (t.kind === '(') {
      open.push(t);
      if (open.length > MAX_DEPTH) {
        throw new ExpressionError('too-deep', TOO_DEEP, t.start, t.end);
      }
    } else if (t.kind === ')' && open.pop() === undefined) {
      throw new ExpressionError('unmatched', `This ')' at ${t.start + 1} has no '(' to close`, t.start, t.end);
    }
  }
  const last = open.at(-1);
  if (last !== undefined) {
    throw new ExpressionError('unclosed', `Missing ')' to close the '(' at ${last.start + 1}`, last.start, last.end);
  }
}

const isSign = (t: Token | undefined): t is Token => t?.kind === 'op' && (t.text === '-' || t.text === '+');

/** Recursive descent over `tokens`, one function per grammar rule. */
function descend(source: string, tokens: readonly Token[], variables: readonly string[] | undefined): Expr {
  let pos = 0;
  let depth = 0;
  let nodes = 0;
  const typed = (t: Token): string => source.slice(t.start, t.end);
  const fail = (code: ExpressionErrorCode, message: string, from: Token, to = from): never => {
    throw new ExpressionError(code, message, from.start, to.end);
  };
  const node = <T extends Expr>(e: T, at: Token): T =>
    ++nodes > MAX_NODES ? fail('too-many-nodes', `Too many terms: the limit is ${MAX_NODES}`, at) : e;
  /** Run `inner` one nesting level deeper, refusing to go past MAX_DEPTH. */
  const nested = <T>(at: Token, inner: () => T): T => {
    if (++depth > MAX_DEPTH) fail('too-deep', TOO_DEEP, at);
    const result = inner();
    depth--;
    return result;
  };
  const comma = (t: Token): never => fail('stray-comma', "',' only separates arguments, as in max(x, y)", t);

  const sum = (): Expr => {
    let left = signed();
    for (let t = tokens[pos]; isSign(t); t = tokens[pos]) {
      pos++;
      left = node(binary(t.text as BinaryOp, left, signed()), t);
    }
    return left;
  };
  /** A prefix sign applied to `again`, or `otherwise`; unary plus leaves no node. */
  const unary = (again: () => Expr, otherwise: () => Expr): Expr => {
    const t = tokens[pos];
    if (!isSign(t)) return otherwise();
    pos++;
    const arg = nested(t, again);
    return t.text === '-' ? node(neg(arg), t) : arg;
  };
  const signed = (): Expr => unary(signed, product);
  const tight = (): Expr => unary(tight, power);

  const product = (): Expr => {
    let left = power();
    for (;;) {
      const t = tokens[pos];
      if (t?.kind === 'op' && (t.text === '*' || t.text === '/')) {
        pos++;
        left = node(binary(t.text, left, tight()), t);
      } else if (t?.kind === 'name' || t?.kind === '(') {
        left = node(binary('*', left, power()), t);
      } else if (t?.kind === 'num') {
        fail('missing-operator', `Missing operator before '${typed(t)}'`, t);
      } else {
        return left;
      }
    }
  };

  const power = (): Expr => {
    const base = atom();
    const t = tokens[pos];
    if (t?.kind !== 'op' || t.text !== '^') return base;
    pos++;
    return node(binary('^', base, nested(t, tight)), t);
  };

  const atom = (): Expr => {
    const t = tokens[pos];
    if (t === undefined || t.kind === 'op' || t.kind === ')' || t.kind === ',' || t.kind === 'sup') return missingOperand(t);
    pos++;
    let e = t.kind === 'num' ? node(num(t.value), t) : t.kind === '(' ? group(t) : name(t);
    for (let s = tokens[pos]; s?.kind === 'sup'; s = tokens[pos]) {
      pos++;
      e = node(binary('^', e, node(num(s.value), s)), s);
    }
    return e;
  };

  const group = (open: Token): Expr => {
    const e = nested(open, sum);
    const close = tokens[pos++]!; // a ')' (checkParentheses saw to that) or a stray ','
    return close.kind === ',' ? comma(close) : e;
  };

  const name = (t: Token): Expr => {
    const next = tokens[pos];
    const f = FUNCTIONS.get(t.text);
    if (f !== undefined) {
      if (next?.kind === '(') return call(t);
      if (next?.kind === 'sup' && tokens[pos + 1]?.kind === '(' && f.arity === 1) {
        pos++; // sin²(x) = sin(x)^2
        return node(binary('^', call(t), node(num(next.value), next)), next);
      }
      return fail('no-parentheses', `${f.name} needs parentheses: write ${f.name}(${f.arity === 1 ? 'x' : 'x, y'})`, t);
    }
    checkName(t.text, typed(t), next?.kind === '(', variables, [t.start, t.end]);
    return node(t.text === 'pi' || t.text === 'e' ? constant(t.text) : variable(t.text), t);
  };

  /** A call of the function named by `t`; the current token is its '('. */
  const call = (t: Token): Expr => {
    const f = FUNCTIONS.get(t.text)!;
    const args: Expr[] = [];
    nested(tokens[pos++]!, () => {
      if (tokens[pos]?.kind === ')') return;
      args.push(sum());
      while (tokens[pos]?.kind === ',') {
        pos++;
        args.push(sum());
      }
    });
    const close = tokens[pos++]!;
    if (args.length !== f.arity) {
      fail('arity', `${f.name} takes ${f.arity} argument${f.arity === 1 ? '' : 's'}, not ${args.length}`, t, close);
    }
    return node(call_(f.name, args), t);
  };

  const missingOperand = (t: Token | undefined): never => {
    const before = tokens[pos - 1];
    if (t?.kind === ')' && before?.kind === '(') fail('missing-operand', 'Empty parentheses', before, t);
    const what = "Expected a number, variable or '('";
    return before === undefined
      ? fail('missing-operand', `${what} before '${typed(t!)}'`, t!)
      : fail('missing-operand', `${what} after '${typed(before)}'`, t ?? before);
  };

  const e = sum();
  const rest = tokens[pos];
  // Balanced parentheses and the rules above leave only a stray comma unread.
  return rest === undefined ? e : comma(rest);
}
