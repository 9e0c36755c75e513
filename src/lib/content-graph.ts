import { nameKey } from './slugs';

/** A piece of an excerpt: plain text, or the TeX source of an inline formula. */
export type ExcerptPart = { text: string } | { tex: string };

/** A link from an entry's body to a term, as recorded by the remark plugin. */
export interface TermLink {
  /** The term linked to. */
  slug: string;
  /** The id given to the link element, so a backlink can jump to the passage. */
  anchor: string;
  /** The passage (paragraph or list item) that holds the link, as text and maths, shortened. */
  excerpt: ExcerptPart[];
}

/** The plain data of a term that the checks and the graph need. */
export interface TermNode {
  /** Path of the source file, for error messages. */
  file: string;
  /** File name without extension. */
  fileSlug: string;
  slug: string;
  title: string;
  summary: string;
  aliases: readonly string[];
  related: readonly string[];
  /** Slugs of terms to read first. */
  prerequisites: readonly string[];
  /** Areas, the home area first. */
  tags: readonly string[];
  links: readonly TermLink[];
  /** How many formulas hold numbers computed by the engine (the worked example). */
  calcUses: number;
}

/** The plain data of an article that the checks and the graph need. */
export interface ArticleNode {
  file: string;
  fileSlug: string;
  slug: string;
  title: string;
  summary: string;
  links: readonly TermLink[];
}

/** A problem with the content, naming the file and the field. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** One passage of an article that links to a term. */
export interface Backlink {
  article: ArticleNode;
  anchor: string;
  excerpt: ExcerptPart[];
}

function checkFileNames(nodes: readonly (TermNode | ArticleNode)[], problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  for (const node of nodes) {
    if (node.slug !== node.fileSlug) {
      problems.push({ file: node.file, field: 'slug', message: `is '${node.slug}' but the file is named '${node.fileSlug}.mdx'; they must match` });
    }
    const other = seen.get(node.slug);
    if (other) problems.push({ file: node.file, field: 'slug', message: `'${node.slug}' is already used by ${other}` });
    else seen.set(node.slug, node.file);
  }
}

/** Every name a reader may look a term up by must lead to exactly one term. */
function checkNames(terms: readonly TermNode[], problems: ContentProblem[]): void {
  const owner = new Map<string, TermNode>();
  for (const term of terms) {
    for (const [field, name] of [['title', term.title], ['slug', term.slug]] as const) {
      const key = nameKey(name);
      const other = owner.get(key);
      if (other && other !== term) problems.push({ file: term.file, field, message: `'${name}' is also a name of ${other.file}` });
      else owner.set(key, term);
    }
  }
  for (const term of terms) {
    for (const alias of term.aliases) {
      const key = nameKey(alias);
      const other = owner.get(key);
      if (other) {
        const whose = other === term ? 'this term' : other.file;
        problems.push({ file: term.file, field: 'aliases', message: `alias '${alias}' duplicates a name of ${whose}` });
      } else owner.set(key, term);
    }
  }
}

function checkSlugList(term: TermNode, field: 'related' | 'prerequisites', slugs: ReadonlySet<string>, problems: ContentProblem[]): void {
  const seen = new Set<string>();
  for (const slug of term[field]) {
    if (!slugs.has(slug)) problems.push({ file: term.file, field, message: `unknown term '${slug}' (no src/content/terms/${slug}.mdx)` });
    if (slug === term.slug) problems.push({ file: term.file, field, message: 'a term cannot name itself' });
    if (seen.has(slug)) problems.push({ file: term.file, field, message: `'${slug}' is listed twice` });
    seen.add(slug);
  }
}

function checkReferences(terms: readonly TermNode[], articles: readonly ArticleNode[], problems: ContentProblem[]): void {
  const slugs = new Set(terms.map((t) => t.slug));
  for (const term of terms) {
    checkSlugList(term, 'related', slugs, problems);
    checkSlugList(term, 'prerequisites', slugs, problems);
  }
  for (const node of [...terms, ...articles]) {
    for (const link of node.links) {
      if (!slugs.has(link.slug)) problems.push({ file: node.file, field: 'body', message: `links to unknown term '${link.slug}'` });
    }
  }
}

/** The fewest other terms an entry's body must link to. */
export const MIN_OUTGOING_LINKS = 3;

/**
 * Every entry is woven into the glossary and shows its arithmetic: it links to at least
 * {@link MIN_OUTGOING_LINKS} other terms, at least one entry or article links to it, and its
 * worked example is computed by the engine.
 */
function checkEntries(terms: readonly TermNode[], articles: readonly ArticleNode[], problems: ContentProblem[]): void {
  const linkedTo = new Set<string>();
  for (const node of [...terms, ...articles]) for (const link of node.links) if (link.slug !== node.slug) linkedTo.add(link.slug);
  for (const term of terms) {
    const out = new Set(term.links.map((l) => l.slug).filter((s) => s !== term.slug));
    if (out.size < MIN_OUTGOING_LINKS) {
      problems.push({ file: term.file, field: 'body', message: `links to ${out.size} other term(s); link at least ${MIN_OUTGOING_LINKS} where the entry uses their ideas` });
    }
    if (!linkedTo.has(term.slug)) problems.push({ file: term.file, field: 'body', message: 'no other entry or article links to this term' });
    if (term.calcUses === 0) problems.push({ file: term.file, field: 'body', message: 'has no worked example computed with calc (a ```calc block and \\calc{...} in maths)' });
  }
}

/**
 * All problems in the content, in a stable order whatever order the files were read in (the
 * first of two clashing files by path is the one the other is said to clash with). An empty
 * list means the content is sound.
 */
export function checkContent(unsortedTerms: readonly TermNode[], unsortedArticles: readonly ArticleNode[]): ContentProblem[] {
  const byFile = <T extends { file: string }>(a: T, b: T): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const terms = [...unsortedTerms].sort(byFile);
  const articles = [...unsortedArticles].sort(byFile);
  const problems: ContentProblem[] = [];
  checkFileNames(terms, problems);
  checkFileNames(articles, problems);
  checkNames(terms, problems);
  checkReferences(terms, articles, problems);
  checkEntries(terms, articles, problems);
  return problems;
}

/** Formats problems as one error message, one line each: `file: field 'x' message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: field '${p.field}' ${p.message}`);
  return `The content has ${problems.length} problem(s):\n${lines.join('\n')}`;
}

/**
 * "Discussed in": the inversion of the articles' outgoing term links. Each article appears once
 * per term, at the first passage that links to it, and articles are sorted by title.
 */
export function backlinks(articles: readonly ArticleNode[]): Map<string, Backlink[]> {
  const result = new Map<string, Backlink[]>();
  for (const article of articles) {
    const firstBySlug = new Map<string, TermLink>();
    for (const link of article.links) if (!firstBySlug.has(link.slug)) firstBySlug.set(link.slug, link);
    for (const [slug, link] of firstBySlug) {
      const list = result.get(slug) ?? [];
      list.push({ article, anchor: link.anchor, excerpt: link.excerpt });
      result.set(slug, list);
    }
  }
  for (const list of result.values()) list.sort((a, b) => a.article.title.localeCompare(b.article.title));
  return result;
}

/**
 * "Read next" for a term: the terms that name it as a prerequisite, A–Z by title. The inverse
 * of each term's own "Read first" list.
 */
export function readNext(slug: string, terms: readonly TermNode[]): string[] {
  return terms
    .filter((t) => t.prerequisites.includes(slug))
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((t) => t.slug);
}

/** Terms sorted A–Z by title, grouped by their first letter (digits and symbols under '#'). */
export function alphabetical<T extends { title: string }>(items: readonly T[]): Map<string, T[]> {
  const sorted = [...items].sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const first = item.title.normalize('NFD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return groups;
}
