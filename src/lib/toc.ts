/**
 * Section headings and the "On this page" list: the ids headings get, and the nested list of
 * sections a page shows. Pure: used by a rehype plugin at build time and by the layouts.
 */

/** A heading as the content pipeline reports it (Astro's `headings`). */
export interface Heading {
  /** 2 for an h2, 3 for an h3, ... */
  depth: number;
  /** The heading's id. */
  slug: string;
  /** The heading's text. */
  text: string;
}

/** One entry of the list: a section, with the sections under it. */
export interface TocItem {
  id: string;
  text: string;
  children: TocItem[];
}

/**
 * Ids the page layouts give to their own sections and elements. A heading in the content never
 * takes one of them, so every id on a page stays unique.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  'main',
  'definition',
  'interactive',
  'video',
  'related-terms',
  'read-next',
  'discussed-in',
  'terms-used',
]);

/** Prefixes of ids the layouts and plugins number: figures and links to terms. */
export const LAYOUT_ID_PREFIXES: readonly string[] = ['figure-', 'mention-'];

/**
 * The id for a heading's text: lower case, accents and apostrophes dropped, letters and digits
 * kept, everything else a single hyphen. "Why go backwards?" becomes `why-go-backwards`, "the
 * gradient's size" `the-gradients-size`. Empty text gives `section`.
 */
export function headingSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\p{M}'’]+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/**
 * An id for `text` that is not in `taken` and is none of the layout's ids, then recorded in
 * `taken`: the slug itself, else the slug with `-2`, `-3` ... A slug that starts like a
 * numbered layout id gets `section-` in front. The same headings in the same order always get
 * the same ids.
 */
export function uniqueHeadingId(text: string, taken: Set<string>): string {
  let base = headingSlug(text);
  if (LAYOUT_ID_PREFIXES.some((p) => base.startsWith(p))) base = `section-${base}`;
  const free = (id: string) => !taken.has(id) && !LAYOUT_IDS.has(id);
  let id = base;
  for (let n = 2; !free(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The sections to list, nested: headings of `minDepth` at the top level, deeper ones (up to
 * `maxDepth`) under the heading before them. A deeper heading with no parent before it is
 * listed at the top level; headings outside the range are left out.
 */
export function tocTree(headings: readonly Heading[], minDepth = 2, maxDepth = 2): TocItem[] {
  const top: TocItem[] = [];
  let parent: TocItem | undefined;
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const item: TocItem = { id: h.slug, text: h.text, children: [] };
    if (h.depth === minDepth || !parent) {
      top.push(item);
      if (h.depth === minDepth) parent = item;
    } else {
      parent.children.push(item);
    }
  }
  return top;
}

/** Every id a list links to, in order. */
export function tocIds(items: readonly TocItem[]): string[] {
  return items.flatMap((i) => [i.id, ...tocIds(i.children)]);
}
