import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeDisplayMathScroll } from './rehype-display-math-scroll';
import { rehypeInlineMathNowrap } from './rehype-inline-math-nowrap';

async function render(markdown: string): Promise<string> {
  const out = await unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatex, { strict: 'error', trust: false })
    .use(rehypeDisplayMathScroll)
    .use(rehypeInlineMathNowrap)
    .use(rehypeStringify)
    .process(markdown);
  return String(out);
}

describe('rehypeDisplayMathScroll', () => {
  it('puts each display formula in a focusable, named region', async () => {
    const html = await render('a\n\n$$\nx^2\n$$\n\nb\n\n$$\ny\n$$');
    expect(html.match(/<span class="math-display" tabindex="0" role="group" aria-label="Formula"><span class="katex-display">/g)).toHaveLength(2);
  });

  it('leaves inline formulas alone', async () => {
    expect(await render('so $x$ is')).not.toContain('math-display');
  });
});

describe('rehypeInlineMathNowrap', () => {
  it('keeps the punctuation after a formula with it', async () => {
    const html = await render('the point $x$, then $y$. End');
    expect(html).toMatch(/<span class="math-nowrap"><span class="katex">[\s\S]*?<\/span>,<\/span> then /);
    expect(html).toMatch(/<span class="math-nowrap"><span class="katex">[\s\S]*?<\/span>\.<\/span> End/);
  });

  it('puts the base next to the punctuation in a nowrap span of its own', async () => {
    const html = await render('so $a + b$, then');
    // [a +][b]: only b, the base beside the comma, is pinned; the break after + stays.
    expect(html).toMatch(/\+<\/span><span class="mspace"[^>]*><\/span><\/span><span class="math-nobreak"><span class="base">[\s\S]*?b<\/span><\/span><\/span><\/span><\/span>,<\/span>/);
  });

  it('keeps an opening bracket and a closing one with the formula', async () => {
    const html = await render('see ($x$) here');
    expect(html).toMatch(/see <span class="math-nowrap">\(<span class="katex">[\s\S]*\)<\/span> here/);
  });

  it('keeps punctuation after a link that ends in a formula', async () => {
    const html = await render('see [$\\nabla f$](/glossary/gradient/); then');
    expect(html).toMatch(/<span class="math-nowrap"><a href="\/glossary\/gradient\/"><span class="katex">[\s\S]*<\/a>;<\/span> then/);
  });

  it('leaves a formula between words alone', async () => {
    const html = await render('so $x$ is');
    expect(html).not.toContain('math-nowrap');
  });

  it('joins a relation to its right-hand side, but not a binary operator', async () => {
    const html = await render('so $a \\approx b + c$ is');
    // [a ≈][b +][c]: the first two bases are joined, the break after + stays.
    const nobreak = html.match(/<span class="math-nobreak">(.*?)<\/span><span class="base">/)?.[1] ?? '';
    expect(nobreak).toContain('≈');
    expect(nobreak).toContain('b');
    expect(nobreak).not.toContain('>c<');
  });

  it('allows no break inside brackets', async () => {
    const html = await render('so $(a - b) + c$ is');
    // [(a −][b) +][c]: the first two bases are joined, the break after + stays.
    const plain = html.replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/, '').replace(/<span class="(strut|mspace)"[^>]*><\/span>/g, '');
    expect(plain).toContain(
      '<span class="math-nobreak"><span class="base"><span class="mopen">(</span><span class="mord mathnormal">a</span><span class="mbin">−</span></span>' +
        '<span class="base"><span class="mord mathnormal">b</span><span class="mclose">)</span><span class="mbin">+</span></span></span><span class="base"><span class="mord mathnormal">c</span>',
    );
  });

  it('does not touch display maths', async () => {
    const html = await render('a\n\n$$\na = b\n$$');
    expect(html).not.toContain('math-nobreak');
  });
});
