import { getCollection, render, type CollectionEntry } from 'astro:content';
import {
  backlinks,
  checkContent,
  formatProblems,
  type ArticleNode,
  type Backlink,
  type TermLink,
  type TermNode,
} from '../lib/content-graph';
import { resolve } from 'node:path';
import { lastUpdated } from './last-updated';

type Rendered = Awaited<ReturnType<typeof render>>;

/** A term with its rendered body and its place in the link graph. */
export interface LoadedTerm {
  entry: CollectionEntry<'terms'>;
  rendered: Rendered;
  node: TermNode;
  /** When the file last changed in the repository's history, if it has one. */
  updated: Date | undefined;
}

/** An article with its rendered body. */
export interface LoadedArticle {
  entry: CollectionEntry<'articles'>;
  rendered: Rendered;
  node: ArticleNode;
}

/** Everything the pages need: entries by slug and the inverted links. */
export interface LoadedContent {
  terms: Map<string, LoadedTerm>;
  articles: Map<string, LoadedArticle>;
  discussedIn: Map<string, Backlink[]>;
}

function calcUsesOf(rendered: Rendered): number {
  const uses = rendered.remarkPluginFrontmatter?.['calcUses'];
  return typeof uses === 'number' ? uses : 0;
}

function linksOf(rendered: Rendered): TermLink[] {
  const links = rendered.remarkPluginFrontmatter?.['termLinks'];
  return Array.isArray(links) ? (links as TermLink[]) : [];
}

function fileOf(entry: { filePath?: string | undefined; id: string }): string {
  return entry.filePath ?? entry.id;
}

function baseName(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

async function load(): Promise<LoadedContent> {
  const updated = lastUpdated();
  const terms = await Promise.all(
    (await getCollection('terms')).map(async (entry): Promise<LoadedTerm> => {
      const rendered = await render(entry);
      const { slug, title, summary, aliases, related, prerequisites, tags } = entry.data;
      const node = {
        ...{ file: fileOf(entry), fileSlug: baseName(entry.id), slug, title, summary, aliases, related, prerequisites, tags },
        ...{ links: linksOf(rendered), calcUses: calcUsesOf(rendered) },
      };
      return { entry, rendered, node, updated: updated.get(resolve(fileOf(entry))) };
    }),
  );
  const articles = await Promise.all(
    (await getCollection('articles')).map(async (entry): Promise<LoadedArticle> => {
      const rendered = await render(entry);
      const { slug, title, summary } = entry.data;
      return { entry, rendered, node: { file: fileOf(entry), fileSlug: baseName(entry.id), slug, title, summary, links: linksOf(rendered) } };
    }),
  );
  const problems = checkContent(terms.map((t) => t.node), articles.map((a) => a.node));
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return {
    terms: new Map(terms.map((t) => [t.node.slug, t])),
    articles: new Map(articles.map((a) => [a.node.slug, a])),
    discussedIn: backlinks(articles.map((a) => a.node)),
  };
}

let cached: Promise<LoadedContent> | undefined;

/**
 * Loads, renders and checks all content once per build; the build fails with a list of every
 * problem, each naming the file and the field. In dev it reloads each time so edits show.
 */
export function loadContent(): Promise<LoadedContent> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
