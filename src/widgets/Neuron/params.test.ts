import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, clampParam, isDefault, paramsFromQuery, paramsToQuery } from './params';

describe('neuron URL parameters', () => {
  it('reads defaults from an empty query without notices', () => {
    expect(paramsFromQuery('')).toEqual({ params: DEFAULT_PARAMS, notices: [] });
  });

  it('round-trips every setting', () => {
    const p = { x1: -1.5, x2: 0.25, w1: 3, w2: -0.125, b: 0.3, y: -2, act: 'relu' as const, eta: 0.05 };
    const query = paramsToQuery('', p);
    expect(paramsFromQuery(query)).toEqual({ params: p, notices: [] });
  });

  it('keeps the keys of other figures and leaves defaults out', () => {
    const query = paramsToQuery('?f=x%5E2&x=1&y=2', { ...DEFAULT_PARAMS, w1: 2 });
    expect(query).toBe('?f=x%5E2&x=1&y=2&w1=2');
  });

  it('does not read the field figures\u2019 y as the target', () => {
    expect(paramsFromQuery('?y=2.5').params.y).toBe(DEFAULT_PARAMS.y);
  });

  it.each([
    ['?act=%3Cscript%3E', 'act'],
    ['?w1=NaN', 'w1'],
    ['?x1=1e400', 'x1'],
    ['?eta=0', 'eta'],
    ['?t=9', 'y'],
  ] as const)('falls back with a notice for %s', (query, key) => {
    const { params, notices } = paramsFromQuery(query);
    expect(params[key]).toBe(DEFAULT_PARAMS[key]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).not.toMatch(/[<>]/);
  });

  it('clamps into range', () => {
    expect(clampParam('w1', 9)).toBe(4);
    expect(clampParam('eta', -1)).toBe(0.01);
    expect(clampParam('b', Number.NaN)).toBe(DEFAULT_PARAMS.b);
  });
});

describe('isDefault', () => {
  it('is true only for the default settings', () => {
    expect(isDefault({ ...DEFAULT_PARAMS })).toBe(true);
    expect(isDefault({ ...DEFAULT_PARAMS, w1: 0.55 })).toBe(false);
    expect(isDefault({ ...DEFAULT_PARAMS, act: 'relu' })).toBe(false);
  });
});
