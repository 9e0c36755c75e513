import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery } from './term-filter';

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
});
