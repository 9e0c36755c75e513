import { describe, expect, it } from 'vitest';
import { gradientStep } from './descent';
import { NEURON_EXAMPLES } from './examples';
import { formatNumber } from '../shared/format';
import { paramsFromQuery } from './params';
import { runNeuron } from './run';

describe('NEURON_EXAMPLES', () => {
  it('have unique ids and queries that read without notices', () => {
    expect(new Set(NEURON_EXAMPLES.map((e) => e.id)).size).toBe(NEURON_EXAMPLES.length);
    for (const e of NEURON_EXAMPLES) expect(paramsFromQuery(e.query).notices).toEqual([]);
  });

  it('say what the engine computes', () => {
    const run = (id: string) => runNeuron(paramsFromQuery(NEURON_EXAMPLES.find((e) => e.id === id)?.query ?? '').params);
    expect(formatNumber(run('first-pass').nodes.get('a')?.value ?? 0)).toBe('0.562');
    expect(run('saturated-sigmoid').nodes.get('z')?.value).toBe(11);
    expect(Math.abs(run('saturated-sigmoid').nodes.get('w1')?.grad ?? 1)).toBeLessThan(1e-4);
    expect(run('dead-relu').checks.every((c) => c.ok && c.backprop === 0)).toBe(true);
    expect(run('relu-kink').nodes.get('z')?.value).toBe(0);
    expect(run('relu-kink').checks.some((c) => !c.ok)).toBe(true);
    const big = paramsFromQuery(NEURON_EXAMPLES.find((e) => e.id === 'too-large-step')?.query ?? '').params;
    const before = runNeuron(big);
    const after = runNeuron(gradientStep(big, before).params);
    expect([formatNumber(before.loss), formatNumber(after.loss)]).toEqual(['0.281', '1.015']);
  });
});
