import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { InlineStyleCollector, normaliseDeclarations } from './inline-styles';

const parse = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
const print = (tree: Root) => unified().use(rehypeStringify).stringify(tree);

describe('InlineStyleCollector', () => {
  it('moves style attributes into shared classes', () => {
    const collector = new InlineStyleCollector();
    const tree = parse('<span class="strut" style="height:0.68em;"></span><span style="height: 0.68em"></span><b style="top:-3em">x</b>');
    expect(collector.rewrite(tree)).toBe(3);
    const html = print(tree);
    expect(html).not.toContain('style=');
    const classes = [...html.matchAll(/class="([^"]*)"/g)].map((m) => m[1]);
    expect(classes[0]).toMatch(/^strut s-[0-9a-f]{10}$/);
    expect(classes[0]?.split(' ')[1]).toBe(classes[1]);
    expect(collector.stylesheet().split('\n')).toHaveLength(2);
    expect(collector.stylesheet()).toContain('{height:0.68em!important}');
  });

  it('drops declarations that could break out of the rule', () => {
    expect(normaliseDeclarations('color:red;}body{display:none')).toBe('color:red!important');
    expect(normaliseDeclarations('a:b!important; ;bad')).toBe('a:b!important');
  });
});
