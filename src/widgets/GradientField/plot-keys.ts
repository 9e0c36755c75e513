/**
 * Keys of the focused plot area: arrow keys pan by a tenth of the view (Shift: a third),
 * + and − zoom by 1.25 about the centre, Home resets the view (the caller handles Home).
 */
import type { WorldRect } from '../../math';
import { panBy, zoomCentre } from './view-window';

/** Zoom factor of one key press or button press. */
export const ZOOM_STEP = 1.25;

/** The window after a key, or null when the key does not pan or zoom. */
export function plotKey(key: string, shift: boolean, w: WorldRect): WorldRect | null {
  const step = shift ? 1 / 3 : 0.1;
  switch (key) {
    case 'ArrowLeft': return panBy(w, -step, 0);
    case 'ArrowRight': return panBy(w, step, 0);
    case 'ArrowUp': return panBy(w, 0, step);
    case 'ArrowDown': return panBy(w, 0, -step);
    case '+':
    case '=': return zoomCentre(w, ZOOM_STEP);
    case '-':
    case '_': return zoomCentre(w, 1 / ZOOM_STEP);
    default: return null;
  }
}
