/**
 * The syntax of calc expressions (outside function bodies, which use the engine's own
 * language): numbers, names, + - * / ^ @, comparisons, calls, [vectors], [[matrices]] and
 * 1-based indexing v[i], A[i, j]. Explicit * only: no implicit products.
 *
 *   compare = sum (('==' | '!=' | '<' | '<=' | '>' | '>=') sum)?
 *   sum     = product (('+' | '-') product)*
 *   product = unary (('*' | '/' | '@') unary)*
 *   unary   = '-' unary | power
 *   power   = postfix ('^' unary)?                  right-associative, -x^2 = -(x^2)
 *   postfix = atom ('[' list ']' | '(' list ')')*     f(1), diff(f, x)(1, 2), v[1]
 *   atom    = number | name | '(' compare ')' | '[' list ']'
 */
import { CalcError } from './value';

/** A calc syntax tree. */
export type CalcNode =
  | { type: 'num'; value: number }
  | { type: 'name'; name: string }
  | { type: 'unary'; op: '-'; arg: CalcNode }
  | { type: 'binary'; op: string; left: CalcNode; right: CalcNode }
  | { type: 'list'; items: CalcNode[] }
  | { type: 'call'; callee: string; args: CalcNode[] }
  | { type: 'index'; target: CalcNode; args: CalcNode[] }
  | { type: 'apply'; target: CalcNode; args: CalcNode[] };

interface Token {
  kind: 'num' | 'name' | 'op';
  text: string;
}

const TOKEN = /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(==|!=|<=|>=|[-+*/^@()[\],<>]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(source);
    if (!m) throw new CalcError(`cannot read '${source.slice(at).trim().slice(0, 20)}' in '${source}'`);
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'num', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'name', text: m[2] });
    else tokens.push({ kind: 'op', text: m[3]! });
  }
  return tokens;
}

const COMPARE = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** Parses one calc expression. @throws CalcError naming what is wrong. */
export function parseCalc(source: string): CalcNode {
  const tokens = tokenize(source);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (text: string): boolean => peek()?.kind === 'op' && peek()!.text === text;
  const expect = (text: string): void => {
    if (!isOp(text)) throw new CalcError(`expected '${text}' in '${source}'`);
    i++;
  };
  const list = (close: string): CalcNode[] => {
    const items: CalcNode[] = [];
    if (isOp(close)) return items;
    for (;;) {
      items.push(compare());
      if (!isOp(',')) break;
      i++;
    }
    return items;
  };
  const atom = (): CalcNode => {
    const t = peek();
    if (!t) throw new CalcError(`'${source}' ends too early`);
    i++;
    if (t.kind === 'num') return { type: 'num', value: Number(t.text) };
    if (t.kind === 'name') return { type: 'name', name: t.text };
    if (t.text === '(') {
      const inner = compare();
      expect(')');
      return inner;
    }
    if (t.text === '[') {
      const items = list(']');
      expect(']');
      return { type: 'list', items };
    }
    throw new CalcError(`unexpected '${t.text}' in '${source}'`);
  };
  const postfix = (): CalcNode => {
    let node = atom();
    for (;;) {
      if (isOp('(')) {
        i++;
        const args = list(')');
        expect(')');
        node = node.type === 'name' ? { type: 'call', callee: node.name, args } : { type: 'apply', target: node, args };
      } else if (isOp('[')) {
        i++;
        const args = list(']');
        expect(']');
        node = { type: 'index', target: node, args };
      } else return node;
    }
  };
  const power = (): CalcNode => {
    const base = postfix();
    if (!isOp('^')) return base;
    i++;
    return { type: 'binary', op: '^', left: base, right: unary() };
  };
  const unary = (): CalcNode => {
    if (isOp('-')) {
      i++;
      return { type: 'unary', op: '-', arg: unary() };
    }
    if (isOp('+')) {
      i++;
      return unary();
    }
    return power();
  };
  const binaryLevel = (ops: readonly string[], next: () => CalcNode) => (): CalcNode => {
    let left = next();
    while (peek()?.kind === 'op' && ops.includes(peek()!.text)) {
      const op = tokens[i++]!.text;
      left = { type: 'binary', op, left, right: next() };
    }
    return left;
  };
  const product = binaryLevel(['*', '/', '@'], unary);
  const sum = binaryLevel(['+', '-'], product);
  function compare(): CalcNode {
    const left = sum();
    const t = peek();
    if (t?.kind === 'op' && COMPARE.has(t.text)) {
      i++;
      return { type: 'binary', op: t.text, left, right: sum() };
    }
    return left;
  }
  const tree = compare();
  if (i < tokens.length) throw new CalcError(`unexpected '${tokens[i]!.text}' in '${source}'`);
  return tree;
}
