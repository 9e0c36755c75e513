import { describe, expect, it } from 'vitest';
import { alphabetical, backlinks, readNext, checkContent, formatProblems, type ArticleNode, type TermNode } from './content-graph';

function term(slug: string, extra: Partial<TermNode> = {}): TermNode {
  const base = { file: `terms/${slug}.mdx`, fileSlug: slug, slug, title: slug.toUpperCase(), summary: 's', aliases: [], related: [] };
  return { ...base, prerequisites: [], tags: ['calculus'], links: [], calcUses: 1, ...extra };
}

function article(slug: string, links: ArticleNode['links'], title = slug): ArticleNode {
  return { file: `articles/${slug}.mdx`, fileSlug: slug, slug, title, summary: 's', links };
}

const link = (slug: string, n = 1) => ({ slug, anchor: `mention-${slug}-${n}`, excerpt: [{ text: `about ${slug}` }] });

/** Four terms that each link to the other three: a glossary that passes the link rules. */
const woven = (extra: Partial<TermNode> = {}): TermNode[] =>
  ['a', 'b', 'c', 'd'].map((s, i, all) => term(s, { links: all.filter((o) => o !== s).map((o) => link(o)), ...(i === 0 ? extra : {}) }));

describe('checkContent', () => {
  it('accepts sound content', () => {
    expect(checkContent(woven({ related: ['b'], prerequisites: ['c'] }), [article('x', [link('a')])])).toEqual([]);
  });

  // Each row: what is broken, the content, and the file and field the message must name.
  const table: [string, TermNode[], ArticleNode[], string, string, RegExp][] = [
    ['unknown related slug', [term('a', { related: ['nope'] })], [], 'terms/a.mdx', 'related', /unknown term 'nope'/],
    ['related to itself', [term('a', { related: ['a'] })], [], 'terms/a.mdx', 'related', /itself/],
    ['related listed twice', [term('a', { related: ['b', 'b'] }), term('b')], [], 'terms/a.mdx', 'related', /twice/],
    ['slug differs from file name', [term('a', { fileSlug: 'other' })], [], 'terms/a.mdx', 'slug', /file is named 'other.mdx'/],
    ['duplicate slug', [term('a'), term('a', { file: 'terms/sub/a.mdx', title: 'Other' })], [], 'terms/sub/a.mdx', 'slug', /already used by terms\/a.mdx/],
    ['alias equals another title', [term('a'), term('b', { aliases: ['a'] })], [], 'terms/b.mdx', 'aliases', /alias 'a' duplicates a name of terms\/a.mdx/],
    ['alias repeated across terms', [term('a', { aliases: ['grad'] }), term('b', { aliases: ['Grad '] })], [], 'terms/b.mdx', 'aliases', /duplicates/],
    ['alias repeated in one term', [term('a', { aliases: ['g', 'G'] })], [], 'terms/a.mdx', 'aliases', /this term/],
    ['article links to unknown term', [term('a')], [article('x', [link('zz')])], 'articles/x.mdx', 'body', /unknown term 'zz'/],
    ['unknown prerequisite', woven({ prerequisites: ['nope'] }), [], 'terms/a.mdx', 'prerequisites', /unknown term 'nope'/],
    ['prerequisite is itself', woven({ prerequisites: ['a'] }), [], 'terms/a.mdx', 'prerequisites', /itself/],
    ['too few outgoing links', woven({ links: [link('b'), link('c'), link('a')] }), [], 'terms/a.mdx', 'body', /links to 2 other term\(s\)/],
    ['no link in', [...woven(), term('e', { links: [link('a'), link('b'), link('c')] })], [], 'terms/e.mdx', 'body', /no other entry or article links/],
    ['no computed worked example', woven({ calcUses: 0 }), [], 'terms/a.mdx', 'body', /no worked example computed/],
  ];
  it.each(table)('reports %s', (_name, terms, articles, file, field, message) => {
    const problems = checkContent(terms, articles);
    expect(problems).toContainEqual({ file, field, message: expect.stringMatching(message) });
    expect(formatProblems(problems)).toContain(`${file}: field '${field}'`);
  });

  it('reports the same problems whatever order the files were read in', () => {
    const clash = [term('a', { aliases: ['grad'] }), term('b', { aliases: ['grad'] }), term('a', { file: 'terms/sub/a.mdx', title: 'Other' })];
    const forward = checkContent(clash, []);
    expect(checkContent([...clash].reverse(), [])).toEqual(forward);
    expect(forward).toContainEqual({ file: 'terms/sub/a.mdx', field: 'slug', message: expect.stringMatching(/already used by terms\/a.mdx/) });
  });
});

describe('backlinks', () => {
  it('inverts article links, first passage per term, articles by title', () => {
    const result = backlinks([
      article('z', [link('a'), link('a', 2)], 'Zeta'),
      article('y', [link('a'), link('b')], 'Alpha'),
    ]);
    expect(result.get('a')?.map((b) => [b.article.title, b.anchor])).toEqual([
      ['Alpha', 'mention-a-1'],
      ['Zeta', 'mention-a-1'],
    ]);
    expect(result.get('b')).toHaveLength(1);
    expect(result.get('c')).toBeUndefined();
  });
});

describe('alphabetical', () => {
  it('groups by first letter, case and accents ignored, symbols under #', () => {
    const groups = alphabetical([{ title: 'hessian' }, { title: 'Gradient' }, { title: 'Écart' }, { title: '∇ operator' }, { title: 'Gauss' }]);
    expect([...groups.keys()]).toEqual(['#', 'E', 'G', 'H']);
    expect(groups.get('G')?.map((t) => t.title)).toEqual(['Gauss', 'Gradient']);
  });
});

describe('readNext', () => {
  it('inverts the prerequisites, A–Z by title', () => {
    const terms = [term('b', { prerequisites: ['a'] }), term('c', { prerequisites: ['a', 'b'] }), term('a'), term('d', { prerequisites: ['b'] })];
    expect(readNext('a', terms)).toEqual(['b', 'c']);
    expect(readNext('b', terms)).toEqual(['c', 'd']);
    expect(readNext('d', terms)).toEqual([]);
  });
});
