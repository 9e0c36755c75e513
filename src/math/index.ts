/**
 * The maths engine's public module: an expression language readers know from calculators,
 * exact symbolic derivatives with a simplifier and LaTeX and plain-text printers, and a
 * compiler to fast evaluators and grid samplers, with no eval and no new Function. Pure
 * TypeScript, no DOM: it runs in Node, Workers and browsers alike.
 *
 * The reverse-mode autodiff graph of the neuron and backpropagation figures is a separate
 * public module, `src/math/autodiff`: the two share only the activation functions, and a page
 * that shows one kind of figure should not ship the other.
 *
 * Typical use:
 *   const field = compileField('x^2 + y^2');          // throws ExpressionError on bad input
 *   field.value(1, 2); field.gradient(1, 2); field.hessian(1, 2);
 *   const { values, dx, dy } = field.sample({ x: [-2, 2], y: [-2, 2], nx: 200, ny: 200 });
 */
import { type Expr } from './ast';
import { derivative } from './derivative';
import { parse } from './parser';
import { toTex } from './print-tex';

export type { BinaryOp, ConstantName, Expr } from './ast';
export { ExpressionError, type ExpressionErrorCode } from './errors';
export { MAX_DEPTH, MAX_LENGTH, MAX_NODES, parse } from './parser';
export { simplify } from './builder';
export { derivative } from './derivative';
export { toText } from './print-text';
export { toTex } from './print-tex';
export { FUNCTIONS, type FunctionDef } from './functions';
export { sigmoid, softplus, step } from './activations';
export { compileExpression, compileGradient, type GradientFunction, type ScalarFunction } from './compile/evaluate';
export { compileField, type Field, type FieldOptions, type GridSample } from './compile/field';
export { linspace, type GridSpec } from './compile/grid';
export type { Interval, WorldRect } from './rect';

/** LaTeX of f and of its two partial derivatives, for a widget's caption. */
export interface FieldTex {
  readonly f: string;
  readonly dx: string;
  readonly dy: string;
}

/**
 * LaTeX of f, ∂f/∂x and ∂f/∂y for a source string (or tree) in two variables.
 * @throws ExpressionError when the source does not parse or a result is too large to print.
 */
export function fieldToTex(source: string | Expr, variables: readonly [string, string] = ['x', 'y']): FieldTex {
  const f = typeof source === 'string' ? parse(source, variables) : source;
  return { f: toTex(f), dx: toTex(derivative(f, variables[0])), dy: toTex(derivative(f, variables[1])) };
}
