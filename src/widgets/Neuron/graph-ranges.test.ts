/**
 * The build draws the neuron's graph once per range of container widths in which the live
 * graph keeps one height (Neuron.svelte's container queries at 390 and 760 px); these are the
 * edges of those ranges in sizesFor.
 */
import { describe, expect, it } from 'vitest';
import { sizesFor, WIDE_FROM } from './graph-spec';

describe('the ranges of the graph layout', () => {
  it('turns horizontal at 760 px', () => {
    expect(WIDE_FROM).toBe(760);
    expect(sizesFor(759).orientation).toBe('vertical');
    expect(sizesFor(760).orientation).toBe('horizontal');
  });

  it('takes the larger text from 390 px, and keeps one box height within each range', () => {
    expect(sizesFor(389).font).toBe(11.5);
    expect(sizesFor(390).font).toBe(13);
    for (const [from, to] of [[280, 389], [390, 759], [760, 2000]] as const) {
      const heights = new Set([from, Math.round((from + to) / 2), to].map((w) => `${sizesFor(w).boxHeight}|${sizesFor(w).layerGap}|${sizesFor(w).slotGap}`));
      expect(heights.size, `${from}–${to}`).toBe(1);
    }
  });
});
