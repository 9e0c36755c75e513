/**
 * The statements of a calc block, one per line:
 *   name = expression            a value
 *   name(x, y) = body            a function; the body is in the engine's expression language,
 *                                or a bracketed list of such bodies for a vector function; it
 *                                may use numbers named earlier (their values are fixed in)
 *   check expression             must be true, or the build fails
 * '#' starts a comment.
 */
import { binary, call, type Expr, neg, num } from '../ast';
import { parse } from '../parser';
import { ExpressionError } from '../errors';
import { evaluate, type Scope } from './evaluate';
import { parseCalc } from './syntax';
import { CalcError, type CalcFunction } from './value';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FUNCTION_DEF = /^([A-Za-z_][A-Za-z0-9_]*)\s*\(([^()]*)\)\s*=(?!=)\s*(.+)$/;
const VALUE_DEF = /^([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)\s*(.+)$/;
const RESERVED = new Set(['check', 'pi', 'e', 'diff', 'grad', 'hess', 'jac', 'map']);

/** Splits "[a, b(c, d)]" into its top-level components. */
function components(body: string): string[] {
  const inner = body.trim().slice(1, -1);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts.map((p) => p.trim());
}

/** Replaces the named numbers of the scope in a tree by their values (negative as -value). */
function bindConstants(e: Expr, values: ReadonlyMap<string, number>): Expr {
  switch (e.type) {
    case 'var': {
      const v = values.get(e.name);
      return v === undefined ? e : v < 0 ? neg(num(-v)) : num(v);
    }
    case 'neg':
      return neg(bindConstants(e.arg, values));
    case 'bin':
      return binary(e.op, bindConstants(e.left, values), bindConstants(e.right, values));
    case 'call':
      return call(e.name, e.args.map((a) => bindConstants(a, values)));
    default:
      return e;
  }
}

/**
 * A function definition. Its body may use numbers defined earlier in the file by name
 * (f(x) = a x^2 after a = 3): they are fixed at their values when the function is defined.
 */
function defineFunction(name: string, paramList: string, body: string, scope: Scope): CalcFunction {
  const params = paramList.split(',').map((p) => p.trim());
  for (const p of params) if (!NAME.test(p)) throw new CalcError(`'${p}' is not a variable name`);
  const vector = body.trim().startsWith('[') && body.trim().endsWith(']');
  const sources = vector ? components(body) : [body];
  // Only names that occur as whole words, so that no other word is split into them.
  const constants = new Map<string, number>();
  for (const [n, v] of scope) {
    if (typeof v === 'number' && !params.includes(n) && new RegExp(`(?<![A-Za-z0-9_])${n}(?![A-Za-z0-9_])`).test(body)) constants.set(n, v);
  }
  const variables = [...params, ...constants.keys()];
  try {
    const trees = sources.map((s) => bindConstants(parse(s, variables), constants));
    return { kind: 'function', name, params, vector, components: trees };
  } catch (e) {
    if (e instanceof ExpressionError) throw new CalcError(`in the body of ${name}: ${e.message}`);
    throw e;
  }
}

/** A failed statement: the line (1-based within the block) and what is wrong. */
export class CalcLineError extends CalcError {
  constructor(readonly line: number, readonly source: string, message: string) {
    super(`line ${line} '${source}': ${message}`);
  }
}

/** Runs a block's lines into `scope` (shared by the blocks of one file). */
export function runBlock(text: string, scope: Scope): void {
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    try {
      runLine(line, scope);
    } catch (e) {
      if (e instanceof CalcError) throw new CalcLineError(i + 1, line, e.message);
      throw e;
    }
  });
}

function runLine(line: string, scope: Scope): void {
  if (/^check\s/.test(line)) {
    const expr = line.slice(5).trim();
    const result = evaluate(parseCalc(expr), scope);
    if (result !== true) throw new CalcError(result === false ? 'this check is false' : 'a check needs a comparison such as a == b');
    return;
  }
  const fn = FUNCTION_DEF.exec(line);
  if (fn) {
    const [, name, params, body] = fn as unknown as [string, string, string, string];
    define(scope, name, defineFunction(name, params, body, scope));
    return;
  }
  const value = VALUE_DEF.exec(line);
  if (!value) throw new CalcError('expected "name = expression", "f(x) = body" or "check expression"');
  const [, name, expr] = value as unknown as [string, string, string];
  define(scope, name, evaluate(parseCalc(expr), scope));
}

function define(scope: Scope, name: string, value: Scope extends Map<string, infer V> ? V : never): void {
  if (RESERVED.has(name)) throw new CalcError(`'${name}' is a reserved name`);
  if (scope.has(name)) throw new CalcError(`'${name}' is already defined; use a new name`);
  scope.set(name, value);
}
