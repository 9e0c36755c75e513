import { describe, expect, it } from 'vitest';
import { chooseMarginNotes, insertMarginNotes, noteHtml } from './margin-notes';
import { termPreviews } from './previews';

const previews = termPreviews([
  { slug: 'hessian', title: 'Hessian', summary: 'The matrix of second derivatives.' },
  { slug: 'jacobian', title: 'Jacobian', summary: 'Partial derivatives of a vector function.' },
  { slug: 'gradient', title: 'Gradient', summary: 'Steepest ascent.' },
  { slug: 'odd', title: 'A <b> & "c"', summary: 'x < y' },
]);
const link = (slug: string, n = 1) => ({ slug, anchor: `mention-${slug}-${n}` });

describe('chooseMarginNotes', () => {
  it('takes the first link to each term, once, in page order', () => {
    const notes = chooseMarginNotes([link('jacobian'), link('hessian'), link('jacobian', 2), link('hessian', 2)], previews);
    expect(notes.map((n) => n.anchor)).toEqual(['mention-jacobian-1', 'mention-hessian-1']);
    expect(notes[0]?.preview).toEqual({ slug: 'jacobian', title: 'Jacobian', summary: 'Partial derivatives of a vector function.', href: '/glossary/jacobian/' });
  });

  it('leaves out the page’s own term, the skipped terms and unknown ones', () => {
    const notes = chooseMarginNotes([link('gradient'), link('hessian'), link('nope'), link('jacobian')], previews, { self: 'gradient', skip: ['hessian'] });
    expect(notes.map((n) => n.anchor)).toEqual(['mention-jacobian-1']);
  });
});

describe('insertMarginNotes', () => {
  const notes = chooseMarginNotes([link('hessian'), link('jacobian'), link('odd')], previews);

  it('puts each note at the start of its link and leaves the rest as it was', () => {
    const html = '<p>See the <a href="/glossary/hessian/" id="mention-hessian-1">Hessian</a>.</p><p>And <em>the <a id="mention-jacobian-1" href="/glossary/jacobian/">J</a></em>.</p>';
    const out = insertMarginNotes(html, notes);
    const h = noteHtml(previews.get('hessian')!);
    const j = noteHtml(previews.get('jacobian')!);
    expect(out).toBe(`<p>See the <a href="/glossary/hessian/" id="mention-hessian-1">${h}Hessian</a>.</p><p>And <em>the <a id="mention-jacobian-1" href="/glossary/jacobian/">${j}J</a></em>.</p>`);
  });

  it('gives a paragraph or list item one note at most, for its first noted link', () => {
    const html = '<p><a id="mention-hessian-1">H</a> <a id="mention-jacobian-1">J</a></p><ul><li><a id="mention-odd-1">O</a></li></ul>';
    const out = insertMarginNotes(html, notes);
    expect(out.match(/data-note-for="([a-z]+)"/g)).toEqual(['data-note-for="hessian"', 'data-note-for="odd"']);
  });

  it('skips links in headings and tables, and anchors not on the page', () => {
    const html = '<h2><a id="mention-hessian-1" href="#">H</a></h2><table><tr><td><a id="mention-jacobian-1" href="#">J</a></td></tr></table>';
    expect(insertMarginNotes(html, notes)).toBe(html);
    expect(insertMarginNotes('<p>nothing</p>', notes)).toBe('<p>nothing</p>');
  });

  it('escapes the title and summary, and hides the note from assistive technology and search', () => {
    const html = noteHtml(previews.get('odd')!);
    expect(html).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(html).toContain('x &lt; y');
    expect(html).toMatch(/^<span class="margin-note" aria-hidden="true" data-pagefind-ignore data-note-for="odd">/);
  });
});
