import { describe, expect, it } from 'vitest';
import { tokenize } from './lexer';
import { invisibleName, lookAlikeOf } from './unicode';

const kinds = (source: string): string => tokenize(source).map((t) => `${t.kind}:${t.text}`).join(' ');

describe('tokenize', () => {
  it.each([
    ['2x', 'num:2 name:x'],
    ['1e-3', 'num:1e-3'],
    ['2e', 'num:2 name:e'],
    ['2ex', 'num:2 name:ex'],
    ['x_1+w12', 'name:x_1 op:+ name:w12'],
    ['x**2', 'name:x op:^ num:2'],
    ['−x×y·z÷w', 'op:- name:x op:* name:y op:* name:z op:/ name:w'],
    ['x²', 'name:x sup:²'],
    ['π2', 'name:pi num:2'],
    ['θ1 + α', 'name:theta1 op:+ name:alpha'],
    ['atan2(y, x)', 'name:atan2 (:( name:y ,:, name:x ):)'],
    [' \t\n\u00a0', ''],
  ])('%s → %s', (source, expected) => {
    expect(kinds(source)).toBe(expected);
  });

  it('keeps ranges in the original text', () => {
    const tokens = tokenize('θ × 10');
    expect(tokens.map((t) => [t.start, t.end])).toEqual([[0, 1], [2, 3], [4, 6]]);
    expect(tokenize('x**2')[1]).toMatchObject({ start: 1, end: 3 });
  });
});

describe('unicode', () => {
  it('names invisible characters by code point', () => {
    expect(invisibleName('\u200b')).toBe('U+200B');
    expect(invisibleName('\u202e')).toBe('U+202E');
    expect(invisibleName(' ')).toBeUndefined();
    expect(invisibleName('\n')).toBeUndefined();
  });
  it('knows which letters imitate ASCII', () => {
    expect(lookAlikeOf('\u0445')).toBe('x'); // Cyrillic ha
    expect(lookAlikeOf('\u03bf')).toBe('o'); // Greek omicron
    expect(lookAlikeOf('\uff58')).toBe('x'); // full-width x
    expect(lookAlikeOf('\u{1d465}')).toBe('x'); // mathematical italic x
    expect(lookAlikeOf('\u2013')).toBe('-');
    expect(lookAlikeOf('\u0436')).toBeUndefined();
    expect(lookAlikeOf('x')).toBeUndefined();
  });
});
