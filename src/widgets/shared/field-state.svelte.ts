/**
 * The one state the Gradient page's field figures share: the function f(x, y), the point
 * (x0, y0), the direction u and the visible window. The vector-field figure and the surface
 * figure both read and write it, so moving the point in one moves it in the other. It is a
 * module-level singleton: every island on the page imports the same instance.
 */
import { compileField, parse, ExpressionError, type WorldRect } from '../../math';
import { mergeParams, readParams, urlNumber, type ParamSpec } from './url-params';

/** The function shown before the reader changes anything, and its window. */
export const DEFAULT_SOURCE = 'sin(x)*cos(y) + 0.1*x^2';
export const DEFAULT_WINDOW: WorldRect = { x: [-3, 3], y: [-3, 3] };

/** How far from the origin a point or window edge may go (keeps numbers readable). */
export const WORLD_LIMIT = 1000;

/** Why a source cannot be used as f(x, y), or null when it can. */
export function sourceProblem(source: string): string | null {
  try {
    parse(source, ['x', 'y']);
    return null;
  } catch (error) {
    return error instanceof ExpressionError ? error.message : 'This function could not be read.';
  }
}

/** The URL keys of the shared field state and how each is checked. */
export const FIELD_PARAMS = {
  f: { kind: 'text', maxLength: 500, fallback: DEFAULT_SOURCE, label: 'function', check: sourceProblem },
  x: { kind: 'number', min: -WORLD_LIMIT, max: WORLD_LIMIT, fallback: 1, label: "point's x" },
  y: { kind: 'number', min: -WORLD_LIMIT, max: WORLD_LIMIT, fallback: 0.5, label: "point's y" },
  u: { kind: 'number', min: -360, max: 360, fallback: 30, label: 'direction angle' },
} satisfies Record<string, ParamSpec>;

/** Shared field state; see {@link fieldStateFor}. */
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
  /** Messages about settings from the link that could not be used. */
  notices = $state<string[]>([]);
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

  /** Reads f, the point and u from a query string; unusable values keep their defaults. */
  readUrl(search: string, otherKeys: readonly string[] = []): void {
    const { values, notices } = readParams(search, FIELD_PARAMS, { reportUnknown: otherKeys });
    this.source = values.f;
    this.setPoint(values.x, values.y);
    this.angle = values.u;
    this.notices = notices;
  }

  /** The query string with this state's keys written into `search`. */
  toUrl(search: string): string {
    return mergeParams(search, {
      f: this.source === DEFAULT_SOURCE ? null : this.source,
      x: urlNumber(this.x),
      y: urlNumber(this.y),
      u: urlNumber(this.angle, 1),
    });
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

const scopes = new Map<string, FieldState>();

/**
 * The field state of a scope. Figures on one page use the scope 'page' and so share one state;
 * the gallery gives each example its own scope so that examples do not move each other.
 */
export function fieldStateFor(scope = 'page'): FieldState {
  let state = scopes.get(scope);
  if (!state) {
    state = new FieldState();
    scopes.set(scope, state);
  }
  return state;
}
