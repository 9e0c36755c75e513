import { termPath } from './slugs';

/**
 * What a reader sees of a term before following a link to it: its title and its one-line
 * summary. The same data serves the margin notes beside a term's first mention and can serve a
 * preview shown on hover.
 */
export interface TermPreview {
  slug: string;
  title: string;
  /** The frontmatter's one plain sentence. */
  summary: string;
  /** The term page's path. */
  href: string;
}

/** The previews of the given terms, by slug. */
export function termPreviews(terms: Iterable<{ slug: string; title: string; summary: string }>): Map<string, TermPreview> {
  const out = new Map<string, TermPreview>();
  for (const { slug, title, summary } of terms) out.set(slug, { slug, title, summary, href: termPath(slug) });
  return out;
}
