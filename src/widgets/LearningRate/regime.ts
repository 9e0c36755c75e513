/**
 * Where a step size η stands against the curvature a = L″(θ*) at the minimum. Near θ*, a step
 * multiplies the distance to the minimum by r = 1 − ηa (the loss is ½a(θ − θ*)² there to second
 * order), so with a > 0:
 *   0 < η < 1/a       0 < r < 1: every step lands on the same side, closer (monotone);
 *   η = 1/a           r = 0: a quadratic is solved in one step;
 *   1/a < η < 2/a     −1 < r < 0: each step crosses the minimum, closer (oscillating, converging);
 *   η = 2/a           r = −1: a quadratic's iterates bounce between θ₀ and −θ₀ for ever (for
 *                     another loss this first-order picture cannot decide);
 *   η > 2/a           r < −1: each step lands farther out (diverging near the minimum).
 * For a quadratic this holds everywhere; for another loss only close to the minimum.
 */

/** The five regimes, in the order of growing η. */
export const REGIMES = ['monotone', 'one-step', 'oscillating', 'bouncing', 'diverging'] as const;

/** One regime. */
export type Regime = (typeof REGIMES)[number];

/** ηa this close to 1 or 2 (relative) counts as on the boundary: the slider's steps can land there. */
const ON = 1e-9;

/** The regime of step size `eta` at curvature `a` (a > 0). */
export function regimeOf(eta: number, a: number): Regime {
  const k = eta * a;
  if (Math.abs(k - 1) <= ON) return 'one-step';
  if (Math.abs(k - 2) <= 2 * ON) return 'bouncing';
  if (k < 1) return 'monotone';
  return k < 2 ? 'oscillating' : 'diverging';
}

/** The factor r = 1 − ηa a step multiplies the distance to the minimum by, near it. */
export function stepFactor(eta: number, a: number): number {
  return 1 - eta * a;
}

/** The two step sizes that bound the regimes: 1/a and 2/a. */
export function boundaries(a: number): { one: number; two: number } {
  return { one: 1 / a, two: 2 / a };
}
