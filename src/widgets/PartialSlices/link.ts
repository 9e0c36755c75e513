/**
 * Reading and writing the link. The shared keys (f, x, y, u) belong to the vector-field
 * figure, which reads them when it starts; this figure reads them itself only when that
 * figure is not on the page or has not started yet (its island still carries Astro's `ssr`
 * attribute), or when it was given its own query (the gallery). Its own key is `cam`.
 * The page writes it through the shared URL writer (shared/url-writer.ts).
 */
import { mergeParams } from '../shared/url-params';
import { cameraValue, readCamera } from './camera-param';
import type { PartialSlicesState } from './partial-slices.svelte';

/** Keys other figures on the page own (the neuron's, the vector field's); never reported as unknown. */
const OTHER_KEYS = ['cam', 'x1', 'x2', 'w1', 'w2', 'b', 't', 'act', 'eta'];

/** True when the vector-field figure is on the page and has already read the link. */
function ownerHasRead(): boolean {
  const owner = document.querySelector('[data-widget="gradient-field"]');
  return owner !== null && owner.closest('astro-island[ssr]') === null;
}

/**
 * Applies a given query (the gallery's) to the state: the shared keys and the camera. Pure
 * state, no DOM, so it runs on the server too and the static picture shows the example.
 * Returns the notices to show.
 */
export function applyQuery(s: PartialSlicesState, query: string): string[] {
  s.shared.readUrl(query, OTHER_KEYS);
  s.showPoint();
  const camera = readCamera(query);
  s.orbit = camera.orbit;
  return [...s.shared.notices, ...camera.notices];
}

/** Applies the page's URL to the state when the figure starts; returns the notices to show. */
export function readLink(s: PartialSlicesState): string[] {
  const query = location.search;
  const notices: string[] = [];
  const alone = document.querySelector('[data-widget="gradient-field"]') === null;
  if (!ownerHasRead()) {
    s.shared.readUrl(query, OTHER_KEYS);
    s.showPoint();
    if (alone) notices.push(...s.shared.notices);
  }
  const camera = readCamera(query);
  s.orbit = camera.orbit;
  notices.push(...camera.notices);
  return notices;
}

/** The page's query with this state written into it (shared keys and `cam`). */
export function linkQuery(s: PartialSlicesState, search: string): string {
  return s.shared.toUrl(mergeParams(search, { cam: cameraValue(s.orbit) }));
}
