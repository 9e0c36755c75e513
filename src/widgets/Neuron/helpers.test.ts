import { describe, expect, it } from 'vitest';
import { gradientStep, pushLoss, updateFormulas } from './descent';
import { toText } from './math-tokens';
import { DEFAULT_PARAMS } from './params';
import { nextPosition, playRange } from './player';
import { runNeuron } from './run';
import { sparkline } from './sparkline';

describe('playRange and nextPosition', () => {
  const F = 5;
  const T = 16;
  it.each([
    ['forward', 0, { from: 0, to: F }],
    ['forward', 3, { from: 3, to: F }],
    ['forward', T, { from: 0, to: F }],
    ['backward', 2, { from: F, to: T }],
    ['backward', 9, { from: 9, to: T }],
    ['backward', T, { from: F, to: T }],
    ['play', 4, { from: 4, to: T }],
    ['play', T, { from: 0, to: T }],
  ] as const)('%s from %i', (kind, pos, range) => {
    expect(playRange(kind, pos, F, T)).toEqual(range);
  });
  it('steps on and wraps after the end', () => {
    expect(nextPosition(3, T)).toBe(4);
    expect(nextPosition(T, T)).toBe(1);
  });
});

describe('gradientStep', () => {
  it('moves w1, w2, b against the engine’s gradient', () => {
    const run = runNeuron(DEFAULT_PARAMS);
    const { params, clamped } = gradientStep(DEFAULT_PARAMS, run);
    expect(params.w1).toBeCloseTo(DEFAULT_PARAMS.w1 - DEFAULT_PARAMS.eta * (run.nodes.get('w1')?.grad ?? 0), 15);
    expect(params.x1).toBe(DEFAULT_PARAMS.x1);
    expect(clamped).toEqual([]);
    expect(runNeuron(params).loss).toBeLessThan(run.loss);
  });
  it('clamps at the end of a range and says so', () => {
    const p = { ...DEFAULT_PARAMS, act: 'relu' as const, w1: 3.9, x1: 3, y: -3, eta: 2 };
    const { params, clamped } = gradientStep(p, runNeuron(p));
    expect(params.w1).toBe(-4);
    expect(clamped).toContain('weight w1');
  });
  it('writes each update with numbers', () => {
    const f = updateFormulas(DEFAULT_PARAMS, runNeuron(DEFAULT_PARAMS));
    expect(toText(f[0] ?? [])).toBe('w₁ − η∂L/∂w₁ = 0.500 − 1.000 · (−0.216) = 0.716');
  });
  it('keeps a bounded loss history', () => {
    expect(pushLoss([], 1, 0.5)).toEqual([1, 0.5]);
    expect(pushLoss([1, 0.5], 0.5, 0.25)).toEqual([1, 0.5, 0.25]);
    expect(pushLoss(Array.from({ length: 30 }, (_, i) => i), 0, -1, 24)).toHaveLength(24);
  });
});

describe('sparkline', () => {
  it('maps 0 to the bottom and the largest loss to the top', () => {
    expect(sparkline([2, 1, 0], 100, 20, 0)).toEqual({ d: 'M0 0L50 10L100 20', last: [100, 20] });
    expect(sparkline([], 100, 20)).toEqual({ d: '', last: null });
  });
});
