/**
 * Touch on a drag handle drawn in SVG.
 *
 * Chromium decides when a finger touches the screen whether that finger pans the page, from
 * the `touch-action` of the CSS boxes under it. Shapes inside an `<svg>` (a `<g>`, a
 * `<circle>`) have no CSS box of their own, so `touch-action: none` on them is ignored: the
 * page starts scrolling after a few pixels of movement and the browser cancels the pointer
 * (`pointercancel`), which ends the drag. Cancelling the `touchstart` of a touch that begins
 * on the handle claims the whole touch sequence instead: pointer events keep arriving and the
 * page does not scroll. Only the handle listens, so a swipe anywhere else on the figure still
 * scrolls the page.
 */

/** Whether the handle takes touches now (a disabled handle lets the page scroll). */
export type TouchGate = () => boolean;

/** Svelte action: a touch that starts on `node` drags it rather than scrolling the page. */
export function holdTouch(node: Element, enabled: TouchGate = () => true): { update: (g: TouchGate) => void; destroy: () => void } {
  let gate = enabled;
  const start = (e: Event): void => {
    const t = e as TouchEvent;
    // One finger drags the handle; a second finger (a pinch) is left to the browser.
    if (t.cancelable && t.touches.length === 1 && gate()) t.preventDefault();
  };
  node.addEventListener('touchstart', start, { passive: false });
  return {
    update: (g) => (gate = g),
    destroy: () => node.removeEventListener('touchstart', start),
  };
}
