/**
 * The keys of the page's shared field state in the link (f, x, y, u), their defaults and how
 * each is checked. Plain data: the registry of figures, the build and the tests read it without
 * loading Svelte.
 */
import { parse, ExpressionError, MAX_LENGTH, type WorldRect } from '../../math';
import type { KeyGroup } from './url-params';

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

/** The shared field keys: the function, the point and the direction. */
export const FIELD_KEYS = {
  id: 'field',
  schema: {
    // As long as the editor accepts (the engine's cap), so the figure's own link always reloads.
    f: { kind: 'text', maxLength: MAX_LENGTH, fallback: DEFAULT_SOURCE, label: 'function', check: sourceProblem },
    x: { kind: 'number', min: -WORLD_LIMIT, max: WORLD_LIMIT, fallback: 1, label: "point's x" },
    y: { kind: 'number', min: -WORLD_LIMIT, max: WORLD_LIMIT, fallback: 0.5, label: "point's y" },
    u: { kind: 'number', min: -360, max: 360, fallback: 30, label: 'direction angle' },
  },
} as const satisfies KeyGroup;
