/**
 * compileField: a function of two variables, ready for the figures. One parse, exact symbolic
 * derivatives (first order at once, second order on first use), and tapes that share their
 * subexpressions between f and its derivatives.
 */
import { type Expr } from '../ast';
import { createBuilder } from '../builder';
import { createDifferentiator } from '../derivative';
import { parse } from '../parser';
import { type GridRunner, type GridSpec, count, createGridRunner } from './grid';
import { type Tape, buildTape, createRegisters, runTape } from './tape';

/** Run a two-input tape at (x, y) on registers r, without allocating. */
function at(tape: Tape, r: Float64Array, x: number, y: number): Float64Array {
  r[0] = x;
  r[1] = y;
  runTape(tape, r);
  return r;
}

/** f, ∂f/∂x and ∂f/∂y over a grid, row-major (index j·nx + i, x fastest). */
export interface GridSample {
  readonly values: Float64Array;
  readonly dx: Float64Array;
  readonly dy: Float64Array;
}

/** A compiled function of two variables, x and y unless renamed. */
export interface Field {
  /** The two variable names, in order. */
  readonly variables: readonly [string, string];
  /** f as a simplified tree, for printing. */
  readonly expr: Expr;
  /** ∂f/∂x as a simplified tree. */
  readonly dx: Expr;
  /** ∂f/∂y as a simplified tree. */
  readonly dy: Expr;
  /** f(x, y). */
  value(x: number, y: number): number;
  /** [∂f/∂x, ∂f/∂y] at (x, y). */
  gradient(x: number, y: number): [number, number];
  /**
   * [[fxx, fxy], [fyx, fyy]] at (x, y), from exact second derivatives, compiled on first use.
   * fyx is fxy: the mixed partials agree wherever f is twice continuously differentiable.
   */
  hessian(x: number, y: number): [[number, number], [number, number]];
  /**
   * f, ∂f/∂x and ∂f/∂y over the grid. Pass `out` to reuse arrays of the right length (for
   * example the previous result); otherwise new arrays are allocated. Like every evaluator here
   * it never throws on the numbers, only (RangeError) if the arrays cannot be allocated.
   */
  sample(grid: GridSpec, out?: GridSample): GridSample;
  /** f alone over the grid, into `out` when it has the right length. */
  sampleValues(grid: GridSpec, out?: Float64Array): Float64Array;
}

/** Options for compileField. */
export interface FieldOptions {
  /** The names of the two variables; default ['x', 'y']. */
  readonly variables?: readonly [string, string];
}

const reuse = (n: number, a: Float64Array | undefined): Float64Array => (a?.length === n ? a : new Float64Array(n));

/**
 * Compile a function of two variables from source text (parsed with only those two variables
 * allowed) or from a tree.
 * @throws ExpressionError when the source does not parse.
 */
export function compileField(source: string | Expr, options: FieldOptions = {}): Field {
  const variables = options.variables ?? (['x', 'y'] as const);
  const [vx, vy] = variables;
  const s = createBuilder();
  const d = createDifferentiator(s);
  const f = s.simplify(typeof source === 'string' ? parse(source, variables) : source);
  const fx = d(f, vx);
  const fy = d(f, vy);
  const valueTape = buildTape([f], variables);
  const gradientTape = buildTape([f, fx, fy], variables);
  const valueRegisters = createRegisters(valueTape);
  const gradientRegisters = createRegisters(gradientTape);
  const [fOut] = valueTape.outputs;
  const [, gx, gy] = gradientTape.outputs;
  let hessianTape: Tape | undefined;
  let hessianRegisters: Float64Array | undefined;
  let valueGrid: GridRunner | undefined;
  let gradientGrid: GridRunner | undefined;

  return {
    variables: [vx, vy],
    expr: f,
    dx: fx,
    dy: fy,
    value: (x, y) => at(valueTape, valueRegisters, x, y)[fOut!]!,
    gradient: (x, y) => {
      const r = at(gradientTape, gradientRegisters, x, y);
      return [r[gx!]!, r[gy!]!];
    },
    hessian: (x, y) => {
      hessianTape ??= buildTape([d(fx, vx), d(fx, vy), d(fy, vy)], variables);
      hessianRegisters ??= createRegisters(hessianTape);
      const r = at(hessianTape, hessianRegisters, x, y);
      const [xx, xy, yy] = Array.from(hessianTape.outputs, (o) => r[o]!);
      return [
        [xx!, xy!],
        [xy!, yy!],
      ];
    },
    sample: (grid, out) => {
      const n = count(grid.nx) * count(grid.ny);
      const result = { values: reuse(n, out?.values), dx: reuse(n, out?.dx), dy: reuse(n, out?.dy) };
      (gradientGrid ??= createGridRunner(gradientTape)).run(grid, [result.values, result.dx, result.dy]);
      return result;
    },
    sampleValues: (grid, out) => {
      const values = reuse(count(grid.nx) * count(grid.ny), out);
      (valueGrid ??= createGridRunner(valueTape)).run(grid, [values]);
      return values;
    },
  };
}
