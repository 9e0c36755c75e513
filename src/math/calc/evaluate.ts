/**
 * Evaluates calc syntax trees in a scope of named values. The functions an author defines are
 * trees of the engine's expression language: calling one compiles it once, and diff, grad, hess
 * and jac differentiate it symbolically, so a worked example's derivatives are exact.
 */
import type { Expr } from '../ast';
import { derivative } from '../derivative';
import { compileExpression, type ScalarFunction } from '../compile/evaluate';
import { simplify } from '../builder';
import { BUILTINS } from './builtins';
import * as la from './linalg';
import type { CalcNode } from './syntax';
import {
  asFunction,
  asNumber,
  asVector,
  CalcError,
  type CalcFunction,
  type CalcValue,
  describe,
  elementwise,
  isMatrix,
  isNumber,
  isVector,
  mapNumbers,
} from './value';

/** Named values, in definition order. */
export type Scope = Map<string, CalcValue>;

const CONSTANTS = new Map<string, number>([['pi', Math.PI], ['e', Math.E]]);
const TOLERANCE = 1e-9;

const compiled = new WeakMap<Expr, ScalarFunction>();
function evalExpr(expr: Expr, params: readonly string[], point: readonly number[]): number {
  let fn = compiled.get(expr);
  if (!fn) compiled.set(expr, (fn = compileExpression(expr, params)));
  return fn(point);
}

/** The point a function is called at: numbers, or one vector holding them. */
function pointOf(f: CalcFunction, args: CalcValue[]): number[] {
  const point = args.length === 1 && isVector(args[0]!) ? (args[0] as number[]) : args.map((a, i) => asNumber(a, `argument ${i + 1} of ${f.name}`));
  if (point.length !== f.params.length) {
    throw new CalcError(`${f.name} takes ${f.params.length} argument(s) (${f.params.join(', ')}), not ${point.length}`);
  }
  return point;
}

/** Calls an author's function: a number, or a vector for a vector function. */
export function callFunction(f: CalcFunction, args: CalcValue[]): CalcValue {
  const point = pointOf(f, args);
  const values = f.components.map((c) => evalExpr(c, f.params, point));
  return f.vector ? values : values[0]!;
}

function derived(f: CalcFunction, v: string, name: string): CalcFunction {
  if (!f.params.includes(v)) throw new CalcError(`${f.name} has no variable '${v}' (it has ${f.params.join(', ')})`);
  return { ...f, name, components: f.components.map((c) => simplify(derivative(c, v))) };
}

function scalarFunction(f: CalcFunction, what: string): Expr {
  if (f.vector) throw new CalcError(`${what} needs a scalar function; ${f.name} has ${f.components.length} components (use jac)`);
  return f.components[0]!;
}

/** grad, hess and jac at a point, from exact symbolic derivatives. */
function differentiate(kind: 'grad' | 'hess' | 'jac', f: CalcFunction, args: CalcValue[]): CalcValue {
  const point = pointOf(f, args);
  const d = (e: Expr, v: string): Expr => simplify(derivative(e, v));
  if (kind === 'jac') return f.components.map((c) => f.params.map((v) => evalExpr(d(c, v), f.params, point)));
  const body = scalarFunction(f, kind);
  const first = f.params.map((v) => d(body, v));
  if (kind === 'grad') return first.map((e) => evalExpr(e, f.params, point));
  return first.map((e) => f.params.map((v) => evalExpr(d(e, v), f.params, point)));
}

function product(a: CalcValue, b: CalcValue): CalcValue {
  if (isMatrix(a) && isMatrix(b)) return la.matmul(a, b);
  if (isMatrix(a) && isVector(b)) return la.matvec(a, b);
  if (isVector(a) && isMatrix(b)) return la.matmul([a], b)[0]!;
  if (isVector(a) && isVector(b)) {
    if (a.length !== b.length) throw new CalcError(`'@' needs vectors of the same length, not ${a.length} and ${b.length}`);
    return a.reduce((s, x, i) => s + x * b[i]!, 0);
  }
  throw new CalcError(`'@' multiplies matrices and vectors, not ${describe(a)} and ${describe(b)}`);
}

function close(a: CalcValue, b: CalcValue): boolean {
  const diff = elementwise(a, b, (x, y) => (Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.abs(x), Math.abs(y)) ? 0 : 1), '==');
  const flat = ([] as unknown[]).concat(diff as never).flat() as number[];
  return flat.every((x) => x === 0);
}

function compare(op: string, a: CalcValue, b: CalcValue): boolean {
  if (op === '==') return close(a, b);
  if (op === '!=') return !close(a, b);
  const [x, y] = [asNumber(a, `the left side of '${op}'`), asNumber(b, `the right side of '${op}'`)];
  return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
}

function index(target: CalcValue, idx: number[]): CalcValue {
  const pick = <T>(list: readonly T[], i: number): T => {
    if (!Number.isInteger(i) || i < 1 || i > list.length) throw new CalcError(`index ${i} is outside 1..${list.length}`);
    return list[i - 1]!;
  };
  if (isMatrix(target)) {
    const row = pick(target, idx[0]!);
    return idx.length === 1 ? [...row] : pick(row, idx[1]!);
  }
  if (isVector(target) && idx.length === 1) return pick(target, idx[0]!);
  throw new CalcError(`cannot index ${describe(target)} with ${idx.length} index(es)`);
}

/** Evaluates a tree in a scope. @throws CalcError with a readable message. */
export function evaluate(node: CalcNode, scope: Scope): CalcValue {
  const ev = (n: CalcNode): CalcValue => evaluate(n, scope);
  switch (node.type) {
    case 'num':
      return node.value;
    case 'name': {
      const v = scope.get(node.name) ?? CONSTANTS.get(node.name);
      if (v === undefined) throw new CalcError(`'${node.name}' is not defined`);
      return v;
    }
    case 'unary':
      return mapNumbers(ev(node.arg), (x) => -x, 'minus');
    case 'list': {
      const items = node.items.map(ev);
      if (items.every(isNumber)) return items as number[];
      if (items.every(isVector) && items.every((r) => (r as number[]).length === (items[0] as number[]).length)) return items as number[][];
      throw new CalcError('a bracketed list holds numbers (a vector) or rows of equal length (a matrix)');
    }
    case 'index':
      return index(ev(node.target), node.args.map((a, i) => asNumber(ev(a), `index ${i + 1}`)));
    case 'binary': {
      const [a, b] = [ev(node.left), ev(node.right)];
      switch (node.op) {
        case '+': return elementwise(a, b, (x, y) => x + y, '+');
        case '-': return elementwise(a, b, (x, y) => x - y, '-');
        case '*': return elementwise(a, b, (x, y) => x * y, '*');
        case '/': return elementwise(a, b, (x, y) => x / y, '/');
        case '^': return elementwise(a, b, (x, y) => x ** y, '^');
        case '@': return product(a, b);
        default: return compare(node.op, a, b);
      }
    }
    case 'call':
      return call(node, scope);
    case 'apply':
      return callFunction(asFunction(ev(node.target), 'the value called'), node.args.map(ev));
  }
}

function call(node: Extract<CalcNode, { type: 'call' }>, scope: Scope): CalcValue {
  const { callee, args } = node;
  if (callee === 'diff') {
    const [fn, v] = args;
    if (!fn || v?.type !== 'name' || args.length !== 2) throw new CalcError('diff takes a function and a variable name: diff(f, x)');
    const f = asFunction(evaluate(fn, scope), 'diff\'s first argument');
    return derived(f, v.name, `${f.name}_${v.name}`);
  }
  const values = args.map((a) => evaluate(a, scope));
  const own = scope.get(callee);
  if (own !== undefined) return callFunction(asFunction(own, callee), values);
  if (callee === 'grad' || callee === 'hess' || callee === 'jac') {
    return differentiate(callee, asFunction(values[0]!, `${callee}'s first argument`), values.slice(1));
  }
  if (callee === 'map') {
    const f = asFunction(values[0]!, 'map\'s first argument');
    return asVector(values[1]!, 'map\'s second argument').map((x) => asNumber(callFunction(f, [x]), `${f.name}(x)`));
  }
  const builtin = BUILTINS.get(callee);
  if (!builtin) throw new CalcError(`there is no function '${callee}'`);
  if (values.some((v) => typeof v === 'boolean')) throw new CalcError(`${callee} cannot take a truth value`);
  return builtin(values, callee);
}
