/**
 * State of the gradient-field figure: the shared field state (f, point, u, window) plus what
 * only this view needs: its size, the sampling resolution, the current drawing of the field
 * and the probe's reading. The drawing is recomputed at most once per animation frame and only
 * when f, the window or the size change; moving the probe recomputes only the reading.
 */
import type { WorldRect } from '../../math';
import { createScale2D, type Scale2D, type ValueColours } from '../../viz';
import { coloursFor } from '../shared/colour-scale';
import { type FieldState } from '../shared/field-state.svelte';
import { drawField, type FieldDrawing } from './drawing';
import { plotLayout, SERVER_WIDTH } from './layout';
import { homeWindow, type Preset } from './presets';
import { probeGeometry, type ProbeGeometry } from './probe-geometry';
import { readProbe, type Reading } from './reading';
import { keepInView, sameWindow, squareUp } from './view-window';

/** Samples per side: on the server (small HTML) and in the browser. */
export const SERVER_RESOLUTION = 56;
export const RESOLUTION = 200;

/** The figure's state; create one per component instance. */
export class GradientFieldModel {
  /** Width of the SVG in user units; equal to CSS pixels once measured. */
  width = $state(SERVER_WIDTH);
  resolution = $state(SERVER_RESOLUTION);
  /** Decimals kept in path data (0 on the server keeps the HTML small). */
  decimals = $state(0);
  /** False until mounted in a browser: controls stay disabled in the static picture. */
  interactive = $state(false);
  layout = $derived(plotLayout(this.width));
  /** The visible window, made square. */
  readonly view: WorldRect;
  scale: Scale2D;
  drawing: FieldDrawing = $state.raw(undefined as unknown as FieldDrawing);
  /** The probe's numbers and its marks on screen. */
  readonly reading: Reading;
  readonly probe: ProbeGeometry;
  /** Carries the last drawing onto the current view until the next frame redraws it. */
  readonly carry: string | null;
  /** The function's colour scale, fixed while only the view changes. */
  readonly colours: ValueColours;

  private pending = 0;
  private drawnFor: unknown[] = [];

  /** The figure's model over the page's shared field state. */
  constructor(readonly shared: FieldState) {
    // Derived in the constructor because they read `shared`, a constructor parameter.
    this.view = $derived(squareUp(this.shared.window));
    this.colours = $derived(coloursFor(this.shared.field, this.shared.source));
    this.scale = $derived(createScale2D(this.view, this.layout.plot));
    this.reading = $derived(readProbe(this.shared.field, this.shared.x, this.shared.y, this.shared.angle));
    this.probe = $derived(probeGeometry(this.reading, this.scale, this.drawing.arrowScale));
    this.carry = $derived(carryTransform(createScale2D(this.drawing.window, this.layout.plot), this.scale));
    this.drawing = this.draw();
  }

  private inputs(): unknown[] {
    return [this.shared.field, this.view, this.layout, this.resolution, this.decimals, this.colours];
  }

  private draw(): FieldDrawing {
    this.drawnFor = this.inputs();
    return drawField(this.shared.field, this.view, this.layout, { resolution: this.resolution, decimals: this.decimals, colours: this.colours });
  }

  /** Call from an effect: reads the drawing's inputs and redraws on the next frame if they changed. */
  trackDrawing(): void {
    const now = this.inputs();
    if (now.every((v, i) => v === this.drawnFor[i] || (i === 1 && sameWindow(v as WorldRect, this.drawnFor[1] as WorldRect)))) return;
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.drawing = this.draw();
    });
  }

  /** Stops a pending redraw (on unmount). */
  dispose(): void {
    if (this.pending) cancelAnimationFrame(this.pending);
    this.pending = 0;
  }

  /** Loads a preset: function, window, point and direction. */
  applyPreset(p: Preset): void {
    this.shared.source = p.source;
    this.shared.window = { x: [...p.window.x], y: [...p.window.y] };
    this.shared.setPoint(p.point[0], p.point[1]);
    this.shared.angle = p.angle;
  }

  /** Sets the window (already square and clamped by the view-window helpers). */
  setView(w: WorldRect): void {
    this.shared.window = w;
  }

  /**
   * Back to the window the current function starts in; if the point lies outside it (typed
   * there, or brought by a link), the window of that size around the point, so the probe
   * always comes back into view.
   */
  resetView(): void {
    this.shared.window = keepInView(homeWindow(this.shared.source), this.shared.x, this.shared.y);
  }

  /**
   * Moves the point (by keys or typed numbers) and pans the view to follow it when it would
   * leave: the probe never disappears from the plot.
   */
  placePoint(x: number, y: number): void {
    this.shared.setPoint(x, y);
    const next = keepInView(this.view, this.shared.x, this.shared.y);
    if (!sameWindow(next, this.view)) this.shared.window = next;
  }

  /** The probe lies outside the visible window (after a pan or zoom). */
  get pointOutside(): boolean {
    const { x, y } = this.shared;
    const w = this.view;
    return x < w.x[0] || x > w.x[1] || y < w.y[0] || y > w.y[1];
  }

  /** Sets the direction u, in degrees, normalised to [0, 360). */
  setAngle(deg: number): void {
    if (Number.isFinite(deg)) this.shared.angle = ((deg % 360) + 360) % 360;
  }
}

/** The SVG transform taking points drawn under `from` to where they belong under `to`, or null. */
export function carryTransform(from: Scale2D, to: Scale2D): string | null {
  const a = to.kx / from.kx;
  const d = to.ky / from.ky;
  const e = to.x(from.invertX(0));
  const f = to.y(from.invertY(0));
  if (Math.abs(a - 1) < 1e-9 && Math.abs(d - 1) < 1e-9 && Math.abs(e) < 1e-6 && Math.abs(f) < 1e-6) return null;
  return `matrix(${a} 0 0 ${d} ${e} ${f})`;
}
