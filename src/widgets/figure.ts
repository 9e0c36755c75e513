/**
 * What every figure shares: the props its island takes, the shape of its named examples and
 * of its entry in the registry (registry.ts). Types only.
 */
import type { KeyGroup } from './shared/url-params';

/** One named state of a figure: the gallery shows it, the browser tests visit it. */
export interface FigureExample {
  /** Unique within the figure; names the gallery's frame `example-<figure>-<id>`. */
  id: string;
  title: string;
  /** What the state shows, in a sentence or two. */
  description: string;
  /** The URL query string that reproduces the state on the figure's term page. */
  query: string;
}

/** A figure's row in the registry. */
export interface FigureEntry<Name extends string = string> {
  /** The `data-widget` value of the figure's root and its name in a term's `figures` list. */
  name: Name;
  title: string;
  /** What the figure shows and what to try. */
  caption: string;
  examples: readonly FigureExample[];
  /** The groups of URL keys the figure reads and writes (some shared with other figures). */
  keys: readonly KeyGroup[];
}

/** How a figure takes part in its page's link; worked out at build time from the registry. */
export interface LinkRole {
  /** The ids of the key groups whose notices this figure shows: it is the first figure on its page that uses them. */
  shows: readonly string[];
  /** Every URL key some figure owns: the others are reported as unknown, by the page's first figure to start. */
  known: readonly string[];
}

/** The props of every figure's island. */
export interface FigureProps {
  /** The page state the figure joins: 'page' on a term page (its figures share one); any other name gives a state of its own (the gallery's examples, the home page). */
  scope?: string;
  /** A query string to start from instead of the page's URL (the gallery's examples). */
  initialQuery?: string;
  /** Write the state into the page's URL (default true; off where initialQuery is given). */
  syncUrl?: boolean;
  /** The figure's part in the link (see linkRole in registry.ts); without it, the figure shows every notice about its own keys. */
  link?: LinkRole;
  /** The term's starting state for its figures (a query string), beneath the link's own keys. */
  start?: string;
}
