import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NeuronState, STEP_MS } from './neuron.svelte';
import { DEFAULT_PARAMS, RANGES } from './params';
import { runNeuron } from './run';

describe('the neuron figure state', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts with both passes complete for the default settings, as the static picture shows', () => {
    const s = new NeuronState();
    expect(s.params).toEqual(DEFAULT_PARAMS);
    expect(s.pos).toBe(s.total);
    expect(s.summary).toBe(true);
    expect(s.run.loss).toBe(runNeuron(DEFAULT_PARAMS).loss);
  });

  it('reruns the engine when a setting changes, clamped to its range, and announces the new loss', () => {
    const s = new NeuronState();
    s.set('w1', 99);
    expect(s.params.w1).toBe(RANGES.w1.max);
    expect(s.run.loss).toBe(runNeuron({ ...DEFAULT_PARAMS, w1: RANGES.w1.max }).loss);
    expect(s.announcement).toContain('weight w1');
    s.set('w1', Number.NaN);
    expect(s.params.w1).toBe(RANGES.w1.max);
  });

  it('takes a gradient step that lowers the default loss and records it', () => {
    const s = new NeuronState();
    const before = s.run.loss;
    s.descend();
    expect(s.run.loss).toBeLessThan(before);
    expect(s.history).toEqual([before, s.run.loss]);
    expect(s.lastDescent?.before).toBe(before);
    expect(s.announcement).toMatch(/loss fell/);
    s.set('x1', 1);
    expect(s.history).toEqual([]);
    expect(s.lastDescent).toBeNull();
  });

  it('keeps the history when only the learning rate changes', () => {
    const s = new NeuronState();
    s.descend();
    s.set('eta', 0.5);
    expect(s.history).toHaveLength(2);
  });

  it('plays the backward pass one step per tick, and jumps to its end with reduced motion', () => {
    const s = new NeuronState();
    s.reset();
    expect(s.pos).toBe(0);
    s.start('forward');
    expect(s.pos).toBe(1);
    expect(s.playing).toBe(true);
    vi.advanceTimersByTime(STEP_MS * (s.forwardSteps + 1));
    expect(s.pos).toBe(s.forwardSteps);
    expect(s.playing).toBe(false);
    s.reducedMotion = true;
    s.start('backward');
    expect(s.pos).toBe(s.total);
    expect(s.playing).toBe(false);
  });

  it('pauses where it is and steps on by one', () => {
    const s = new NeuronState();
    s.reset();
    s.start('play');
    s.toggle();
    expect(s.playing).toBe(false);
    const at = s.pos;
    s.next();
    expect(s.pos).toBe(at + 1);
  });

  it('loads settings from a link and restores the defaults', () => {
    const s = new NeuronState();
    s.descend();
    s.load({ ...DEFAULT_PARAMS, act: 'relu', w1: -1 });
    expect(s.params.act).toBe('relu');
    expect(s.history).toEqual([]);
    expect(s.pos).toBe(s.total);
    s.restoreDefaults();
    expect(s.params).toEqual(DEFAULT_PARAMS);
    expect(s.announcement).toContain('Default settings restored');
  });

  it('announces a change of activation with the new output', () => {
    const s = new NeuronState();
    s.setActivation('tanh');
    expect(s.announcement).toMatch(/^Activation tanh: a = /);
    const said = s.announcement;
    s.setActivation('tanh');
    expect(s.announcement).toBe(said);
  });
});
