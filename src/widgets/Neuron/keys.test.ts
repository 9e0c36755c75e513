import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from './keys';

const press = (key: string, tagName = 'DIV', extra: Partial<KeyLike> & { editable?: boolean } = {}): KeyLike => ({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName, isContentEditable: extra.editable ?? false }, ...extra });

describe('shortcutFor', () => {
  it.each([
    ['f', 'forward'],
    ['F', 'forward'],
    ['b', 'backward'],
    ['n', 'next'],
    ['ArrowRight', 'next'],
    [' ', 'toggle'],
    ['r', 'reset'],
    ['g', 'descend'],
    ['x', null],
    ['ArrowLeft', null],
  ] as const)('%s on the graph → %s', (key, action) => {
    expect(shortcutFor(press(key))).toBe(action);
  });

  it('never takes keys typed into fields', () => {
    for (const tag of ['INPUT', 'SELECT', 'TEXTAREA']) {
      for (const key of ['f', ' ', 'ArrowRight', 'r']) expect(shortcutFor(press(key, tag))).toBeNull();
    }
    expect(shortcutFor(press('f', 'DIV', { editable: true }))).toBeNull();
  });

  it('leaves Space to buttons but lets letters through', () => {
    expect(shortcutFor(press(' ', 'BUTTON'))).toBeNull();
    expect(shortcutFor(press('b', 'BUTTON'))).toBe('backward');
  });

  it('ignores keys with modifiers (browser shortcuts)', () => {
    expect(shortcutFor(press('r', 'DIV', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('f', 'DIV', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('g', 'DIV', { altKey: true }))).toBeNull();
  });
});
