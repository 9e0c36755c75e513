import { describe, expect, it } from 'vitest';
import { multiplesIn, niceFloor, niceStep, niceTicks } from './ticks';

describe('nice numbers', () => {
  it.each([
    [0.3, 0.5],
    [1, 1],
    [1000, 1000],
    [1.5, 2],
    [3, 5],
    [7, 10],
    [0.00042, 0.0005],
  ])('niceStep(%d) = %d', (raw, step) => expect(niceStep(raw)).toBe(step));

  it.each([
    [0.3, 0.2],
    [1, 1],
    [4.99, 2],
    [5, 5],
    [730, 500],
  ])('niceFloor(%d) = %d', (v, floor) => expect(niceFloor(v)).toBe(floor));

  it('gives short decimals', () => {
    expect(niceTicks(-3, 3, 6)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(niceTicks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(multiplesIn(-0.25, 0.35, 0.1)).toEqual([-0.2, -0.1, 0, 0.1, 0.2, 0.3]);
  });

  it('returns nothing for an empty or broken range', () => {
    expect(niceTicks(1, 1, 5)).toEqual([]);
    expect(niceTicks(Number.NaN, 1, 5)).toEqual([]);
  });
});
