/**
 * The one drag behaviour of the figures, for every movable thing drawn in SVG: a pointer drag
 * (mouse, pen and touch) in the SVG's user units, and the keyboard on the same element.
 *
 * - The pointer is captured, so a drag keeps working outside the element.
 * - A touch that starts on a handle is claimed for it (hold-touch.ts), so the page still
 *   scrolls under a finger anywhere else; `types: ['mouse', 'pen']` (a plot's background, say)
 *   leaves touch to the page entirely.
 * - `key` maps a key (and Shift) to a move; a key it handles is not passed on to the page.
 *   step-key.ts gives the usual meaning: arrows, Shift, Page keys, Home and End.
 */

import { holdTouch } from './hold-touch';

/** Maps a client position to the SVG's user units (the SVG keeps its aspect ratio). */
export function toUser(svg: SVGSVGElement, userWidth: number, clientX: number, clientY: number): [number, number] {
  const r = svg.getBoundingClientRect();
  const k = r.width > 0 ? userWidth / r.width : 1;
  return [(clientX - r.left) * k, (clientY - r.top) * k];
}

/** What a drag reports, in user units. */
export interface DragOptions {
  svg: () => SVGSVGElement | undefined;
  /** The SVG's width in user units (its viewBox width). */
  width: () => number;
  /** Whether the thing can be moved now (default: while not aria-disabled). */
  enabled?: () => boolean;
  start?: (x: number, y: number) => void;
  move: (x: number, y: number) => void;
  end?: () => void;
  /** Only these pointer types start a drag (default: all). */
  types?: readonly string[];
  /** A key pressed on the element: true when it moved the thing. */
  key?: (key: string, shift: boolean) => boolean;
}

/** Svelte action: drag and keys on `node`; see the module comment. */
export function drag(node: Element, options: DragOptions): { update: (o: DragOptions) => void; destroy: () => void } {
  let opts = options;
  let active = -1;
  const enabled = (): boolean => (opts.enabled ? opts.enabled() : node.getAttribute('aria-disabled') !== 'true');
  const at = (e: PointerEvent): [number, number] | null => {
    const svg = opts.svg();
    return svg ? toUser(svg, opts.width(), e.clientX, e.clientY) : null;
  };
  const down = (e: Event): void => {
    const p = e as PointerEvent;
    if (p.button !== 0 || active !== -1 || !enabled() || (opts.types && !opts.types.includes(p.pointerType))) return;
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
  const keydown = (e: Event): void => {
    const k = e as KeyboardEvent;
    // Only keys on the element itself: not those bubbling from a handle inside it.
    if (!opts.key || k.target !== node || k.altKey || k.ctrlKey || k.metaKey || !enabled()) return;
    if (opts.key(k.key, k.shiftKey)) k.preventDefault();
  };
  const touch = !opts.types || opts.types.includes('touch') ? holdTouch(node, enabled) : null;
  node.addEventListener('pointerdown', down);
  node.addEventListener('pointermove', move);
  node.addEventListener('pointerup', up);
  node.addEventListener('pointercancel', up);
  node.addEventListener('keydown', keydown);
  return {
    update: (o) => (opts = o),
    destroy: () => {
      touch?.destroy();
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', up);
      node.removeEventListener('keydown', keydown);
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
