/**
 * Gradient descent on a loss of one parameter, θ_{t+1} = θ_t − η·L′(θ_t), and what its
 * iterates did. Pure; the figure draws and describes what this returns.
 */
import type { Loss } from './losses';

/** An iterate this far from the minimum counts as escaped: the run stops there. */
export const ESCAPE = 1e6;

/** The iterates θ₀ … θ_n and their losses; `escaped` when the run stopped early, too far out to follow. */
export interface DescentRun {
  thetas: number[];
  losses: number[];
  escaped: boolean;
}

/** Runs `steps` steps of size `eta` from `theta0`, stopping once an iterate escapes. */
export function descend(loss: Loss, eta: number, theta0: number, steps: number): DescentRun {
  const thetas = [theta0];
  const losses = [loss.value(theta0)];
  let theta = theta0;
  for (let t = 0; t < steps; t++) {
    theta -= eta * loss.slope(theta);
    const escaped = !Number.isFinite(theta) || Math.abs(theta) > ESCAPE;
    if (escaped) return { thetas, losses, escaped: true };
    thetas.push(theta);
    losses.push(loss.value(theta));
  }
  return { thetas, losses, escaped: false };
}

/** What the iterates did, read from the run itself. */
export type Outcome = 'at-minimum' | 'reached' | 'approaching' | 'cycling' | 'receding' | 'escaped';

/** Relative tolerance for "the same distance": closer than this to a ratio of 1 is a cycle. */
const SAME = 1e-6;

/**
 * The outcome of a run: it started at the minimum, reached it (within 10⁻⁹ of the start's
 * distance), was still approaching it at the last step, kept the same distance (a cycle),
 * was moving away, or escaped. `alternating` when every step crossed the minimum.
 */
export function outcomeOf(run: DescentRun): { outcome: Outcome; alternating: boolean } {
  const { thetas } = run;
  const alternating = thetas.length > 1 && thetas.slice(1).every((v, i) => v * thetas[i]! < 0);
  if (run.escaped) return { outcome: 'escaped', alternating };
  const first = Math.abs(thetas[0]!);
  if (first === 0) return { outcome: 'at-minimum', alternating: false };
  const last = Math.abs(thetas.at(-1)!);
  if (last <= first * 1e-9) return { outcome: 'reached', alternating };
  if (thetas.length < 2) return { outcome: 'approaching', alternating };
  const ratio = last / Math.abs(thetas.at(-2)!);
  if (Math.abs(ratio - 1) <= SAME) return { outcome: 'cycling', alternating };
  return { outcome: ratio < 1 ? 'approaching' : 'receding', alternating };
}
