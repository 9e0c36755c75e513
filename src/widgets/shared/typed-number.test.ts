import { describe, expect, it } from 'vitest';
import { plainNumber, readTypedNumber } from './typed-number';

const x0 = { min: -3, max: 3, name: 'x₀', why: 'the edges of the plot' };

describe('readTypedNumber', () => {
  it('uses a number inside the range, typed with a true minus or a decimal comma', () => {
    expect(readTypedNumber('−2,5', x0, 1)).toEqual({ ok: true, value: -2.5 });
    expect(readTypedNumber('3', x0, 1)).toEqual({ ok: true, value: 3 });
  });

  it('refuses a number outside the range and says the range, never clamping silently', () => {
    expect(readTypedNumber('99', x0, 1)).toEqual({ ok: false, message: 'x₀ goes from −3 to 3 (the edges of the plot); 99 is outside, so x₀ stays 1.' });
    expect(readTypedNumber('-0.01', { min: 0.01, max: 2, name: 'η' }, 0.5)).toEqual({ ok: false, message: 'η goes from 0.01 to 2; −0.01 is outside, so η stays 0.5.' });
  });

  it('quotes at most a short prefix of what was typed', () => {
    const result = readTypedNumber('9'.repeat(10_000) + 'x', x0, 1);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(`“${'9'.repeat(24)}…” is not a number; x₀ stays 1.`);
  });

  it('refuses text that is not a number', () => {
    expect(readTypedNumber('2 + abc', x0, 1)).toEqual({ ok: false, message: '“2 + abc” is not a number; x₀ stays 1.' });
  });

  it('writes numbers without floating-point noise', () => {
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(-1.25)).toBe('−1.25');
  });
});
