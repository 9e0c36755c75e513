import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from './params';
import { runNeuron } from './run';
import { activeStep, backwardCount, chainTo, edgeState, forwardCount, gradSoFar, phaseAt, totalSteps, valueShown } from './timeline';

const run = runNeuron(DEFAULT_PARAMS);
const F = forwardCount(run);
const T = totalSteps(run);

describe('timeline', () => {
  it('counts forward steps, the seed and the trace', () => {
    expect(F).toBe(5);
    expect(backwardCount(run)).toBe(run.backward.length + 1);
    expect(T).toBe(F + run.backward.length + 1);
  });

  it('names the phase of each position', () => {
    expect(phaseAt(run, 0)).toBe('start');
    expect(phaseAt(run, 1)).toBe('forward');
    expect(phaseAt(run, F)).toBe('forward');
    expect(phaseAt(run, F + 1)).toBe('backward');
    expect(phaseAt(run, T)).toBe('done');
  });

  it('reveals values in forward order, leaves from the start', () => {
    expect(valueShown(run, 0, 'w1')).toBe(true);
    expect(valueShown(run, 0, 'm1')).toBe(false);
    expect(valueShown(run, 1, 'm1')).toBe(true);
    expect(valueShown(run, F - 1, 'L')).toBe(false);
    expect(valueShown(run, F, 'L')).toBe(true);
  });

  it('reveals gradients as the backward steps reach them', () => {
    expect(gradSoFar(run, F, 'L')).toBeNull();
    expect(gradSoFar(run, F + 1, 'L')).toBe(1);
    expect(gradSoFar(run, F + 1, 'a')).toBeNull();
    expect(gradSoFar(run, F + 2, 'a')).toBe(run.nodes.get('a')?.grad);
    for (const id of run.nodes.keys()) expect(gradSoFar(run, T, id)).toBeCloseTo(run.nodes.get(id)?.grad ?? Number.NaN, 15);
  });

  it('knows the current step', () => {
    expect(activeStep(run, 0)).toBeNull();
    expect(activeStep(run, 1)).toEqual({ kind: 'forward', index: 0, node: 'm1' });
    expect(activeStep(run, F + 1)).toEqual({ kind: 'seed', index: 0, node: 'L' });
    expect(activeStep(run, F + 2)).toMatchObject({ kind: 'backward', index: 1, step: { node: 'a', from: 'L' } });
  });

  it('draws edges by state', () => {
    expect(edgeState(run, 0, 'w1', 'm1')).toBe('idle');
    expect(edgeState(run, 1, 'w1', 'm1')).toBe('active-forward');
    expect(edgeState(run, 2, 'w1', 'm1')).toBe('value');
    expect(edgeState(run, F + 2, 'a', 'L')).toBe('active-backward');
    expect(edgeState(run, F + 2, 'a', 'L', false)).toBe('grad');
    expect(edgeState(run, F + 3, 'a', 'L')).toBe('grad');
  });

  it('finds the chain from the loss to a node', () => {
    const index = run.backward.findIndex((s) => s.node === 'w1');
    expect(chainTo(run, index).map((s) => `${s.from}→${s.node}`)).toEqual(['L→a', 'a→z', 'z→m1', 'm1→w1']);
    const product = chainTo(run, index).reduce((acc, s) => acc * s.local, 1);
    expect(product).toBeCloseTo(run.nodes.get('w1')?.grad ?? Number.NaN, 14);
  });
});
