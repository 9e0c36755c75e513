/**
 * The owner of a page's shared state. It reads the link once (the first time a figure asks, in
 * the browser after hydration, or the given query at once for a figure with a state of its own),
 * checks each group of keys against its schema, holds the notices about what it could not use,
 * keeps the objects the page's figures share (the field state), and writes the link through one
 * debounced writer that merges every figure's keys. Figures declare only their own key groups
 * (registry.ts) and never ask each other or the DOM who has read what.
 */
import { mergeParams, overlay, readParams, splitQuery, UNKNOWN_KEYS, type KeyGroup, type ParamResult, type ParamSchema } from './url-params';
import { createUrlWriter, type UrlWriter } from './url-writer';

/** A group's keys for the link: each with its value, or null for no key. */
export type LinkUpdates = Record<string, string | number | null>;

/** Where a page state reads and writes its link. */
export interface PageStateOptions {
  /** The query string the page starts from; called once, when a figure first reads. */
  query: () => string;
  /** The query string the link is written into (the address bar's now). */
  current?: () => string;
  /** Makes the debounced writer of a query (the address bar's by default). */
  writer?: (query: () => string) => UrlWriter;
  /** The page's starting state (a term's own), read beneath the query's keys. */
  start?: string;
}

/** One page's state; see the module comment and {@link pageState}. */
export class PageState {
  /** Notices about the link, by key group id. */
  notices = $state.raw<Readonly<Record<string, readonly string[]>>>({});

  private search: string | null = null;
  /* eslint-disable svelte/prefer-svelte-reactivity -- bookkeeping, not state: nothing is drawn from these collections (the notices above are the state) */
  private readonly results = new Map<string, ParamResult<ParamSchema>>();
  private readonly applied = new Set<string>();
  private readonly objects = new Map<string, unknown>();
  private readonly sections = new Map<string, (() => LinkUpdates)[]>();
  private readonly schemas = new Map<string, ParamSchema>();
  /* eslint-enable svelte/prefer-svelte-reactivity */
  private writer: UrlWriter | null = null;

  /** `under`: the page this is the start view of (see startView). */
  constructor(
    private readonly options: PageStateOptions,
    private readonly under?: PageState,
  ) {}

  /**
   * What the page's figures show before they mount, so that the browser's first picture is the
   * server's: a view that reads only the page's start, shares the page's objects, and applies
   * no group the page has applied already (a figure that starts after another has read the
   * link keeps what the reader has changed since). Null for a page without a start.
   */
  startView(): PageState | null {
    const { start } = this.options;
    return start === undefined ? null : new PageState({ query: () => start }, this);
  }

  /**
   * The link's values for a group of keys, checked once per page: later calls get the same
   * answer, so figures that share a group agree.
   */
  read<S extends ParamSchema>(group: KeyGroup<S>): ParamResult<S> {
    return this.check(group.id, group.schema, false);
  }

  /**
   * Makes the notices, held under {@link UNKNOWN_KEYS}, about the link's keys that are not in
   * `known` (every key some figure owns). Only the first figure of the page that asks gets
   * true: it shows them, wherever it stands, so they are said once and as soon as one starts.
   */
  claimUnknown(known: readonly string[]): boolean {
    if (this.results.has(UNKNOWN_KEYS)) return false;
    this.check(UNKNOWN_KEYS, {}, known);
    return true;
  }

  private check<S extends ParamSchema>(id: string, schema: S, unknown: readonly string[] | false): ParamResult<S> {
    const cached = this.results.get(id);
    if (cached) return cached as unknown as ParamResult<S>;
    this.search ??= this.options.start === undefined ? this.options.query() : overlay(this.options.start, this.options.query());
    this.schemas.set(id, schema);
    const result = readParams(this.search, schema, { reportUnknown: unknown });
    this.results.set(id, result as unknown as ParamResult<ParamSchema>);
    this.notices = { ...this.notices, [id]: result.notices };
    return result;
  }

  /**
   * Calls `apply` with the group's values the first time any figure of the page asks, never
   * again: a value a reader has changed since is not reset when another figure starts. Returns
   * whether it applied them.
   */
  applyOnce<S extends ParamSchema>(group: KeyGroup<S>, apply: (result: ParamResult<S>) => void): boolean {
    if (this.applied.has(group.id) || this.under?.applied.has(group.id)) return false;
    this.applied.add(group.id);
    apply(this.read(group));
    return true;
  }

  /** The object the page's figures share under `id`, made by the first that asks. */
  shared<T>(id: string, create: () => T): T {
    if (this.under) return this.under.shared(id, create);
    if (!this.objects.has(id)) this.objects.set(id, create());
    return this.objects.get(id) as T;
  }

  /** The notices of the given key groups, in their order. */
  noticesOf(groups: readonly string[]): string[] {
    return groups.flatMap((id) => this.notices[id] ?? []);
  }

  /** Clears the notices of the given key groups (the reader dismissed them). */
  dismiss(groups: readonly string[]): void {
    this.notices = Object.fromEntries(Object.entries(this.notices).filter(([id]) => !groups.includes(id)));
  }

  /**
   * Adds a group's keys to the link the writer writes; returns the function that takes them
   * out again. Figures sharing a group may each add it: the first still present is used.
   */
  contribute(group: string, section: () => LinkUpdates): () => void {
    this.sections.set(group, [...(this.sections.get(group) ?? []), section]);
    return () => {
      const rest = (this.sections.get(group) ?? []).filter((s) => s !== section);
      if (rest.length > 0) this.sections.set(group, rest);
      else this.sections.delete(group);
    };
  }

  /**
   * The link with every contributed group written into the current query; other keys stay. A
   * key a section leaves out (its value is the default) is written with that default where the
   * page's start gives it another value, so that the link reproduces the state on this page.
   */
  linkQuery(): string {
    const updates: LinkUpdates = {};
    for (const [first] of this.sections.values()) if (first) Object.assign(updates, first());
    const { start } = this.options;
    if (start !== undefined) {
      const started = splitQuery(start).map((p) => p.key);
      const fallback = (key: string): string | number | null => [...this.schemas.values()].find((schema) => Object.hasOwn(schema, key))?.[key]?.fallback ?? null;
      for (const [key, value] of Object.entries(updates)) if (value === null && started.includes(key)) updates[key] = fallback(key);
    }
    return mergeParams((this.options.current ?? (() => location.search))(), updates);
  }

  /** Writes the link once changes pause. */
  schedule(): void {
    this.writer ??= (this.options.writer ?? createUrlWriter)(() => this.linkQuery());
    this.writer.schedule();
  }

  /** Writes a pending change now (a drag ended, a figure is leaving). */
  flush(): void {
    this.writer?.flush();
  }
}

// In the browser this module lives as long as the document, so the map holds one page's
// states. At build time it is never filled: every island rendered gets a fresh state, so the
// pages of one build share nothing.
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a registry of state objects, not state: nothing reacts to the map itself
const pages = typeof window === 'undefined' ? null : new Map<string, PageState>();

/**
 * The state of `scope` on this page: 'page' for a term page's figures, which share it; a figure
 * given an `initialQuery` (the gallery, the home page) has a scope of its own and reads that
 * query instead of the address bar. `start` is the page's starting state (a term's own, the
 * same for all its figures), read beneath the address bar's keys.
 */
export function pageState(scope = 'page', initialQuery?: string, start?: string): PageState {
  const create = (): PageState => new PageState({ query: () => initialQuery ?? location.search, ...(initialQuery === undefined && start !== undefined ? { start } : {}) });
  if (pages === null) return create();
  let page = pages.get(scope);
  if (!page) pages.set(scope, (page = create()));
  return page;
}
