import { describe, expect, it } from 'vitest';
import type { FigureProps } from '../figure';
import { FigureLink, ownKeys } from './figure-link.svelte';
import { PageState } from './page-state.svelte';
import type { KeyGroup } from './url-params';

const STEP = { id: 'step', schema: { eta: { kind: 'number', min: 0, max: 2, fallback: 0.5, label: 'step size' } } } as const satisfies KeyGroup;

/** A figure with one setting, its page over a fixed link, and what the page would write. */
function figure(query: string, props: FigureProps = {}) {
  let url = query;
  const written: string[] = [];
  const writer = (q: () => string) => ({ schedule: () => written.push((url = q())), flush: () => {}, dispose: () => {} });
  const page = new PageState({ query: () => query, current: () => url, writer });
  const state = { eta: 0.5 };
  const spec = ownKeys(STEP, (values) => (state.eta = values.eta), () => ({ eta: state.eta === 0.5 ? null : state.eta }));
  return { link: new FigureLink(() => props, spec, page), state, written };
}

describe("a figure's link", () => {
  it('reads a given query at once (so the server renders it), and the address bar only when the figure mounts', () => {
    const given = figure('?eta=1.5', { initialQuery: '?eta=1.5' });
    expect(given.state.eta).toBe(1.5);
    const live = figure('?eta=1.5');
    expect(live.state.eta).toBe(0.5);
    live.link.start();
    expect([live.state.eta, live.link.mounted]).toEqual([1.5, true]);
  });

  it('writes after a change, never what it has just read', () => {
    const { link, state, written } = figure('?eta=1.5&other=1');
    link.changed();
    link.start();
    link.changed();
    expect(written).toEqual([]);
    state.eta = 0.75;
    link.changed();
    link.changed();
    expect(written).toEqual(['?other=1&eta=0.75']);
  });

  it('does not write when the figure keeps its state out of the link', () => {
    const { link, state, written } = figure('?eta=1.5', { syncUrl: false });
    link.start();
    state.eta = 1;
    link.changed();
    expect(written).toEqual([]);
  });

  it("shows its own groups' notices unless its page gives it a role, and clears them when dismissed", () => {
    const alone = figure('?eta=9&zz=1');
    alone.link.start();
    expect(alone.link.notices).toEqual([expect.stringContaining('step size')]);
    alone.link.dismiss();
    expect(alone.link.notices).toEqual([]);
    const second = figure('?eta=9', { link: { shows: [], known: ['eta'] } });
    second.link.start();
    expect(second.link.notices).toEqual([]);
  });

  it('reports the keys no figure owns if it is the first of its page to start, whichever groups it shows', () => {
    const page = new PageState({ query: () => '?eta=1&zz=1&w1=2' });
    const spec = ownKeys(STEP, () => {}, () => ({}));
    const quiet = new FigureLink(() => ({ link: { shows: [], known: ['eta', 'w1'] } }), spec, page);
    const other = new FigureLink(() => ({ link: { shows: ['step'], known: ['eta', 'w1'] } }), spec, page);
    quiet.start();
    other.start();
    expect(quiet.notices).toEqual([expect.stringContaining('unknown setting “zz”')]);
    expect(other.notices).toEqual([]);
    quiet.dismiss();
    expect(quiet.notices).toEqual([]);
    const given = figure('?zz=1', { initialQuery: '?zz=1', link: { shows: [], known: ['eta'] } });
    expect(given.link.notices).toHaveLength(1);
  });

  it('turns its scope into a part of element ids', () => {
    expect(figure('', { scope: 'example neuron/1' }).link.idScope).toBe('exampleneuron1');
    expect(figure('').link.idScope).toBe('page');
  });
});
