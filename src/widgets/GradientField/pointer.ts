/**
 * Pointer input on the plot's SVG, in SVG user units (screen coordinates of the scales).
 * Both actions capture the pointer so a drag keeps working outside the element.
 * - `drag` is for the probe and the u handle: any pointer type, including touch (a touch that
 *   starts on a handle is claimed for it, see hold-touch.ts, so the page still scrolls elsewhere);
 * - `panDrag` is for the empty plot area: mouse and pen only, so a finger on a phone scrolls
 *   the page instead of being captured.
 */

import { holdTouch } from '../shared/hold-touch';

/** Maps a client position to the SVG's user units (the SVG keeps its aspect ratio). */
export function toUser(svg: SVGSVGElement, userWidth: number, clientX: number, clientY: number): [number, number] {
  const r = svg.getBoundingClientRect();
  const k = r.width > 0 ? userWidth / r.width : 1;
  return [(clientX - r.left) * k, (clientY - r.top) * k];
}

/** What a drag reports, in user units. */
export interface DragOptions {
  svg: () => SVGSVGElement | undefined;
  width: () => number;
  start?: (x: number, y: number) => void;
  move: (x: number, y: number) => void;
  end?: () => void;
  /** Only these pointer types start a drag (default: all). */
  types?: readonly string[];
}

/** Svelte action: pointer drag on `node`; see the module comment. */
export function drag(node: Element, options: DragOptions): { update: (o: DragOptions) => void; destroy: () => void } {
  let opts = options;
  let active = -1;
  const at = (e: PointerEvent): [number, number] | null => {
    const svg = opts.svg();
    return svg ? toUser(svg, opts.width(), e.clientX, e.clientY) : null;
  };
  const down = (e: Event): void => {
    const p = e as PointerEvent;
    if (p.button !== 0 || active !== -1 || (opts.types && !opts.types.includes(p.pointerType))) return;
    const point = at(p);
    if (!point) return;
    active = p.pointerId;
    node.setPointerCapture(p.pointerId);
    p.preventDefault();
    p.stopPropagation();
    opts.start?.(...point);
  };
  const move = (e: Event): void => {
    const p = e as PointerEvent;
    if (p.pointerId !== active) return;
    const point = at(p);
    if (point) opts.move(...point);
  };
  const up = (e: Event): void => {
    if ((e as PointerEvent).pointerId !== active) return;
    active = -1;
    opts.end?.();
  };
  // A handle that takes touch keeps the finger from scrolling the page (unless disabled).
  const touch = !opts.types || opts.types.includes('touch') ? holdTouch(node, () => node.getAttribute('aria-disabled') !== 'true') : null;
  node.addEventListener('pointerdown', down);
  node.addEventListener('pointermove', move);
  node.addEventListener('pointerup', up);
  node.addEventListener('pointercancel', up);
  return {
    update: (o) => (opts = o),
    destroy: () => {
      touch?.destroy();
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', up);
    },
  };
}

/** Svelte action: a wheel listener that may call preventDefault (Svelte's own is passive). */
export function wheel(node: Element, handler: (e: WheelEvent) => void): { update: (h: (e: WheelEvent) => void) => void; destroy: () => void } {
  let h = handler;
  const listener = (e: Event): void => h(e as WheelEvent);
  node.addEventListener('wheel', listener, { passive: false });
  return { update: (next) => (h = next), destroy: () => node.removeEventListener('wheel', listener) };
}
