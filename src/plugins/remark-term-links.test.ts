import type { Nodes, Root } from 'mdast';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { excerptOf, remarkTermLinks } from './remark-term-links';

const known = new Set(['gradient', 'hessian']);
const options = { termExists: (s: string) => known.has(s), articleExists: (s: string) => s === 'lesson' };

async function run(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkTermLinks, options);
  const file = new VFile({ path: 'articles/a.mdx', value: markdown });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const data = file.data as { astro: { frontmatter: { termLinks: { slug: string; anchor: string; excerpt: unknown[] }[] } } };
  return { tree, links: data.astro.frontmatter.termLinks };
}

describe('remarkTermLinks', () => {
  it('records each link with a per-term anchor and its passage', async () => {
    const { tree, links } = await run('The [gradient](/glossary/gradient/) $\\nabla f$ and the [Hessian](/glossary/hessian/).\n\n- again [grad](/glossary/gradient/)');
    expect(links.map((l) => [l.slug, l.anchor])).toEqual([
      ['gradient', 'mention-gradient-1'],
      ['hessian', 'mention-hessian-1'],
      ['gradient', 'mention-gradient-2'],
    ]);
    expect(links[0]?.excerpt).toEqual([{ text: 'The ' }, { text: 'gradient' }, { text: ' ' }, { tex: '\\nabla f' }, { text: ' and the ' }, { text: 'Hessian' }, { text: '.' }]);
    const first = (tree.children[0] as { children: { data?: { hProperties?: { id?: string } } }[] }).children[1];
    expect(first?.data?.hProperties?.id).toBe('mention-gradient-1');
  });

  it('fails on a link to a term that does not exist, naming file and line', async () => {
    await expect(run('ok\n\nsee [x](/glossary/no-such-term/)')).rejects.toThrow(/articles\/a\.mdx:3: link to a term that does not exist: '\/glossary\/no-such-term\/'/);
  });

  it('fails on a link to an article that does not exist', async () => {
    await expect(run('[x](/articles/nope/)')).rejects.toThrow(/article that does not exist/);
    await expect(run('[x](/articles/lesson/)')).resolves.toBeDefined();
  });

  it('ignores other links', async () => {
    const { links } = await run('[home](/) [glossary](/glossary/) [web](https://example.org/glossary/gradient/)');
    expect(links).toEqual([]);
  });
});

describe('excerptOf', () => {
  it('cuts long passages at a word and never inside a formula', () => {
    const long = unified().use(remarkParse).use(remarkMath).parse(`${'word '.repeat(60)}$x^2$ end`);
    const parts = excerptOf(long, 40);
    const text = parts.map((p) => ('text' in p ? p.text : `$${p.tex}$`)).join('');
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(41);
  });

  it('adds an ellipsis when the passage stops mid-sentence (before a display formula)', () => {
    const tree = unified().use(remarkParse).use(remarkMath).parse('The update reads\n\n$$\nx\n$$\n\nDone $y$.');
    const lead = (tree.children[0] as Nodes);
    expect(excerptOf(lead)).toEqual([{ text: 'The update reads…' }]);
    const colon = unified().use(remarkParse).parse('It is:').children[0] as Nodes;
    expect(excerptOf(colon)).toEqual([{ text: 'It is…' }]);
    const formula = unified().use(remarkParse).use(remarkMath).parse('It is $x$').children[0] as Nodes;
    expect(excerptOf(formula)).toEqual([{ text: 'It is ' }, { tex: 'x' }, { text: '…' }]);
  });

  it('adds none after a whole sentence', () => {
    const tree = unified().use(remarkParse).use(remarkMath).parse('Done with $y$ (really).');
    expect(excerptOf(tree.children[0] as Nodes).at(-1)).toEqual({ text: ' (really).' });
  });
});
