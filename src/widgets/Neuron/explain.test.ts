import { describe, expect, it } from 'vitest';
import { explainAt } from './explain';
import { formatNumber } from '../shared/format';
import { toText } from './math-tokens';
import { DEFAULT_PARAMS } from './params';
import { runNeuron } from './run';
import { forwardCount, totalSteps } from './timeline';

const run = runNeuron(DEFAULT_PARAMS);
const F = forwardCount(run);
const text = (p: number): string[] => explainAt(run, 'sigmoid', p).formulas.map((f) => toText(f.formula));

describe('explainAt', () => {
  it('writes each forward step with its numbers', () => {
    expect(text(1)).toEqual(['m₁ = w₁ · x₁ = 0.500 · 2.000 = 1.000']);
    expect(text(3)).toEqual(['z = m₁ + m₂ + b = 1.000 + (−1.000) + 0.250 = 0.250']);
    expect(text(4)).toEqual(['a = σ(z) = σ(0.250) = 0.562']);
    expect(text(5)).toEqual(['L = ½(a − y)² = ½(0.562 − 1.000)² = 0.096']);
  });

  it('writes the chain rule for the gradient of z', () => {
    expect(text(F + 4)[0]).toBe('∂L/∂z = ∂L/∂a · ∂a/∂z = (a − y) · σ′(z) = (−0.438) · 0.246 = −0.108');
  });

  it('writes this step and the whole chain for a weight, with the engine’s numbers', () => {
    const i = run.backward.findIndex((s) => s.node === 'w1');
    const s = run.backward[i];
    if (!s) throw new Error('no step');
    const [step, whole] = text(F + 2 + i);
    expect(step).toBe(`∂L/∂w₁ = ∂L/∂m₁ · ∂m₁/∂w₁ = (−0.108) · 2.000 = ${formatNumber(s.contribution)}`);
    expect(whole).toBe('∂L/∂w₁ = ∂L/∂a · ∂a/∂z · ∂z/∂m₁ · ∂m₁/∂w₁ = (a − y) · σ′(z) · 1 · x₁ = (−0.438) · 0.246 · 1.000 · 2.000 = −0.216');
  });

  it('shows the engine’s inner steps of the loss node', () => {
    expect(text(F + 2)).toContain('∂L/∂a = ∂L/∂e² · ∂e²/∂e · ∂e/∂a = 0.500 · (−0.876) · 1.000 = −0.438');
  });

  it('announces steps and the complete pass', () => {
    expect(explainAt(run, 'sigmoid', F + 4).live).toBe('Backward step 4 of 11: gradient reaches z. ∂L/∂z = −0.108.');
    expect(explainAt(run, 'sigmoid', totalSteps(run), true).live).toBe('Both passes complete. L = 0.096. ∂L/∂w₁ = −0.216, ∂L/∂w₂ = 0.108, ∂L/∂b = −0.108.');
    expect(explainAt(run, 'sigmoid', 0).heading).toBe('Back to the start of the passes');
    // Only the graph is rewound: the words must not claim that nothing is computed anywhere.
    expect(explainAt(run, 'sigmoid', 0).words).toContain('panels below still show the results');
    expect(explainAt(run, 'sigmoid', 0).live).not.toMatch(/nothing computed/i);
  });

  it('explains the ReLU kink with the engine’s convention', () => {
    const kink = runNeuron({ ...DEFAULT_PARAMS, act: 'relu', x1: 1, w1: 0.5, x2: 1, w2: -0.5, b: 0 });
    const e = explainAt(kink, 'relu', F + 4);
    expect(e.words).toContain('ReLU′(0) = 0.');
  });
});
