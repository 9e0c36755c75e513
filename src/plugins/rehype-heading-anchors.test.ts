import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';

const run = (html: string) => String(unified().use(rehypeParse, { fragment: true }).use(rehypeHeadingAnchors).use(rehypeStringify).processSync(html));

describe('rehypeHeadingAnchors', () => {
  it('gives section headings ids and a link to themselves after the heading', () => {
    expect(run('<h2>Steepest ascent</h2><p>x</p><h3>A case</h3>')).toBe(
      '<div class="heading"><h2 id="steepest-ascent">Steepest ascent</h2><a class="heading-anchor" href="#steepest-ascent"><span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “Steepest ascent”</span></a></div>' +
        '<p>x</p>' +
        '<div class="heading"><h3 id="a-case">A case</h3><a class="heading-anchor" href="#a-case"><span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “A case”</span></a></div>',
    );
  });

  it('keeps ids unique, clear of the layout’s and of ids already on the page', () => {
    const out = run('<p id="intro">x</p><h2>Intro</h2><h2>Intro</h2><h2>Video</h2><h2 id="kept">Other</h2>');
    expect([...out.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual(['intro-2', 'intro-3', 'video-2', 'kept']);
  });

  it('leaves KaTeX’s MathML copy out of the id and the link’s name', () => {
    const out = run('<h2>The <span class="katex"><span class="katex-mathml">x^2</span><span class="katex-html">x2</span></span> case</h2>');
    expect(out).toContain('id="the-x2-case"');
    expect(out).toContain('“The x2 case”');
  });

  it('leaves other headings alone', () => expect(run('<h1>T</h1><h4>D</h4>')).toBe('<h1>T</h1><h4>D</h4>'));
});
