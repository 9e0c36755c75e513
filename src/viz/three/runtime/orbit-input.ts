/**
 * Orbiting by hand. A mouse or pen drags the view directly. On a touch screen one finger must
 * keep scrolling the page, so the view turns only under two fingers (their midpoint's
 * movement); a one-finger swipe over the view asks the figure to show a hint instead. The
 * element keeps `touch-action: pan-y` (vertical page scroll stays with the browser).
 */
import { dragOrbit, type Orbit } from '../data/orbit';

/** How the input reads and writes the orbit and talks to the figure. */
export interface OrbitInputHost {
  get(): Orbit;
  set(o: Orbit): void;
  /** A one-finger swipe landed on the view: show "Use two fingers to rotate". */
  hint(): void;
  /** A drag (mouse, pen or two fingers) began (true) or ended (false); the hint goes when one begins. */
  dragging?(active: boolean): void;
}

/** Attaches the listeners to `el`; returns the function that removes them. */
export function attachOrbitInput(el: HTMLElement, host: OrbitInputHost): () => void {
  let drag: { id: number; x: number; y: number } | null = null;
  let touch: { x: number; y: number } | null = null;
  /** Two fingers were down during this touch sequence: a finger left over must not bring the hint back. */
  let pinched = false;

  const down = (e: PointerEvent) => {
    if (e.pointerType === 'touch' || e.button !== 0) return;
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
    host.dragging?.(true);
    el.setPointerCapture(e.pointerId);
    el.focus({ preventScroll: true });
    e.preventDefault();
  };
  const move = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    host.set(dragOrbit(host.get(), e.clientX - drag.x, e.clientY - drag.y));
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
  };
  const up = (e: PointerEvent) => {
    if (drag && e.pointerId === drag.id) {
      drag = null;
      host.dragging?.(false);
    }
  };

  const midpoint = (list: TouchList) => ({
    x: (list[0]!.clientX + list[1]!.clientX) / 2,
    y: (list[0]!.clientY + list[1]!.clientY) / 2,
  });
  const touchStart = (e: TouchEvent) => {
    if (e.touches.length >= 2) {
      pinched = true;
      if (!touch) host.dragging?.(true);
      touch = midpoint(e.touches);
      e.preventDefault();
    }
  };
  const touchMove = (e: TouchEvent) => {
    if (e.touches.length < 2) {
      if (e.touches.length === 1 && !touch && !pinched) host.hint();
      return;
    }
    pinched = true;
    if (e.cancelable) e.preventDefault();
    const m = midpoint(e.touches);
    if (touch) host.set(dragOrbit(host.get(), m.x - touch.x, m.y - touch.y));
    else host.dragging?.(true);
    touch = m;
  };
  const touchEnd = (e: TouchEvent) => {
    if (e.touches.length < 2 && touch) {
      touch = null;
      host.dragging?.(false);
    }
    if (e.touches.length === 0) pinched = false;
  };

  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', up);
  el.addEventListener('touchstart', touchStart, { passive: false });
  el.addEventListener('touchmove', touchMove, { passive: false });
  el.addEventListener('touchend', touchEnd);
  el.addEventListener('touchcancel', touchEnd);
  return () => {
    el.removeEventListener('pointerdown', down);
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', up);
    el.removeEventListener('touchstart', touchStart);
    el.removeEventListener('touchmove', touchMove);
    el.removeEventListener('touchend', touchEnd);
    el.removeEventListener('touchcancel', touchEnd);
  };
}
