import { describe, expect, it } from 'vitest';
import { isSlug, nameKey, termPath, termSlugFromHref, toTermSlug } from './slugs';

describe('slugs', () => {
  it.each([
    ['gradient', true],
    ['gradient-descent', true],
    ['l2-norm', true],
    ['Gradient', false],
    ['-gradient', false],
    ['gradient--descent', false],
    ['gradient_descent', false],
    ['', false],
  ])('isSlug(%j) is %s', (value, ok) => expect(isSlug(value)).toBe(ok));

  it('brands only valid slugs', () => {
    expect(toTermSlug('hessian')).toBe('hessian');
    expect(() => toTermSlug('Bad Slug')).toThrow(/not a valid slug/);
  });

  it.each([
    ['/glossary/gradient/', 'gradient'],
    ['/glossary/gradient', 'gradient'],
    ['/glossary/gradient/#x', 'gradient'],
    ['/glossary/gradient/?a=1', 'gradient'],
    ['/glossary/', null],
    ['/articles/gradient/', null],
    ['https://example.com/glossary/gradient/', null],
  ])('termSlugFromHref(%j) is %j', (href, slug) => expect(termSlugFromHref(href)).toBe(slug));

  it('paths and name keys', () => {
    expect(termPath('jacobian')).toBe('/glossary/jacobian/');
    expect(nameKey('  Nabla   F ')).toBe('nabla f');
  });
});
