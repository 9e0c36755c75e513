/**
 * The animation of both passes as one sequence of positions. With F forward steps and B
 * backward steps (the first backward step is the seed ∂L/∂L = 1, then one step per entry of
 * the engine's trace), the position p runs from 0 (nothing computed but the leaves) to
 * F + B (both passes complete). Position p shows the effect of steps 0 … p − 1; step p − 1
 * is the "current" one the panel explains and the graph highlights.
 */
import type { BackStep, NeuronRun } from './types';

/** What the current step is. */
export type ActiveStep =
  | { kind: 'forward'; index: number; node: string }
  | { kind: 'seed'; index: number; node: string }
  | { kind: 'backward'; index: number; step: BackStep };

/** Which part of the sequence a position belongs to. */
export type Phase = 'start' | 'forward' | 'backward' | 'done';

/** The number of forward steps. */
export function forwardCount(run: NeuronRun): number {
  return run.forward.length;
}

/** The number of backward steps, the seed included. */
export function backwardCount(run: NeuronRun): number {
  return run.backward.length + 1;
}

/** The last position: both passes complete. */
export function totalSteps(run: NeuronRun): number {
  return forwardCount(run) + backwardCount(run);
}

/** The phase of position p. */
export function phaseAt(run: NeuronRun, p: number): Phase {
  if (p <= 0) return 'start';
  if (p >= totalSteps(run)) return 'done';
  return p <= forwardCount(run) ? 'forward' : 'backward';
}

/** The step that leads to position p (step p − 1), or null at p = 0. */
export function activeStep(run: NeuronRun, p: number): ActiveStep | null {
  const F = forwardCount(run);
  const i = Math.min(p, totalSteps(run)) - 1;
  if (i < 0) return null;
  if (i < F) return { kind: 'forward', index: i, node: run.forward[i] ?? '' };
  if (i === F) return { kind: 'seed', index: 0, node: run.output };
  const step = run.backward[i - F - 1];
  return step ? { kind: 'backward', index: i - F, step } : null;
}

/** Whether node `id`'s value is known at position p (leaves always are). */
export function valueShown(run: NeuronRun, p: number, id: string): boolean {
  const i = run.forward.indexOf(id);
  return i < 0 || p > i;
}

/**
 * ∂L/∂node as accumulated at position p, or null before any gradient has reached the node.
 * Sums the contributions of the backward steps taken so far, as the engine does.
 */
export function gradSoFar(run: NeuronRun, p: number, id: string): number | null {
  const taken = p - forwardCount(run);
  if (taken <= 0) return null;
  if (id === run.output) return 1;
  let sum: number | null = null;
  for (let k = 0; k < taken - 1 && k < run.backward.length; k++) {
    const s = run.backward[k];
    if (s && s.node === id) sum = (sum ?? 0) + s.contribution;
  }
  return sum;
}

/** How an edge (parent → child) is drawn at a position. */
export type EdgeState = 'idle' | 'value' | 'active-forward' | 'grad' | 'active-backward';

/**
 * The drawing state of the edge from `from` to `to` at position p. With `highlight` off (the
 * overview of a complete pass) the current step counts as done rather than active.
 */
export function edgeState(run: NeuronRun, p: number, from: string, to: string, highlight = true): EdgeState {
  const active = activeStep(run, p);
  if (active?.kind === 'forward' && active.node === to && highlight) return 'active-forward';
  if (active?.kind === 'backward' && active.step.node === from && active.step.from === to) return highlight ? 'active-backward' : 'grad';
  const taken = p - forwardCount(run) - 1;
  for (let k = 0; k < taken && k < run.backward.length; k++) {
    const s = run.backward[k];
    if (s && s.node === from && s.from === to) return 'grad';
  }
  return valueShown(run, p, to) ? 'value' : 'idle';
}

/**
 * The backward steps on the path from the output down to `step.node`, ending with `step`:
 * their local derivatives multiply to the contribution (the chain rule). Each step is linked to
 * the latest earlier step that delivered the gradient of its `from` node; in this neuron every
 * node feeds exactly one other node, so that path is the only one.
 */
export function chainTo(run: NeuronRun, index: number): BackStep[] {
  const chain: BackStep[] = [];
  let k = index;
  while (k >= 0) {
    const s = run.backward[k];
    if (!s) break;
    chain.unshift(s);
    if (s.from === run.output) break;
    let j = k - 1;
    while (j >= 0 && run.backward[j]?.node !== s.from) j--;
    k = j;
  }
  return chain;
}
