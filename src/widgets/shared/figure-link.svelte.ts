/**
 * A figure's part in its page's link, done the same way by every figure. The figure says which
 * key groups it reads and what it writes under each; this reads them (at once when the figure
 * is given a query, so that the server renders that state too, otherwise when it mounts; a
 * term's starting state is shown until then, on the server and in the browser alike), adds
 * its sections to the link the page writes, and writes the link after each later change of what
 * the sections hold. What was read from the link is not written back.
 */
import { onMount, untrack } from 'svelte';
import type { FigureProps } from '../figure';
import { pageState, type LinkUpdates, type PageState } from './page-state.svelte';
import { UNKNOWN_KEYS, type KeyGroup, type ParamSchema, type ParamValues } from './url-params';

/** What a figure reads from the link and writes into it. */
export interface LinkSpec {
  /** The key groups whose notices the figure shows when its page gives it no role. */
  shows: readonly string[];
  /** Applies the link to the figure's state, with page.applyOnce for each of its groups. */
  read: (page: PageState) => void;
  /** What the figure writes under each key group's id; read in an effect, so reactive. */
  sections: Readonly<Record<string, () => LinkUpdates>>;
}

/** The link of a figure with one key group of its own: `load` takes the link's values, `save` gives the group's keys. */
export function ownKeys<S extends ParamSchema>(group: KeyGroup<S>, load: (values: ParamValues<S>) => void, save: () => LinkUpdates): LinkSpec {
  return { shows: [group.id], read: (page) => page.applyOnce(group, ({ values }) => load(values)), sections: { [group.id]: save } };
}

/** One figure's link; see the module comment. Made by {@link figureLink} in a component. */
export class FigureLink {
  /** Whether the figure has mounted (in the browser) and read the link. */
  mounted = $state(false);
  readonly page: PageState;
  /** The figure's scope as a part of element ids: figures with states of their own differ. */
  readonly idScope: string;
  /** The notices this figure shows about the link. */
  readonly notices = $derived.by(() => this.page.noticesOf(this.groups()));
  /** Whether this figure says which keys of the link no figure owns (the page's first to start). */
  private reportsUnknown = $state(false);
  private readonly spec: LinkSpec;
  private readonly shows: readonly string[];
  /** Every key some figure owns, when the page gave the figure its role; null: it reports no unknown keys. */
  private readonly known: readonly string[] | null;
  private readonly sync: boolean;
  private written = '';

  constructor(props: () => FigureProps, spec: LinkSpec, page?: PageState) {
    this.spec = spec;
    const { scope = 'page', initialQuery, syncUrl = true, link, start } = untrack(props);
    this.idScope = scope.replace(/[^A-Za-z0-9_-]/g, '');
    this.page = page ?? pageState(scope, initialQuery, start);
    this.shows = link?.shows ?? spec.shows;
    this.known = link?.known ?? null;
    this.sync = syncUrl;
    // A given query is read at once; otherwise the page's start (if any) is shown until mount.
    const view = initialQuery === undefined ? this.page.startView() : null;
    if (initialQuery !== undefined) this.read();
    else if (view) spec.read(view);
  }

  /** Reads the link and joins the page's writer; returns the function that leaves it. */
  start(): () => void {
    this.read();
    const leave = this.sync ? Object.entries(this.spec.sections).map(([id, section]) => this.page.contribute(id, section)) : [];
    this.written = this.snapshot();
    this.mounted = true;
    return () => {
      this.flush();
      for (const l of leave) l();
    };
  }

  /** Schedules a write of the link if what the sections hold has changed since the last one. */
  changed(): void {
    if (!this.mounted || !this.sync) return;
    const now = this.snapshot();
    if (now === this.written) return;
    this.written = now;
    this.page.schedule();
  }

  /** Writes a pending change now (a drag ended, the figure is leaving). */
  flush(): void {
    if (this.sync) this.page.flush();
  }

  /** Clears the notices this figure shows (the reader dismissed them). */
  dismiss(): void {
    this.page.dismiss(this.groups());
  }

  /** The ids of the notices this figure shows. */
  private groups(): readonly string[] {
    return this.reportsUnknown ? [...this.shows, UNKNOWN_KEYS] : this.shows;
  }

  private read(): void {
    this.spec.read(this.page);
    if (this.known !== null && this.page.claimUnknown(this.known)) this.reportsUnknown = true;
  }

  private snapshot(): string {
    return JSON.stringify(Object.values(this.spec.sections).map((section) => section()));
  }
}

/** The page state a figure with these props joins (for a figure that needs it before its link). */
export function figurePage(props: () => FigureProps): PageState {
  const { scope, initialQuery, start } = untrack(props);
  return pageState(scope, initialQuery, start);
}

/**
 * The figure's link, tied to the component's life: call it while the component initialises,
 * with a function that returns the figure's props (they are read once).
 * Pass the page when the figure's state was made from it (the shared field state).
 */
export function figureLink(props: () => FigureProps, spec: LinkSpec, page?: PageState): FigureLink {
  const link = new FigureLink(props, spec, page);
  onMount(() => link.start());
  $effect(() => link.changed());
  return link;
}
