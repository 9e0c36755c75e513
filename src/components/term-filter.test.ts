import { describe, expect, it } from 'vitest';
import { filterStatus, foldForSearch, inArea, matchesQuery } from './term-filter';

describe('term filter', () => {
  const gradient = ['Gradient', 'gradient', 'grad', 'nabla f', '∇f'];
  it.each([
    ['grad', gradient, true],
    ['GRAD', gradient, true],
    ['∇F', gradient, true],
    ['nabla', gradient, true],
    ['nabla f', gradient, true],
    ['hessian', gradient, false],
    ['', gradient, true],
    ['step size', ['Learning Rate', 'step size', 'eta'], true],
    ['ecart', ['Écart'], true],
  ])('%j matches %j: %s', (query, names, expected) => expect(matchesQuery(names, query)).toBe(expected));

  it('folds accents and compatibility forms', () => expect(foldForSearch(' Ｅcart ')).toBe('ecart'));

  it('keeps entries of the chosen area, or all of them', () => {
    expect(inArea(['calculus', 'optimisation'], 'optimisation')).toBe(true);
    expect(inArea(['calculus'], 'probability')).toBe(false);
    expect(inArea(['calculus'], '')).toBe(true);
  });

  it.each([
    [3, 110, '', '', ''],
    [1, 110, 'nabla', '', '1 of 110 terms match.'],
    [0, 110, 'zzzz', '', 'No term matches.'],
    [15, 110, '', 'Calculus', '15 of 110 terms match in Calculus.'],
    [0, 110, 'softmax', 'Calculus', 'No term in Calculus matches.'],
  ])('says %i of %i for %j in %j', (shown, total, query, area, expected) => expect(filterStatus(shown, total, query, area)).toBe(expected));
});
