import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeFailOnKatexError } from './rehype-fail-on-katex-error';

async function render(markdown: string) {
  const file = new VFile({ path: 'terms/t.mdx', value: markdown });
  const out = await unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatex, { strict: 'error', trust: false })
    .use(rehypeFailOnKatexError)
    .use(rehypeStringify)
    .process(file);
  return String(out);
}

describe('rehypeFailOnKatexError', () => {
  it('lets good maths through', async () => {
    expect(await render('$\\frac{a}{b}$')).toContain('katex');
  });

  it.each([
    ['an unknown command', '$\\notacommand{x}$', /terms\/t\.mdx: KaTeX cannot render 1 formula.*\n.*line 1: .*notacommand/],
    ['a brace left open', 'text\n\n$$\n\\frac{1}{\n$$', /Unexpected end of input/],
    ['\\href, which is not trusted', '$\\href{javascript:alert(1)}{x}$', /\\href' is not allowed/],
    ['\\htmlData, which is not trusted', '$\\htmlData{a=b}{x}$', /not allowed/],
  ])('fails the build on %s', async (_name, markdown, message) => {
    await expect(render(markdown)).rejects.toThrow(message);
  });
});
