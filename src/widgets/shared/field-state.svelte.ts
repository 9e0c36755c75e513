/**
 * The one state the field figures of a page share: the function f(x, y), the point (x0, y0),
 * the direction u and the visible window. The vector-field figure and the surface figure both
 * read and write it, so moving the point in one moves it in the other. The page state owns it
 * (see fieldStateOf) and applies the link to it once.
 */
import { compileField, parse, ExpressionError, type WorldRect } from '../../math';
import { homeWindow } from '../GradientField/presets';
import { keepInView } from '../GradientField/view-window';
import { DEFAULT_SOURCE, DEFAULT_WINDOW, FIELD_KEYS, WORLD_LIMIT } from './field-keys';
import type { LinkUpdates, PageState } from './page-state.svelte';
import { urlNumber, type ParamValues } from './url-params';

export { DEFAULT_SOURCE, DEFAULT_WINDOW, WORLD_LIMIT, sourceProblem } from './field-keys';

/** Shared field state; see the module comment. */
export class FieldState {
  /** The function's source text, always one that parses. */
  source = $state(DEFAULT_SOURCE);
  /** The probe point in world coordinates. */
  x = $state(1);
  y = $state(0.5);
  /** The direction u as an angle in degrees from the +x axis. */
  angle = $state(30);
  /** The visible window of the plane. */
  window = $state<WorldRect>({ x: [...DEFAULT_WINDOW.x], y: [...DEFAULT_WINDOW.y] });
  /** The compiled function; recompiled only when the source changes. */
  field = $derived(compileField(this.source));

  /** Sets f when the text parses; returns the error to show otherwise and keeps the last good f. */
  setSource(text: string): ExpressionError | null {
    try {
      parse(text, ['x', 'y']);
    } catch (error) {
      if (error instanceof ExpressionError) return error;
      throw error;
    }
    this.source = text;
    return null;
  }

  /** Moves the point, clamped to the world limit; non-finite values are ignored. */
  setPoint(x: number, y: number): void {
    if (Number.isFinite(x)) this.x = clamp(x, -WORLD_LIMIT, WORLD_LIMIT);
    if (Number.isFinite(y)) this.y = clamp(y, -WORLD_LIMIT, WORLD_LIMIT);
  }

  /** Applies f, the point and u read from a link, in the window f starts in, moved to hold the point. */
  apply(values: ParamValues<typeof FIELD_KEYS.schema>): void {
    this.source = values.f;
    this.setPoint(values.x, values.y);
    this.angle = values.u;
    this.window = keepInView(homeWindow(this.source), this.x, this.y);
  }

  /** This state's keys for the link (f only when it is not the default). */
  linkUpdates(): LinkUpdates {
    return { f: this.source === DEFAULT_SOURCE ? null : this.source, x: urlNumber(this.x), y: urlNumber(this.y), u: urlNumber(this.angle, 1) };
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The field state of a page, made by the first figure that asks. */
export function fieldStateOf(page: PageState): FieldState {
  return page.shared(FIELD_KEYS.id, () => new FieldState());
}

/** Applies the page's link to its field state, the first time any figure asks. */
export function readFieldLink(page: PageState): void {
  page.applyOnce(FIELD_KEYS, ({ values }) => fieldStateOf(page).apply(values));
}
