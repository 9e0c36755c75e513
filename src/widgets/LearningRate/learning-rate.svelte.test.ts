import { describe, expect, it } from 'vitest';
import { descend } from './descent';
import { LearningRateState } from './learning-rate.svelte';
import { makeLoss } from './losses';
import { DEFAULTS, RANGES } from './params';

describe('the learning-rate figure state', () => {
  it('starts from the defaults with the engine’s run for them, as the static picture shows', () => {
    const s = new LearningRateState();
    expect(s.settings).toEqual(DEFAULTS);
    expect(s.run).toEqual(descend(makeLoss(DEFAULTS.loss, DEFAULTS.a), DEFAULTS.eta, DEFAULTS.theta0, DEFAULTS.steps));
    expect(s.regime).toBe('monotone');
    expect(s.isDefault).toBe(true);
  });

  it('clamps a setting into its range, ignores a non-number, and runs again', () => {
    const s = new LearningRateState();
    s.set('eta', 99);
    expect(s.settings.eta).toBe(RANGES.eta.max);
    expect(s.regime).toBe('diverging');
    s.set('eta', Number.NaN);
    expect(s.settings.eta).toBe(RANGES.eta.max);
    s.set('steps', 7.6);
    expect(s.run.thetas).toHaveLength(9);
  });

  it('compiles the chosen loss and says what its iterates did', () => {
    const s = new LearningRateState();
    s.load({ loss: 'logcosh', a: 1, eta: 3, theta0: 2, steps: 12 });
    expect(s.loss.kind).toBe('logcosh');
    expect(s.result.outcome).toBe('cycling');
    expect(s.theory).toContain('near the minimum');
    expect(s.announcement).toContain('log-cosh');
    s.restoreDefaults();
    expect(s.isDefault).toBe(true);
  });
});
