/**
 * The values of the worked-example language: numbers, vectors (column vectors, as plain arrays),
 * matrices (arrays of rows), functions defined by the author in the engine's expression
 * language, and the truth values of `check` lines.
 */
import type { Expr } from '../ast';

/** A vector, read as a column. */
export type Vec = number[];
/** A matrix as an array of rows, all of the same length. */
export type Mat = number[][];

/** A function written by the author: `f(x, y) = x^2 + 3xy` or `F(x, y) = [x y, x + y]`. */
export interface CalcFunction {
  readonly kind: 'function';
  readonly name: string;
  readonly params: readonly string[];
  /** One tree per component; a scalar function has one. */
  readonly components: readonly Expr[];
  /** True when the body was written as a bracketed list of components. */
  readonly vector: boolean;
}

/** Any value a calc expression can produce. */
export type CalcValue = number | Vec | Mat | CalcFunction | boolean;

/** An error in a worked example, with the message the build shows. */
export class CalcError extends Error {
  override name = 'CalcError';
}

export const isNumber = (v: CalcValue): v is number => typeof v === 'number';
export const isFunction = (v: CalcValue): v is CalcFunction => typeof v === 'object' && !Array.isArray(v);
export const isMatrix = (v: CalcValue): v is Mat => Array.isArray(v) && v.length > 0 && Array.isArray(v[0]);
export const isVector = (v: CalcValue): v is Vec => Array.isArray(v) && !isMatrix(v);

/** A short description of a value's kind and shape, for messages. */
export function describe(v: CalcValue): string {
  if (typeof v === 'boolean') return 'a truth value';
  if (isNumber(v)) return 'a number';
  if (isFunction(v)) return `the function ${v.name}`;
  if (isMatrix(v)) return `a ${v.length}×${v[0]!.length} matrix`;
  return `a vector of length ${v.length}`;
}

/** The value as a number, or an error naming what was expected. */
export function asNumber(v: CalcValue, what: string): number {
  if (!isNumber(v)) throw new CalcError(`${what} must be a number, not ${describe(v)}`);
  return v;
}

/** The value as a vector, or an error naming what was expected. */
export function asVector(v: CalcValue, what: string): Vec {
  if (!isVector(v)) throw new CalcError(`${what} must be a vector, not ${describe(v)}`);
  return v;
}

/** The value as a matrix (a vector is not promoted), or an error. */
export function asMatrix(v: CalcValue, what: string): Mat {
  if (!isMatrix(v)) throw new CalcError(`${what} must be a matrix, not ${describe(v)}`);
  return v;
}

/** The value as a function, or an error. */
export function asFunction(v: CalcValue, what: string): CalcFunction {
  if (!isFunction(v)) throw new CalcError(`${what} must be a function you defined, not ${describe(v)}`);
  return v;
}

/** Applies `op` entry by entry, broadcasting a number over a vector or matrix. */
export function elementwise(a: CalcValue, b: CalcValue, op: (x: number, y: number) => number, sym: string): CalcValue {
  if (isNumber(a) && isNumber(b)) return op(a, b);
  if (isNumber(a)) return mapNumbers(b, (y) => op(a, y), sym);
  if (isNumber(b)) return mapNumbers(a, (x) => op(x, b), sym);
  if (isVector(a) && isVector(b) && a.length === b.length) return a.map((x, i) => op(x, b[i]!));
  if (isMatrix(a) && isMatrix(b) && a.length === b.length && a[0]!.length === b[0]!.length) {
    return a.map((row, i) => row.map((x, j) => op(x, b[i]![j]!)));
  }
  throw new CalcError(`'${sym}' needs two values of the same shape (or a number), not ${describe(a)} and ${describe(b)}`);
}

/** Applies `op` to every number of a value. */
export function mapNumbers(v: CalcValue, op: (x: number) => number, what: string): CalcValue {
  if (isNumber(v)) return op(v);
  if (isMatrix(v)) return v.map((row) => row.map(op));
  if (isVector(v)) return v.map(op);
  throw new CalcError(`${what} needs numbers, not ${describe(v)}`);
}
