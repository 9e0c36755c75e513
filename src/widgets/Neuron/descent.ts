/**
 * One step of gradient descent on the trainable parameters: θ ← θ − η · ∂L/∂θ for θ in
 * (w₁, w₂, b), with ∂L/∂θ from the engine's backward pass. A parameter that would leave its
 * slider's range is clamped to the range's end, and the step says so.
 */
import { t, type Formula } from './math-tokens';
import { clampParam, RANGES, TRAINABLE, type NeuronSettings } from './params';
import { nodeOfSetting } from './run';
import type { NeuronRun } from './types';

/** The new parameters and which of them were clamped. */
export interface DescentResult {
  params: NeuronSettings;
  clamped: string[];
}

/** Applies one gradient step with learning rate p.eta to the gradients of `run`. */
export function gradientStep(p: NeuronSettings, run: NeuronRun): DescentResult {
  const next = { ...p };
  const clamped: string[] = [];
  for (const key of TRAINABLE) {
    const { grad } = nodeOfSetting(run, key);
    const raw = p[key] - p.eta * grad;
    next[key] = clampParam(key, raw);
    if (next[key] !== raw) clamped.push(RANGES[key].label);
  }
  return { params: next, clamped };
}

/** The last `n` losses of a history with a new one appended (the first entry is the start). */
export function pushLoss(history: readonly number[], before: number, after: number, n = 24): number[] {
  const start = history.length === 0 ? [before] : history;
  return [...start, after].slice(-n);
}

/**
 * The update of each trained parameter as a formula with the current numbers:
 * w₁ − η ∂L/∂w₁ = 0.500 − 1.000 · (−0.216) = 0.716 (before clamping to the range).
 */
export function updateFormulas(p: NeuronSettings, run: NeuronRun): Formula[] {
  return TRAINABLE.map((key) => {
    const { id, grad } = nodeOfSetting(run, key);
    return [
      [t.sym(id), t.op('−'), t.sym('η'), t.d(run.output, id)],
      [t.num(p[key]), t.op('−'), t.factor(p.eta), t.op('·'), t.factor(grad)],
      [t.num(p[key] - p.eta * grad)],
    ];
  });
}
