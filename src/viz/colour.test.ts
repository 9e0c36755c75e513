import { describe, expect, it } from 'vitest';
import { bandColoursFor, rampColour, scalePosition, valueColours } from './colour';

const linear = { low: 0, high: 10, spacing: 'linear' as const };

describe('value colours', () => {
  it('colours a value, not a band rank: the same value has the same colour in any window', () => {
    // Two windows of one function: the band [2, 3) appears in both, at different ranks.
    const wide = bandColoursFor([1, 2, 3, 4], linear);
    const narrow = bandColoursFor([2, 3], linear);
    expect(narrow[1]).toBe(wide[2]);
    expect(narrow[1]).toBe(rampColour(0.25));
  });

  it('clamps values beyond the scale to its end colours', () => {
    expect(scalePosition(linear, -50)).toBe(0);
    expect(scalePosition(linear, 99)).toBe(1);
    expect(bandColoursFor([20, 30], linear).slice(1)).toEqual([rampColour(1), rampColour(1)]);
  });

  it('places a skewed function logarithmically, as its levels', () => {
    const skew = { low: 0, high: 1000, spacing: 'log-up' as const };
    expect(scalePosition(skew, 1)).toBeCloseTo(Math.log1p(1) / Math.log1p(1000));
    expect(scalePosition(skew, 100)).toBeGreaterThan(0.6);
    const down = { low: 0, high: 1000, spacing: 'log-down' as const };
    expect(scalePosition(down, 999)).toBeCloseTo(1 - Math.log1p(1) / Math.log1p(1000));
  });

  it('builds the scale from samples and copes with a constant function', () => {
    const s = valueColours(Float64Array.from({ length: 101 }, (_, i) => i / 10));
    expect(s.spacing).toBe('linear');
    expect(s.low).toBeCloseTo(0.1);
    expect(s.high).toBeCloseTo(9.9);
    expect(bandColoursFor([], valueColours([2, 2, 2]))).toEqual([rampColour(0.5)]);
  });
});
