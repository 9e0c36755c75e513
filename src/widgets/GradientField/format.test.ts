import { describe, expect, it } from 'vitest';
import { formatNumber as fmt, formatAngle as fmtAngle, formatTick as fmtTick, parseNumber as parseTyped } from '../shared/format';
import { cleanVector, dropNoise, formatVector } from '../shared/format';

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
    expect(fmtTick(2e6)).toBe('2×10⁶');
    expect(fmtTick(1e-4)).toBe('1×10⁻⁴');
  });

  it('reads typed numbers', () => {
    expect(parseTyped('−1,5')).toBe(-1.5);
    expect(parseTyped(' 2e-3 ')).toBe(0.002);
    expect(parseTyped('1+1')).toBeNaN();
  });
});

describe('floating-point noise', () => {
  it('drops a part that is rounding error beside the vector’s largest part', () => {
    expect(formatVector([Math.cos(Math.PI / 2), 1])).toBe('(0.000, 1.000)');
    expect(cleanVector([6.123e-17, -0.4])).toEqual([0, -0.4]);
    expect(dropNoise(1e-20, 3)).toBe(0);
  });

  it('keeps small numbers that are not noise, in the readout notation', () => {
    expect(formatVector([1.36e-30, 2e-30])).toBe('(1.36×10⁻³⁰, 2.00×10⁻³⁰)');
    expect(formatVector([1e-5, 1])).toBe('(1.00×10⁻⁵, 1.000)');
  });
});
