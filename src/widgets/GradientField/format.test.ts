import { describe, expect, it } from 'vitest';
import { fmt, fmtAngle, fmtTick, parseTyped } from './format';

describe('fmt', () => {
  it.each([
    [0.76543, '0.765'],
    [-0.405, '−0.405'],
    [806, '806.000'],
    [0.00312, '0.00312'],
    [3.12e-5, '3.12×10⁻⁵'],
    [123456, '1.23×10⁵'],
    [0, '0.000'],
    [-0.0000000001, '−1.00×10⁻¹⁰'],
    [-0.0004, '−0.000400'],
    [Number.NaN, 'undefined'],
    [Infinity, '∞'],
  ])('fmt(%d) = %s', (v, text) => expect(fmt(v)).toBe(text));

  it('never shows −0.000', () => expect(fmt(-0.0000001 * 0)).toBe('0.000'));
});

describe('other formats', () => {
  it('writes angles as whole degrees in [0, 360)', () => {
    expect(fmtAngle(-41.4)).toBe('319°');
    expect(fmtAngle(359.7)).toBe('0°');
    expect(fmtAngle(Number.NaN)).toBe('—');
  });

  it('writes ticks short', () => {
    expect(fmtTick(-0.4)).toBe('−0.4');
    expect(fmtTick(0.30000000000000004)).toBe('0.3');
    expect(fmtTick(2e6)).toBe('2.0e6');
  });

  it('reads typed numbers', () => {
    expect(parseTyped('−1,5')).toBe(-1.5);
    expect(parseTyped(' 2e-3 ')).toBe(0.002);
    expect(parseTyped('1+1')).toBeNaN();
  });
});
