import { describe, expect, it } from 'vitest';
import { createNeuron } from '../../math/autodiff';
import { DEFAULT_PARAMS, type NeuronSettings } from './params';
import { runNeuron } from './run';

const settings: NeuronSettings[] = [
  DEFAULT_PARAMS,
  { ...DEFAULT_PARAMS, act: 'tanh', w1: -1.3, x2: 2.5 },
  { ...DEFAULT_PARAMS, act: 'relu' },
  { ...DEFAULT_PARAMS, act: 'relu', w1: -2 },
];

describe('runNeuron', () => {
  it('draws the figure’s neuron: leaves, two products, one sum, the activation, the loss', () => {
    const run = runNeuron(DEFAULT_PARAMS);
    expect([...run.nodes.keys()].sort()).toEqual(['L', 'a', 'b', 'm1', 'm2', 'w1', 'w2', 'x1', 'x2', 'y', 'z'].sort());
    expect(run.forward).toEqual(['m1', 'm2', 'z', 'a', 'L']);
    expect(run.nodes.get('z')?.parents).toEqual(['m1', 'm2', 'b']);
    expect(run.nodes.get('L')?.parents).toEqual(['a', 'y']);
    expect(run.backward.map((s) => `${s.from}→${s.node}`)).toEqual([
      'L→a', 'L→y', 'a→z', 'z→b', 'z→m1', 'z→m2', 'm2→w2', 'm2→x2', 'm1→w1', 'm1→x1',
    ]);
  });

  it.each(settings)('copies the engine’s values and gradients (%o)', (p) => {
    const run = runNeuron(p);
    const { graph, loss } = createNeuron({ ...p, activation: p.act });
    graph.backward(loss);
    for (const id of ['x1', 'x2', 'w1', 'w2', 'b', 'y', 'm1', 'm2', 'z', 'a', 'L']) {
      expect(run.nodes.get(id)?.value).toBe(graph.get(id)?.value);
      expect(run.nodes.get(id)?.grad).toBe(graph.get(id)?.grad);
    }
    expect(run.loss).toBe(loss.value);
  });

  it.each(settings)('each step multiplies upstream by local, and grouped locals are the chain rule (%o)', (p) => {
    const run = runNeuron(p);
    const a = run.nodes.get('a')?.value ?? Number.NaN;
    for (const s of run.backward) {
      expect(s.contribution).toBeCloseTo(s.upstream * s.local, 12);
      expect(run.nodes.get(s.node)?.grad).toBeCloseTo(s.contribution, 15);
    }
    // ∂L/∂a = ½ · 2(a − y) · 1 = a − y, and ∂L/∂y = −(a − y).
    expect(run.backward[0]?.local).toBeCloseTo(a - p.y, 12);
    expect(run.backward[1]?.local).toBeCloseTo(p.y - a, 12);
    expect(run.backward[0]?.inner.map((q) => q.node)).toEqual(['e²', 'e', 'a']); // the engine's labels
  });

  it('agrees with finite differences away from the ReLU kink', () => {
    for (const p of settings) expect(runNeuron(p).checks.every((c) => c.ok)).toBe(true);
  });

  it('shows the disagreement at the ReLU kink z = 0', () => {
    const run = runNeuron({ ...DEFAULT_PARAMS, act: 'relu', x1: 1, w1: 0.5, x2: 1, w2: -0.5, b: 0 });
    expect(run.nodes.get('z')?.value).toBe(0);
    const w1 = run.checks.find((c) => c.id === 'w1');
    expect(w1?.backprop).toBe(0);
    expect(w1?.numeric).toBeCloseTo(-0.5, 4);
    expect(w1?.ok).toBe(false);
  });
});
