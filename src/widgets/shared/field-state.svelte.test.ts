import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE, DEFAULT_WINDOW, FIELD_KEYS, WORLD_LIMIT } from './field-keys';
import { homeWindow } from '../GradientField/presets';
import { FieldState, fieldStateOf, readFieldLink } from './field-state.svelte';
import { PageState } from './page-state.svelte';
import { mergeParams, readParams } from './url-params';

const values = (query: string) => readParams(query, FIELD_KEYS.schema).values;

describe('the shared field state', () => {
  it('starts at the default function and point', () => {
    const s = new FieldState();
    expect([s.source, s.x, s.y, s.angle]).toEqual([DEFAULT_SOURCE, 1, 0.5, 30]);
    expect(s.window).toEqual(DEFAULT_WINDOW);
  });

  it('recompiles f when the source changes, and keeps the last good f for text that does not parse', () => {
    const s = new FieldState();
    const before = s.field;
    expect(s.setSource('x^2 + y')).toBeNull();
    expect(s.field).not.toBe(before);
    expect(s.field.value(3, 1)).toBe(10);
    const error = s.setSource('x^');
    expect(error?.message).toBeTruthy();
    expect(s.source).toBe('x^2 + y');
    expect(s.field.value(3, 1)).toBe(10);
  });

  it('clamps the point to the world and ignores values that are not finite', () => {
    const s = new FieldState();
    s.setPoint(1e9, Number.NaN);
    expect([s.x, s.y]).toEqual([WORLD_LIMIT, 0.5]);
  });

  it('applies a link in the window its function starts in, moved to hold the point', () => {
    const s = new FieldState();
    s.apply(values(`?f=${encodeURIComponent('(1 - x)^2 + 100*(y - x^2)^2')}&x=-1&y=0.5&u=10`));
    expect(s.window).toEqual(homeWindow('(1 - x)^2 + 100*(y - x^2)^2'));
    expect(s.angle).toBe(10);
    s.apply(values('?x=40&y=-40'));
    expect(s.window.x[0]).toBeLessThan(40);
    expect(s.window.x[1]).toBeGreaterThan(40);
    expect(s.window.x[1] - s.window.x[0]).toBeCloseTo(6);
  });

  it('writes its keys for the link, leaving out the default function', () => {
    const s = new FieldState();
    expect(s.linkUpdates()).toEqual({ f: null, x: '1', y: '0.5', u: '30' });
    s.setSource('x*y');
    s.setPoint(1 / 3, 2);
    expect(s.linkUpdates()).toMatchObject({ f: 'x*y', x: '0.3333' });
  });

  it('is one per page, read from the link once for every figure that uses it', () => {
    const page = new PageState({ query: () => '?f=x*y&x=2&y=-1' });
    readFieldLink(page);
    const s = fieldStateOf(page);
    expect([s.source, s.x, s.y]).toEqual(['x*y', 2, -1]);
    s.setPoint(0, 0);
    readFieldLink(page);
    expect(fieldStateOf(page)).toBe(s);
    expect([s.x, s.y]).toEqual([0, 0]);
  });
});

describe("the field's link", () => {
  // Whatever the editor accepts, the figure's own link must bring back after a reload.
  it.each([
    ['the longest function the engine takes', `x + y${' '.repeat(1995)}`],
    ['a long function of characters that encode long', `${'π*'.repeat(490)}x + y`],
  ])('reproduces %s', (_what, source) => {
    const s = new FieldState();
    expect(s.setSource(source)).toBeNull();
    const link = mergeParams('?t=1', s.linkUpdates());
    const read = readParams(link, FIELD_KEYS.schema);
    expect(read.notices).toEqual([]);
    expect(read.values.f).toBe(source);
  });
});
