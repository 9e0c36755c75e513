import { describe, expect, it } from 'vitest';
import { formatFactor, formatNumber, parseNumber } from '../shared/format';

describe('formatNumber', () => {
  const table: [number, string][] = [
    [0, '0.000'],
    [-0, '0.000'],
    [0.03, '0.030'],
    [-0.25, '−0.250'],
    [1.2345, '1.234'],
    [12, '12.000'],
    [0.00312, '0.00312'],
    [-0.00312, '−0.00312'],
    [0.0099, '0.00990'],
    [0.00001234, '1.23×10⁻⁵'],
    [-0.0000001, '−1.00×10⁻⁷'],
    [123456, '1.23×10⁵'],
    [-0.00000000000001, '−1.00×10⁻¹⁴'],
    [Number.NaN, 'undefined'],
    [Infinity, '∞'],
    [-Infinity, '−∞'],
  ];
  it.each(table)('%s → %s', (v, text) => {
    expect(formatNumber(v)).toBe(text);
  });

  it('never shows a hyphen-minus', () => {
    for (const v of [-1, -0.5, -1e-9, -1e9, -0.0001]) expect(formatNumber(v)).not.toContain('-');
  });
});

describe('formatFactor', () => {
  it('brackets negative numbers only', () => {
    expect(formatFactor(-0.25)).toBe('(−0.250)');
    expect(formatFactor(0.25)).toBe('0.250');
  });
});

describe('parseNumber', () => {
  const table: [string, number][] = [
    ['1.5', 1.5],
    [' −2 ', -2],
    ['-0.25', -0.25],
    ['0,5', 0.5],
    ['.5', 0.5],
    ['1e-2', 0.01],
  ];
  it.each(table)('%s → %s', (text, v) => {
    expect(parseNumber(text)).toBe(v);
  });
  it.each(['', 'abc', '1..2', 'NaN', 'Infinity', '0x10', '--1'])('rejects %s', (text) => {
    expect(parseNumber(text)).toBeNaN();
  });
});
