import { describe, expect, it } from 'vitest';
import { NumberDraft } from './number-draft.svelte';

const range = { min: -3, max: 3, name: 'x₀', why: 'the window' };

describe('a number field’s draft', () => {
  it('shows the value rounded until the reader types', () => {
    const d = new NumberDraft();
    expect(d.shown(1.23456789, 3)).toBe('1.235');
    expect(d.shown(2, 3)).toBe('2');
  });

  it('hands on a usable number at once and keeps the text typed', () => {
    const d = new NumberDraft();
    expect(d.type('−2.5', range, 1, false)).toBe(-2.5);
    expect(d.shown(-2.5, 3)).toBe('−2.5');
    expect(d.error).toBeNull();
    d.leave();
    expect(d.shown(-2.5, 3)).toBe('-2.5');
  });

  it('says nothing about a half-typed number until it is committed, then keeps text and message', () => {
    const d = new NumberDraft();
    expect(d.type('1e', range, 1, false)).toBeNull();
    expect(d.error).toBeNull();
    expect(d.type('abc', range, 1, true)).toBeNull();
    expect(d.error).toBe('“abc” is not a number; x₀ stays 1.');
    d.leave();
    expect(d.shown(1, 3)).toBe('abc');
  });

  it('refuses a number outside the range, naming the range and the value that stays', () => {
    const d = new NumberDraft();
    expect(d.type('99', range, 1, true)).toBeNull();
    expect(d.error).toBe('x₀ goes from −3 to 3 (the window); 99 is outside, so x₀ stays 1.');
  });

  it('gives way to a value set elsewhere', () => {
    const d = new NumberDraft();
    d.type('abc', range, 1, true);
    d.reset();
    expect(d.error).toBeNull();
    expect(d.shown(0.5, 3)).toBe('0.5');
  });
});
