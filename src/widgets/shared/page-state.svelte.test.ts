import { describe, expect, it, vi } from 'vitest';
import { PageState, pageState, type PageStateOptions } from './page-state.svelte';
import { UNKNOWN_KEYS, type KeyGroup } from './url-params';
import type { UrlWriter } from './url-writer';

const POINT = { id: 'point', schema: { x: { kind: 'number', min: -10, max: 10, fallback: 1, label: "point's x" } } } as const satisfies KeyGroup;
const CAMERA = { id: 'camera', schema: { cam: { kind: 'choice', values: ['near', 'far'], fallback: 'near', label: 'camera' } } } as const satisfies KeyGroup;

/** A page state over a fixed link, with a writer that records what it would write. */
function page(query: string, options: Partial<PageStateOptions> = {}) {
  const written: string[] = [];
  const read = vi.fn(() => query);
  const writer = (q: () => string): UrlWriter => ({ schedule: () => written.push(q()), flush: () => written.push(q()), dispose: () => {} });
  return { state: new PageState({ query: read, current: () => query, writer, ...options }), read, written };
}

describe('the page state', () => {
  it('reads the link once, however many groups and figures ask', () => {
    const { state, read } = page('?x=2&cam=far');
    expect(state.read(POINT).values.x).toBe(2);
    expect(state.read(CAMERA).values.cam).toBe('far');
    expect(state.read(POINT).values.x).toBe(2);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('holds the notices of each group, and those about keys no figure owns apart, for the first figure that claims them', () => {
    const { state } = page('?x=NaN&cam=side&zz=1&w1=3');
    state.read(POINT);
    state.read(CAMERA);
    expect(state.claimUnknown(['x', 'cam', 'w1'])).toBe(true);
    expect(state.claimUnknown(['x', 'cam', 'w1'])).toBe(false);
    expect(state.noticesOf(['point'])).toEqual([expect.stringContaining("point's x")]);
    expect(state.noticesOf(['camera'])).toEqual([expect.stringContaining('camera')]);
    expect(state.noticesOf([UNKNOWN_KEYS])).toEqual([expect.stringContaining('unknown setting “zz”')]);
    expect(state.noticesOf(['camera', 'point', UNKNOWN_KEYS])).toHaveLength(3);
    state.dismiss(['point']);
    expect(state.noticesOf(['point'])).toEqual([]);
    expect(state.noticesOf(['camera'])).toHaveLength(1);
  });

  it('says once that a link is too long, not again for its unknown keys', () => {
    const { state } = page(`?x=1&zz=${'9'.repeat(21_000)}`);
    state.read(POINT);
    state.claimUnknown(['x']);
    expect(state.noticesOf(['point', UNKNOWN_KEYS])).toEqual([expect.stringContaining('too long')]);
  });

  it('applies a group once: a second figure starting later does not reset what the reader changed', () => {
    const { state } = page('?x=2');
    let x = 0;
    expect(state.applyOnce(POINT, ({ values }) => (x = values.x))).toBe(true);
    x = 5;
    expect(state.applyOnce(POINT, ({ values }) => (x = values.x))).toBe(false);
    expect(x).toBe(5);
  });

  it('makes each shared object once', () => {
    const { state } = page('');
    const a = state.shared('field', () => ({ n: 1 }));
    expect(state.shared('field', () => ({ n: 2 }))).toBe(a);
  });

  it('writes every contributed group into the link through one writer, keeping keys it does not own', () => {
    const { state, written } = page('?t=1&x=1');
    let x = 3;
    const leaveA = state.contribute('point', () => ({ x }));
    const leaveB = state.contribute('point', () => ({ x: 99 }));
    state.contribute('camera', () => ({ cam: null }));
    state.schedule();
    expect(written).toEqual(['?t=1&x=3']);
    x = 4;
    state.flush();
    expect(written.at(-1)).toBe('?t=1&x=4');
    leaveA();
    expect(state.linkQuery()).toBe('?t=1&x=99');
    leaveB();
    expect(state.linkQuery()).toBe('?t=1&x=1');
  });

  it('writes nothing before anything is scheduled', () => {
    const { state, written } = page('?x=1');
    state.flush();
    expect(written).toEqual([]);
  });

  it("reads a term's start beneath the link's keys, and writes a default the start would hide", () => {
    const { state, written } = page('?cam=far', { start: 'x=4&cam=near' });
    expect(state.read(POINT).values.x).toBe(4);
    expect(state.read(CAMERA).values.cam).toBe('far');
    let x: number | null = 3;
    state.contribute('point', () => ({ x }));
    state.contribute('camera', () => ({ cam: null }));
    state.schedule();
    expect(written.at(-1)).toBe('?x=3&cam=near');
    x = null; // the default, 1: left out, the reload would read the start's 4
    state.flush();
    expect(written.at(-1)).toBe('?x=1&cam=near');
  });

  it("shows a term's start before the figures mount, without taking what a reader has changed since", () => {
    const { state } = page('?x=2', { start: 'x=4&cam=far' });
    const view = state.startView()!;
    let x = 0;
    let cam = '';
    expect(view.applyOnce(POINT, ({ values }) => (x = values.x))).toBe(true);
    expect(x).toBe(4);
    expect(view.shared('field', () => 'the page’s')).toBe(state.shared('field', () => 'another'));
    expect(state.applyOnce(POINT, ({ values }) => (x = values.x))).toBe(true);
    expect(x).toBe(2);
    // A figure starting later: the point was read from the link already, the camera was not.
    const later = state.startView()!;
    expect(later.applyOnce(POINT, ({ values }) => (x = values.x))).toBe(false);
    expect(later.applyOnce(CAMERA, ({ values }) => (cam = values.cam))).toBe(true);
    expect([x, cam]).toEqual([2, 'far']);
    expect(page('').state.startView()).toBeNull();
  });

  it('at build time gives every island a fresh state, so pages rendered in one build share nothing', () => {
    expect(typeof window).toBe('undefined');
    expect(pageState('page')).not.toBe(pageState('page'));
    const gallery = pageState('gallery-x', '?x=7');
    expect(gallery.read(POINT).values.x).toBe(7);
  });
});
