import { describe, expect, it } from 'vitest';
import { mergeParams, overlay, readParams, splitQuery, type ParamSpec } from './url-params';

const schema = {
  x: { kind: 'number', min: -10, max: 10, fallback: 1, label: "the point's x" },
  act: { kind: 'choice', values: ['sigmoid', 'tanh', 'relu'], fallback: 'sigmoid', label: 'the activation' },
  f: { kind: 'text', maxLength: 200, fallback: 'x^2', label: 'function', check: (s: string) => (s.includes('(') && !s.includes(')') ? 'a bracket is not closed' : null) },
} satisfies Record<string, ParamSpec>;

describe('readParams', () => {
  // Each row: the query, the values expected, and how many notices the reader sees.
  const table: [string, string, Record<string, unknown>, number][] = [
    ['empty query: defaults, no notice', '', { x: 1, act: 'sigmoid', f: 'x^2' }, 0],
    ['valid values', '?x=2.5&act=relu&f=sin(x)', { x: 2.5, act: 'relu', f: 'sin(x)' }, 0],
    ['NaN falls back', '?x=NaN', { x: 1 }, 1],
    ['Infinity falls back', '?x=Infinity', { x: 1 }, 1],
    ['huge number falls back', '?x=1e308', { x: 1 }, 1],
    ['hex is not a number here', '?x=0x10', { x: 1 }, 1],
    ['empty number falls back', '?x=', { x: 1 }, 1],
    ['unknown choice falls back', '?act=softmax', { act: 'sigmoid' }, 1],
    ['script text in a choice', '?act=%3Cscript%3Ealert(1)%3C%2Fscript%3E', { act: 'sigmoid' }, 1],
    ['malformed percent-encoding', '?f=%E0%A4%A', { f: 'x^2' }, 1],
    ['lone percent sign', '?x=%', { x: 1 }, 1],
    ['repeated key: first wins', '?x=2&x=3', { x: 2 }, 1],
    ['text failing its check', '?f=sin(x', { f: 'x^2' }, 1],
    ['too long text', `?f=${'x'.repeat(500)}`, { f: 'x^2' }, 1],
    ['__proto__ key is unknown, not special', '?__proto__=1&constructor=2', { x: 1 }, 0],
    ['plus means space where an encoder wrote the value', '?f=x+%2B+1', { f: 'x + 1' }, 0],
    ['a raw plus typed by hand is a plus sign', '?f=x^2+y^2', { f: 'x^2+y^2' }, 0],
    ['%20 is a space', '?f=sin(x)%20cos(y)', { f: 'sin(x) cos(y)' }, 0],
  ];
  it.each(table)('%s', (_name, query, expected, noticeCount) => {
    const result = readParams(query, schema);
    expect(result.values).toMatchObject(expected);
    expect(result.notices).toHaveLength(noticeCount);
  });

  it('reports unknown keys when asked, except those other figures own', () => {
    const result = readParams('?x=1&zz=3&w1=2', schema, { reportUnknown: ['w1'] });
    expect(result.notices).toEqual(['Ignored an unknown setting “zz” in the link.']);
  });

  it('says many unknown or repeated keys in one line each, with a count', () => {
    const many = Array.from({ length: 100 }, (_, i) => `k${i}=1`).join('&');
    const result = readParams(`?${many}&x=1&x=2&x=3&k0=2`, schema, { reportUnknown: [] });
    expect(result.notices).toEqual([expect.stringContaining('more than once'), 'Ignored 100 unknown settings in the link: “k0”, “k1”, “k2” and 97 more.']);
  });

  it('never puts markup characters into a notice', () => {
    const result = readParams('?act=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', schema);
    expect(result.notices.join('')).not.toMatch(/[<>]/);
  });

  it('gives up on absurdly long queries with one notice', () => {
    const result = readParams(`?f=${'y'.repeat(25_000)}`, schema);
    expect(result.values.f).toBe('x^2');
    expect(result.notices).toEqual([expect.stringContaining('too long to read')]);
  });

  it('does not throw on arbitrary input', () => {
    for (const junk of ['?&&&', '?=', '?%%%=%%%', '?x', '?\u0000=\u0000', '?a=b=c', `?${'%'.repeat(100)}`]) {
      expect(() => readParams(junk, schema)).not.toThrow();
    }
  });
});

describe('splitQuery and mergeParams', () => {
  it('keeps keys it does not update', () => {
    expect(mergeParams('?w1=0.5&x=1', { x: 2, f: 'x^2+y' })).toBe('?w1=0.5&x=2&f=x%5E2%2By');
  });
  it('removes keys set to null', () => {
    expect(mergeParams('?x=1&y=2', { x: null })).toBe('?y=2');
    // Spaces are written %20, so what is written reads back the same, sum or product.
    for (const f of ['sin(x) cos(y)', 'x^2 + y^2', 'x+y']) expect(readParams(mergeParams('', { f }), { f: { kind: 'text', maxLength: 99, fallback: '', label: 'f', check: () => null } }).values.f).toBe(f);
    expect(mergeParams('?x=1', { x: null })).toBe('');
  });
  it('marks malformed values as null', () => {
    expect(splitQuery('?a=%ZZ&b=1')).toEqual([{ key: 'a', value: null }, { key: 'b', value: '1' }]);
  });
});

describe('overlay', () => {
  it('lays a query on another: its own keys win, the rest of the base stays, encoding untouched', () => {
    expect(overlay('f=x%5E2*y&x=1&y=0.5', '?x=2&zz=%E0')).toBe('?x=2&zz=%E0&f=x%5E2*y&y=0.5');
    expect(overlay('?x=1', '')).toBe('?x=1');
    expect(overlay('', '')).toBe('');
    expect(readParams(overlay('x=1', '?x=2'), { x: { kind: 'number', min: 0, max: 9, fallback: 0, label: 'x' } }).notices).toEqual([]);
  });
});
