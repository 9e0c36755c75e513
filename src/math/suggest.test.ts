import { describe, expect, it } from 'vitest';
import { editDistance, listNames, suggest } from './suggest';

describe('suggest', () => {
  it('measures edit distance', () => {
    expect(editDistance('sine', 'sin')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it.each([
    ['sine', 'sin'],
    ['Sin', 'sin'],
    ['EXP', 'exp'],
    ['sqr', 'sqrt'],
    ['sigmod', 'sigmoid'],
    ['arcsin', 'asin'],
    ['tanhh', 'tanh'],
  ])('%s → %s', (typo, expected) => {
    expect(suggest(typo, ['sin', 'exp', 'sqrt', 'sigmoid', 'asin', 'tanh', 'atan'])).toBe(expected);
  });
  it.each(['z', 'lg', 'constructor', 'x'.repeat(100)])('has no suggestion for %s', (word) => {
    expect(suggest(word, ['x', 'y', 'ln', 'log', 'cos'])).toBeUndefined();
  });
  it('lists names as a reader would', () => {
    expect(listNames([])).toBe('no variables');
    expect(listNames(['x'])).toBe('x');
    expect(listNames(['x', 'y'])).toBe('x and y');
    expect(listNames(['x', 'y', 't'])).toBe('x, y and t');
  });
});
