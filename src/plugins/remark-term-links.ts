import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { termSlugFromHref } from '../lib/slugs';

/** A link from a document's body to a term, as recorded for backlinks ("Discussed in"). */
export interface TermLinkRecord {
  /** The term linked to. */
  slug: string;
  /** The id given to the link element, so a backlink can jump to the passage. */
  anchor: string;
  /** The plain text of the passage (paragraph or list item) that holds the link, shortened. */
  excerpt: string;
}

/** Options of {@link remarkTermLinks}. */
export interface RemarkTermLinksOptions {
  /** Whether a term with this slug exists (the build fails on links to terms that do not). */
  termExists: (slug: string) => boolean;
  /** Whether an article with this slug exists. */
  articleExists: (slug: string) => boolean;
}

const EXCERPT_LENGTH = 220;

/** Shortens text at a word boundary, adding an ellipsis when anything was cut. */
export function shorten(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,;:.]+$/, '')}…`;
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
    const records: TermLinkRecord[] = [];
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
      records.push({ slug, anchor, excerpt: shorten(toString(passage ?? node)) });
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['termLinks'] = records;
  };
}
