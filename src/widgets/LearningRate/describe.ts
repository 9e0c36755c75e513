/**
 * The learning-rate figure in words: what the theory says of the step size near the minimum
 * (from η and the engine's curvature), what the engine's iterates did, and the sentence for
 * the live region. Every number comes from the run or the loss it is given.
 */
import { formatNumber } from '../shared/format';
import type { DescentRun, Outcome } from './descent';
import { LOSS_NAMES, type Loss } from './losses';
import { stepFactor, type Regime } from './regime';

/** Names of the regimes, for the ruler under the η slider and for sentences. */
export const REGIME_NAMES: Record<Regime, string> = {
  monotone: 'monotone',
  'one-step': 'one step',
  oscillating: 'oscillating, converging',
  bouncing: 'bouncing',
  diverging: 'diverging',
};

/** What the regime means near the minimum, with the factor r = 1 − ηa it multiplies the distance by. */
export function regimeSentence(regime: Regime, eta: number, loss: Loss): string {
  const r = formatNumber(stepFactor(eta, loss.curvature));
  const exact = loss.kind === 'quadratic' ? '' : ' (near the minimum; farther out this loss is flatter than a quadratic)';
  const says: Record<Regime, string> = {
    monotone: `η < 1/a: each step multiplies the distance to the minimum by r = 1 − ηa = ${r}, so the iterates approach from one side${exact}.`,
    'one-step': `η = 1/a: r = 1 − ηa = 0, so a quadratic is solved in a single step${exact}.`,
    oscillating: `1/a < η < 2/a: r = 1 − ηa = ${r} is negative, so each step overshoots to the other side, and the distance still shrinks${exact}.`,
    bouncing: `η = 2/a: r = 1 − ηa = −1, so a quadratic's iterates jump between θ₀ and −θ₀ for ever${loss.kind === 'quadratic' ? '' : '; for this loss the first-order picture cannot decide'}.`,
    diverging: `η > 2/a: r = 1 − ηa = ${r} is below −1, so each step lands farther out than the last${exact}.`,
  };
  return says[regime];
}

/** What the iterates did, in a sentence. */
export function outcomeSentence(run: DescentRun, outcome: Outcome, alternating: boolean): string {
  const n = run.thetas.length - 1;
  const last = formatNumber(run.thetas.at(-1)!);
  const side = alternating ? 'crossing the minimum at every step' : 'staying on one side';
  const says: Record<Outcome, string> = {
    'at-minimum': 'θ₀ = 0 is the minimum: L′(0) = 0, so no step moves.',
    reached: `After ${n} steps θ = ${last}: the iterates reached the minimum θ* = 0.`,
    approaching: `After ${n} steps θ = ${last}, still approaching the minimum, ${side}.`,
    cycling: `After ${n} steps θ = ${last}: the iterates keep the same distance from the minimum, ${side}; they neither converge nor diverge.`,
    receding: `After ${n} steps θ = ${last}, each step farther from the minimum than the one before, ${side}.`,
    escaped: `The iterates left every bound: after ${n} steps θ = ${last}, and the next step goes beyond ±10⁶.`,
  };
  return says[outcome];
}

/** The live region's sentence for the current state. */
export function announce(loss: Loss, eta: number, run: DescentRun, outcome: Outcome, alternating: boolean): string {
  return `${LOSS_NAMES[loss.kind]}, a = ${formatNumber(loss.a)}, η = ${formatNumber(eta)}. ${outcomeSentence(run, outcome, alternating)} Loss ${formatNumber(run.losses.at(-1)!)}.`;
}
