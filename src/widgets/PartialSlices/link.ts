/**
 * The figure's part in its page's link: the shared field keys (f, x, y, u), which the page
 * state applies once for every figure that uses them, and its own key `cam`.
 */
import { CAMERA_KEYS, cameraValue, orbitFrom } from './camera-param';
import { FIELD_KEYS } from '../shared/field-keys';
import { readFieldLink } from '../shared/field-state.svelte';
import type { PageState } from '../shared/page-state.svelte';
import type { PartialSlicesState } from './partial-slices.svelte';

/** Applies the page's link to the state (each group only if no figure has yet). */
export function readLink(s: PartialSlicesState, page: PageState, known: readonly string[]): void {
  readFieldLink(page, known);
  page.applyOnce(CAMERA_KEYS, known, ({ values }) => (s.orbit = orbitFrom(values.cam)));
}

/** Adds the figure's keys to the link the page writes; returns the function that takes them out. */
export function joinLink(s: PartialSlicesState, page: PageState): () => void {
  const leaveField = page.contribute(FIELD_KEYS.id, () => s.shared.linkUpdates());
  const leaveCamera = page.contribute(CAMERA_KEYS.id, () => ({ cam: cameraValue(s.orbit) }));
  return () => {
    leaveField();
    leaveCamera();
  };
}
