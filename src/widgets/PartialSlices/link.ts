/**
 * The figure's part in its page's link: the shared field keys (f, x, y, u), which the page
 * state applies once for every figure that uses them, and its own key `cam`.
 */
import { CAMERA_KEYS, cameraValue, orbitFrom } from './camera-param';
import { FIELD_KEYS } from '../shared/field-keys';
import { readFieldLink } from '../shared/field-state.svelte';
import type { LinkSpec } from '../shared/figure-link.svelte';
import type { PartialSlicesState } from './partial-slices.svelte';

/** What the figure reads from the link and writes into it. */
export function partialSlicesLink(s: PartialSlicesState): LinkSpec {
  return {
    shows: [FIELD_KEYS.id, CAMERA_KEYS.id],
    read: (page) => {
      readFieldLink(page);
      page.applyOnce(CAMERA_KEYS, ({ values }) => (s.orbit = orbitFrom(values.cam)));
    },
    sections: {
      [FIELD_KEYS.id]: () => s.shared.linkUpdates(),
      [CAMERA_KEYS.id]: () => ({ cam: cameraValue(s.orbit) }),
    },
  };
}
