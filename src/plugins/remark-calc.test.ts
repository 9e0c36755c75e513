import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkCalc } from './remark-calc';
import { remarkNotation } from './remark-notation';

async function render(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkNotation).use(remarkCalc).use(remarkRehype).use(rehypeKatex).use(rehypeStringify);
  const file = new VFile({ path: 'terms/t.mdx', value: markdown });
  const html = String(await processor.process(file));
  return { html, uses: (file.data as { astro: { frontmatter: { calcUses: number } } }).astro.frontmatter.calcUses };
}

const example = ['Text.', '', '```calc', 'f(x, y) = x^2 + 3xy', 'g = grad(f, [1, 2])', 'check g == [8, 3]', '```', '', 'So $\\nabla f = \\calc{g}$ and', '', '$$', '\\|g\\| \\approx \\calc[3]{norm(g)}', '$$', ''].join('\n');

describe('remarkCalc', () => {
  it('computes the numbers into the typeset maths and removes the block', async () => {
    const { html, uses } = await render(example);
    expect(uses).toBe(2);
    expect(html).not.toContain('calc');
    expect(html).not.toContain('grad(');
    // The MathML annotation holds the TeX KaTeX was given: the computed numbers.
    expect(html).toContain('<annotation encoding="application/x-tex">\\nabla f = {(8, 3)}</annotation>');
    expect(html).toContain('{8.54}');
  });

  it('fails naming the file and the line of a false check', async () => {
    const broken = example.replace('check g == [8, 3]', 'check g == [8, 4]');
    await expect(render(broken)).rejects.toThrow(/terms\/t\.mdx:6: calc: line 3 'check g == \[8, 4\]': this check is false/);
  });

  it('fails naming the line of a rounded value after =', async () => {
    await expect(render(example.replace('\\approx \\calc[3]', '= \\calc[3]'))).rejects.toThrow(/terms\/t\.mdx:11: calc: .*write \\approx/);
  });

  it('records no uses in a file without calc', async () => {
    expect((await render('Just $x^2$.')).uses).toBe(0);
  });
});

describe('remarkNotation', () => {
  const table: [string, RegExp][] = [
    ['The transpose $A^T$.', /terms\/t\.mdx:1: notation: write \^\\top/],
    ['Also $A^{T} B$.', /\^\\top/],
    ['Take $\\ln x$.', /write \\log/],
    ['$\\langle u, v \\rangle$', /angle brackets/],
    ['$D_u f = u \\cdot \\nabla f(x)$', /u\^\\top \\nabla f/],
    ['$X \\sim \\mathcal{N}(0, \\sigma)$', /variance/],
    ['$D_{KL}(p \\| q)$', /mathrm\{KL\}/],
    ['$\\arg\\min_x f$', /arg\\,min/],
    ['$argmax_x$', /arg\\,min/],
    ['The learning rate $\\alpha$ is small.', /learning rate is written \\eta/],
  ];
  it.each(table)('refuses %j', async (markdown, message) => {
    await expect(render(markdown)).rejects.toThrow(message);
  });

  const fine = ['$A^\\top$', '$\\log_2 p$', '$u^\\top v$', '$\\eta \\cdot \\nabla L$', '$\\mathcal{N}(\\mu, \\sigma^2)$', '$\\operatorname*{arg\\,min}_\\theta L$', '$T^2$', '$x^{T+1}$', '$\\sum_{t=1}^T x_t$', '$\\prod_{t=1}^{T} p_t$', 'a rate $\\alpha$ of decay'];
  it.each(fine)('accepts %j', async (markdown) => {
    await expect(render(markdown)).resolves.toBeDefined();
  });
});
