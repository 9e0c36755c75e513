import type { Link, Nodes, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-math';
import type { ExcerptPart, TermLink } from '../lib/content-graph';
import { termSlugFromHref } from '../lib/slugs';



/** Options of {@link remarkTermLinks}. */
export interface RemarkTermLinksOptions {
  /** Whether a term with this slug exists (the build fails on links to terms that do not). */
  termExists: (slug: string) => boolean;
  /** Whether an article with this slug exists. */
  articleExists: (slug: string) => boolean;
}

const EXCERPT_LENGTH = 220;

/** Text that ends a sentence: a full stop, question or exclamation mark, maybe inside quotes or brackets. */
const SENTENCE_END = /[.!?…]["'’”)\]]*\s*$/u;

/** Shortens text at a word boundary, adding an ellipsis when anything was cut. */
export function shorten(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The passage as text and inline maths, cut after about `max` characters of text (a formula
 * counts as its source length and is never cut in half).
 */
export function excerptOf(passage: Nodes, max = EXCERPT_LENGTH): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let used = 0;
  const walk = (node: Nodes): void => {
    if (used >= max) return;
    if (node.type === 'inlineMath') {
      parts.push({ tex: node.value });
      used += node.value.length;
    } else if (node.type === 'text' || node.type === 'inlineCode') {
      const text = shorten(node.value, max - used);
      parts.push({ text });
      used += node.value.length;
      if (text.endsWith('…')) used = max;
    } else if ('children' in node) {
      for (const child of node.children) walk(child as Nodes);
    }
  };
  walk(passage);
  // An excerpt ends in an ellipsis unless it ends a sentence: when it was cut, and also when the
  // passage itself stops mid-sentence, as a paragraph does that leads into a display formula
  // ("the update reads" … the formula is not part of the excerpt).
  const last = parts.at(-1);
  if (last && 'tex' in last) parts.push({ text: '…' });
  else if (last && 'text' in last && (used >= max || !SENTENCE_END.test(last.text)) && !last.text.endsWith('…')) {
    last.text = `${last.text.replace(/[\s,;:]+$/, '')}…`;
  }
  const first = parts[0];
  if (first && 'text' in first) first.text = first.text.trimStart();
  return parts;
}

/**
 * Checks and records the body's links to terms and articles.
 *
 * Each link to `/glossary/<slug>/` must name an existing term, else the build fails naming the
 * file and line. The link gets the id `mention-<slug>-<n>` (n counts from 1 per slug) and is
 * recorded with its passage in the entry's frontmatter as `termLinks`, from which term pages
 * compute "Discussed in" by inverting the links.
 */
export function remarkTermLinks(options: RemarkTermLinksOptions) {
  return function transform(tree: Root, file: VFile) {
    const records: TermLink[] = [];
    const counts = new Map<string, number>();
    visitParents(tree, 'link', (node: Link, ancestors) => {
      const where = `${file.path}:${node.position?.start.line ?? '?'}`;
      const article = /^\/articles\/([^/?#]+)\/?(?:[?#].*)?$/.exec(node.url);
      if (article && !options.articleExists(decodeURIComponent(article[1] ?? ''))) {
        file.fail(`${where}: link to an article that does not exist: '${node.url}'`, node);
      }
      const slug = termSlugFromHref(node.url);
      if (slug === null) return;
      if (!options.termExists(slug)) {
        file.fail(`${where}: link to a term that does not exist: '${node.url}' (no src/content/terms/${slug}.mdx)`, node);
      }
      const n = (counts.get(slug) ?? 0) + 1;
      counts.set(slug, n);
      const anchor = `mention-${slug}-${n}`;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: anchor } };
      const passage = [...ancestors].reverse().find((a) => a.type === 'paragraph' || a.type === 'listItem');
      records.push({ slug, anchor, excerpt: excerptOf(passage ?? node) });
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['termLinks'] = records;
  };
}
