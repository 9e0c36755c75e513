import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingSlug, LAYOUT_IDS, tocIds, tocTree, uniqueHeadingId } from './toc';

describe('heading ids', () => {
  it.each([
    ['Steepest ascent', 'steepest-ascent'],
    ['Why go backwards?', 'why-go-backwards'],
    ['  The Hessian’s eigenvalues (and why) ', 'the-hessians-eigenvalues-and-why'],
    ['Écart type', 'ecart-type'],
    ['Step 2: the update', 'step-2-the-update'],
    ['∇', 'section'],
  ])('%j → %j', (text, id) => expect(headingSlug(text)).toBe(id));

  it('numbers repeated headings and avoids the layout’s ids', () => {
    const taken = new Set<string>();
    const ids = ['Example', 'Example', 'Video', 'Figure 1', 'Mention it'].map((t) => uniqueHeadingId(t, taken));
    expect(ids).toEqual(['example', 'example-2', 'video-2', 'section-figure-1', 'section-mention-it']);
  });

  it('gives unique ids that are never a layout id, whatever the headings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'a', 'A 2', 'a-2', 'Video', 'video 2', '', '?', 'figure x'), { maxLength: 12 }), (texts) => {
        const taken = new Set<string>();
        const ids = texts.map((t) => uniqueHeadingId(t, taken));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(LAYOUT_IDS.has(id)).toBe(false);
        for (const id of ids) expect(id).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
      }),
    );
  });
});

describe('tocTree', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });
  it('nests h3 under the h2 before it and leaves out other levels', () => {
    const tree = tocTree([h(1, 't'), h(3, 'orphan'), h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(4, 'deep'), h(2, 'b')], 2, 3);
    expect(tree.map((i) => [i.id, i.children.map((c) => c.id)])).toEqual([['orphan', []], ['a', ['a1', 'a2']], ['b', []]]);
    expect(tocIds(tree)).toEqual(['orphan', 'a', 'a1', 'a2', 'b']);
  });

  it('lists only h2 by default', () => {
    expect(tocIds(tocTree([h(2, 'a'), h(3, 'a1'), h(2, 'b')]))).toEqual(['a', 'b']);
  });
});
