import { describe, expect, it } from 'vitest';
import { scientific, tickText } from './number-text';

describe('tickText', () => {
  it.each([
    [0, '0'],
    [-0.4, '−0.4'],
    [0.30000000000000004, '0.3'],
    [1e-4, '1×10⁻⁴'],
    [-2.5e-7, '−2.5×10⁻⁷'],
    [2e6, '2×10⁶'],
    [12345.678, '12350'],
  ])('tickText(%d) = %s', (v, text) => expect(tickText(v)).toBe(text));

  it('writes powers of ten as the readouts do, never as 1.0e-4', () => {
    expect(scientific(1.36e-30, 2, false)).toBe('1.36×10⁻³⁰');
    expect(tickText(1e-4)).not.toMatch(/e/);
  });
});
