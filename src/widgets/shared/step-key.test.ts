import { describe, expect, it } from 'vitest';
import { stepKey } from './step-key';

describe('stepKey', () => {
  it.each([
    ['ArrowRight', false, 1.05],
    ['ArrowUp', false, 1.05],
    ['ArrowLeft', false, 0.95],
    ['ArrowRight', true, 1.5],
    ['PageDown', false, 0.5],
    ['Home', false, -3],
    ['End', false, 3],
  ])('%s (shift %s)', (key, shift, expected) => {
    expect(stepKey(key, shift, 1, 0.05, [-3, 3])).toBeCloseTo(expected, 12);
  });

  it('ignores other keys', () => {
    expect(stepKey('a', false, 1, 0.05, [-3, 3])).toBeNull();
  });
});
