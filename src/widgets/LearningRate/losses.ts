/**
 * The losses of the learning-rate figure: functions of one parameter θ whose minimum is at
 * θ = 0, scaled by a > 0. The engine parses each one, differentiates it symbolically and
 * compiles L, L′ and L″, so the figure's numbers are the engine's.
 *
 * - quadratic: L(θ) = (a/2)·θ², so L′(θ) = aθ and L″ = a everywhere;
 * - log-cosh: L(θ) = a·ln cosh θ, so L′(θ) = a·tanh θ (never steeper than a) and L″(0) = a.
 * Both have curvature a at the minimum, so the same step sizes 1/a and 2/a mark the regimes
 * near it (regime.ts); far from it only the quadratic keeps that curvature.
 */
import { compileExpression, derivative, parse, type ScalarFunction } from '../../math';

/** The losses the reader can choose. */
export const LOSS_KINDS = ['quadratic', 'logcosh'] as const;

/** One of the losses. */
export type LossKind = (typeof LOSS_KINDS)[number];

/** How each loss is named in the controls and in sentences. */
export const LOSS_NAMES: Record<LossKind, string> = { quadratic: 'quadratic, ½aθ²', logcosh: 'log-cosh, a·ln cosh θ' };

/** Each loss as the engine reads it, for a given a (θ is the variable `theta`). */
const SOURCES: Record<LossKind, (a: number) => string> = {
  quadratic: (a) => `${a}/2*theta^2`,
  logcosh: (a) => `${a}*ln(cosh(theta))`,
};

/** A loss of one parameter, compiled: its value, slope and curvature at the minimum θ* = 0. */
export interface Loss {
  kind: LossKind;
  a: number;
  /** L(θ). */
  value: (theta: number) => number;
  /** L′(θ). */
  slope: (theta: number) => number;
  /** L″(θ*) at the minimum θ* = 0, evaluated from the engine's second derivative. */
  curvature: number;
}

const at = (f: ScalarFunction) => (theta: number) => f([theta]);

/** The loss `kind` with scale `a`, compiled by the engine. */
export function makeLoss(kind: LossKind, a: number): Loss {
  const expr = parse(SOURCES[kind](a), ['theta']);
  const d1 = derivative(expr, 'theta');
  const d2 = derivative(d1, 'theta');
  return {
    kind,
    a,
    value: at(compileExpression(expr, ['theta'])),
    slope: at(compileExpression(d1, ['theta'])),
    curvature: compileExpression(d2, ['theta'])([0]),
  };
}
