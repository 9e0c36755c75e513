/**
 * State of the surface figure. The function, the point and the window are the page's shared
 * field state (moving the point here moves it in the vector-field figure too); the camera is
 * this figure's own. Everything drawn is derived: the sampled surface only from the function
 * and the window, the slices and slopes from the point as well.
 */
import { niceFloor, sampleSlice, snapInto, type SliceSamples } from '../../viz';
import type { Interval, WorldRect } from '../../math';
import { axisLabels, DEFAULT_ORBIT, floorArrows, heightRange, isShown, project, sceneScale, sceneX, sceneY, sceneZ, staticPicture, viewCamera, type FloorArrows, type HeightBands, type HeightGrid, type HeightRange, type Orbit, type PointView, type SceneScale, type StaticPicture } from '../../viz/three';
import type { FieldState } from '../shared/field-state.svelte';
import { cleanVector } from '../shared/format';
import { levelBands } from '../shared/colour-scale';
import { describePoint } from './describe';
import type { PanelInput } from './panel-geometry';

/**
 * Samples per side of the surface grid (rebuilt only when f or the window changes): 56 cells, so
 * the faint grid lines drawn every 8 samples fall evenly. Finer looked the same and cost a
 * software renderer twice the triangles.
 */
export const GRID = 57;
/** Samples per side of the static wireframe picture. */
export const STATIC_GRID = 25;
/** Samples along each slice curve. */
export const SLICE_SAMPLES = 161;

/** Screen distance (CSS px) from the point within which an axis label is faded. */
export const LABEL_CLEARANCE = 26;

/** A coordinate of the point. */
export type Axis = 'x' | 'y';

/** The figure's state; see the module comment. */
export class PartialSlicesState {
  /** The camera. */
  orbit = $state<Orbit>({ ...DEFAULT_ORBIT });
  /** The page's field state (see fieldStateOf). */
  readonly shared: FieldState;
  /** The window's x and y ranges as plain tuples. */
  readonly ranges: WorldRect;
  /** f on the GRID × GRID grid over the window (only f and the window change it). */
  readonly grid: HeightGrid;
  readonly heights: HeightRange;
  readonly bands: HeightBands;
  readonly sc: SceneScale;
  /** The heights both panels show: the surface's range with a little air. */
  readonly vRange: Interval;
  /** f(x0, y0) and [∂f/∂x, ∂f/∂y] there. */
  readonly f0: number;
  readonly gradient: [number, number];
  /** g(t) = f(t, y0), the slice in the plane y = y0, and h(t) = f(x0, t) in the plane x = x0. */
  readonly sliceX: SliceSamples;
  readonly sliceY: SliceSamples;
  /** Everything the 3D view needs about the point. */
  readonly point: PointView;
  /** The floor arrows' layout (also used by the static picture). */
  readonly arrows: FloorArrows;
  /** The picture drawn without WebGL: a coarse wireframe projected like the live view. */
  readonly picture: StaticPicture;
  /** The state in words. */
  readonly description: string;

  // Svelte turns each first assignment of $derived in the constructor into a lazy derived.
  constructor(shared: FieldState) {
    this.shared = shared;
    this.ranges = $derived({ x: [shared.window.x[0], shared.window.x[1]], y: [shared.window.y[0], shared.window.y[1]] });
    this.grid = $derived({ values: shared.field.sampleValues({ ...this.ranges, nx: GRID, ny: GRID }), nx: GRID, ny: GRID });
    this.heights = $derived(heightRange(this.grid.values));
    this.bands = $derived(levelBands(shared.field, shared.source, this.ranges));
    this.sc = $derived(sceneScale(this.ranges, this.heights));
    this.vRange = $derived.by(() => {
      const pad = 0.06 * (this.heights.hi - this.heights.lo);
      return [this.heights.lo - pad, this.heights.hi + pad];
    });
    this.f0 = $derived(shared.field.value(shared.x, shared.y));
    // Without floating-point noise: ∂f/∂x = 6×10⁻¹⁷ beside ∂f/∂y = 0.4 is shown as 0.
    this.gradient = $derived(cleanVector(shared.field.gradient(shared.x, shared.y)) as [number, number]);
    this.sliceX = $derived.by(() => {
      const { field, y } = shared;
      return sampleSlice((t) => field.value(t, y), this.ranges.x, SLICE_SAMPLES);
    });
    this.sliceY = $derived.by(() => {
      const { field, x } = shared;
      return sampleSlice((t) => field.value(x, t), this.ranges.y, SLICE_SAMPLES);
    });
    this.point = $derived({ x0: shared.x, y0: shared.y, f0: this.f0, gx: this.gradient[0], gy: this.gradient[1], sliceX: this.sliceX, sliceY: this.sliceY });
    this.arrows = $derived(floorArrows(shared.x, shared.y, this.gradient[0], this.gradient[1], Math.min(this.ranges.x[1] - this.ranges.x[0], this.ranges.y[1] - this.ranges.y[0])));
    this.picture = $derived.by(() => {
      const grid = { values: shared.field.sampleValues({ ...this.ranges, nx: STATIC_GRID, ny: STATIC_GRID }), nx: STATIC_GRID, ny: STATIC_GRID };
      const point = { x: shared.x, y: shared.y, f: this.f0, gx: this.gradient[0], gy: this.gradient[1] };
      return staticPicture({ grid, sc: this.sc, bands: this.bands, orbit: this.orbit, point, sliceX: this.sliceX, sliceY: this.sliceY, gradTip: this.arrows.grad[1] });
    });
    this.description = $derived(describePoint({ x: shared.x, y: shared.y, f: this.f0, gx: this.gradient[0], gy: this.gradient[1] }));
  }

  /**
   * The axis labels of the live view at their screen positions (CSS px) in a width × height
   * view. Height ticks go on the outer side of the f axis: left of it when it stands in the
   * left half of the view. A label within LABEL_CLEARANCE of the point on screen is marked
   * `near` (the view fades it), so no label hides the point.
   */
  labels(width: number, height: number): { text: string; kind: string; left: number; top: number; near: boolean }[] {
    if (width < 1 || height < 1) return [];
    const cam = viewCamera(this.orbit);
    const { sc } = this;
    const z = isShown(sc, this.f0) ? sceneZ(sc, this.f0) : sc.floorZ;
    const [px, py] = project(cam, [sceneX(sc, this.shared.x), sceneY(sc, this.shared.y), z], width, height);
    return axisLabels(sc, this.orbit).map((l) => {
      const [left, top] = project(cam, l.at, width, height);
      const kind = l.kind === 'ztick' ? (left < width / 2 ? 'ztick before' : 'ztick after') : l.kind;
      return { text: l.text, kind, left, top, near: Math.hypot(left - px, top - py) < LABEL_CLEARANCE };
    });
  }

  /** A key press moves a coordinate by this much; Shift by ten times as much. */
  step(axis: Axis): number {
    const [lo, hi] = this.ranges[axis];
    return niceFloor((hi - lo) / 100);
  }

  /** The point's coordinate along an axis. */
  coordinate(axis: Axis): number {
    return axis === 'x' ? this.shared.x : this.shared.y;
  }

  /** What the slice panel along `axis` draws: the slice through the point and its slope there. */
  panel(axis: Axis): PanelInput {
    const along = axis === 'x';
    const [samples, slope] = along ? [this.sliceX, this.gradient[0]] : [this.sliceY, this.gradient[1]];
    return { samples, t0: this.coordinate(axis), v0: this.f0, slope, tRange: this.ranges[axis], vRange: this.vRange, bands: this.bands };
  }

  /** Moves one coordinate of the shared point, kept inside the window. */
  move(axis: Axis, t: number, snap = 0): void {
    if (!Number.isFinite(t)) return;
    const v = snapInto(t, this.ranges[axis], snap);
    if (axis === 'x') this.shared.setPoint(v, this.shared.y);
    else this.shared.setPoint(this.shared.x, v);
  }
}
