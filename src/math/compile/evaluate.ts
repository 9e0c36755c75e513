/**
 * Fast scalar evaluators for any list of variables: f, and f with its gradient. The figures use
 * these for 1-D slices, for points that follow the pointer, and for descent paths.
 */
import { type Expr } from '../ast';
import { createBuilder } from '../builder';
import { createDifferentiator } from '../derivative';
import { type Tape, buildTape, createRegisters, runTape } from './tape';

/** f at a point: `point[i]` is the value of `variables[i]`. Never throws; returns NaN on bad input. */
export type ScalarFunction = (point: ArrayLike<number>) => number;

/** f and its gradient at a point; `gradient[i]` is ∂f/∂variables[i]. */
export type GradientFunction = (point: ArrayLike<number>) => { value: number; gradient: number[] };

/** A tape with its own registers, run on a point; returns the registers. */
export function createRunner(tape: Tape): (point: ArrayLike<number>) => Float64Array {
  const r = createRegisters(tape);
  return (point) => {
    for (let i = 0; i < tape.inputs; i++) r[i] = point[i] ?? NaN;
    runTape(tape, r);
    return r;
  };
}

/** Compile `expr` into a scalar function of `variables`. */
export function compileExpression(expr: Expr, variables: readonly string[]): ScalarFunction {
  const tape = buildTape([expr], variables);
  const run = createRunner(tape);
  const out = tape.outputs[0]!;
  return (point) => run(point)[out]!;
}

/** Compile `expr` and its exact symbolic gradient with respect to `variables`. */
export function compileGradient(expr: Expr, variables: readonly string[]): GradientFunction {
  const s = createBuilder();
  const d = createDifferentiator(s);
  const f = s.simplify(expr);
  const tape = buildTape([f, ...variables.map((v) => d(f, v))], variables);
  const run = createRunner(tape);
  return (point) => {
    const r = run(point);
    const values = Array.from(tape.outputs, (o) => r[o]!);
    return { value: values[0]!, gradient: values.slice(1) };
  };
}
