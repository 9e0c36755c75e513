/**
 * Everything drawn for one function and one window, computed only when either changes (never
 * while the probe moves): filled bands, level lines, their labels and the arrow lattice.
 *
 * Pipeline, with the coordinate space of each step:
 *   field.sample (world grid, n × n)  →  markHoles (NaN at poles and undefined samples)
 *   → contourLevels at the window's levels (fieldLevels: the same values for every figure and
 *     every resolution; contour grid coordinates)
 *   → gridToScreen + simplifyPolyline (screen units, 0.35-unit tolerance)  →  path strings.
 */
import type { Field, WorldRect } from '../../math';
import { ARROW_BUCKETS, arrowPaths, arrowScale, bandColoursFor, contourLevels, createScale2D, fieldLevels, gridToScreen, labelledLevels, latticePoints, markHoles, placeLabels, polylinesPath, simplifyPolyline, toScreen, vectorToScreen, type ArrowScale, type LatticeArrow, type LevelSpacing, type PlacedLabel, type Scale2D, type ValueColours } from '../../viz';
import { formatTick as fmtTick } from '../shared/format';
import type { PlotLayout } from './layout';

/** One filled band: the region f ≥ value, painted in order over the bands below it. */
export interface Band {
  value: number;
  colour: string;
  d: string;
}

/** The drawing of a field over a window. */
export interface FieldDrawing {
  /** The window that was sampled; the view may have moved on since (see the transform). */
  window: WorldRect;
  bands: Band[];
  /** Level lines without labels, and those with labels (drawn a little stronger). */
  minorLines: string;
  majorLines: string;
  labels: PlacedLabel[];
  /** One path per arrow bucket (faint, medium, strong, capped). */
  arrows: string[];
  arrowScale: ArrowScale;
  spacing: LevelSpacing;
  /** Level values, ascending, with the colour of the band above each. */
  levels: { value: number; colour: string }[];
  /** Some of the window is undefined or cut out around a pole. */
  holes: boolean;
}

/** Options: samples per side, decimals kept in path data, the function's colour scale. */
export interface DrawOptions {
  resolution: number;
  decimals: number;
  /** Value → colour, fixed per function (default: the range of this window's levels). */
  colours?: ValueColours;
}

/**
 * The arrow lattice of a scale: ∇f at each lattice point, as a screen direction. Where f itself
 * is undefined (ln x for x < 0, whose derivative 1/x is still finite there) no arrow is drawn.
 */
export function latticeArrows(field: Field, scale: Scale2D, spacing: number): { arrows: LatticeArrow[]; spacing: number; xs: number[]; ys: number[] } {
  const lattice = latticePoints(scale.screen, spacing);
  const arrows: LatticeArrow[] = [];
  for (const sy of lattice.ys) {
    for (const sx of lattice.xs) {
      const [wx, wy] = [scale.invertX(sx), scale.invertY(sy)];
      const [gx, gy] = field.gradient(wx, wy);
      const [vx, vy] = vectorToScreen(scale, gx, gy);
      const len = Math.hypot(vx, vy);
      const ok = Number.isFinite(len) && len > 0 && Number.isFinite(field.value(wx, wy));
      arrows.push({ x: sx, y: sy, ux: ok ? vx / len : 0, uy: ok ? vy / len : 0, magnitude: ok ? Math.hypot(gx, gy) : Number.NaN });
    }
  }
  return { arrows, ...lattice };
}

/** Draws `field` over `window` into `layout`; see the module comment. */
export function drawField(field: Field, window: WorldRect, layout: PlotLayout, options: DrawOptions): FieldDrawing {
  const n = options.resolution;
  const grid = { x: window.x, y: window.y, nx: n, ny: n };
  const scale = createScale2D(window, layout.plot);
  const choice = fieldLevels(field, window);
  const { values, holes } = markHoles(field.sample(grid), grid, choice.high - choice.low);
  const levels = contourLevels(values, n, n, [-Infinity, ...choice.thresholds]);
  const t = gridToScreen(grid, scale);
  const colours = bandColoursFor(choice.thresholds, options.colours ?? choice);
  const tolerance = 0.35;
  const bands = levels.map((level, i) => ({
    value: level.value,
    colour: colours[i]!,
    d: polylinesPath(level.rings.map((r) => simplifyPolyline(toScreen(r, t), tolerance)), options.decimals),
  }));
  const screenLines = levels.slice(1).map((level) => ({
    value: level.value,
    text: fmtTick(level.value),
    lines: level.lines.map((l) => simplifyPolyline(toScreen(l, t), tolerance)),
  }));
  const major = new Set(labelledLevels(screenLines, 6).map((l) => l.value));
  const path = (keep: boolean): string =>
    polylinesPath(screenLines.filter((l) => major.has(l.value) === keep).flatMap((l) => l.lines), options.decimals);
  const { arrows, spacing, xs, ys } = latticeArrows(field, scale, layout.arrowSpacing);
  const aScale = arrowScale(arrows.map((a) => a.magnitude), spacing);
  const lattice = { x0: xs[0] ?? 0, y0: ys[0] ?? 0, sx: (xs[1] ?? 1) - (xs[0] ?? 0), sy: (ys[1] ?? 1) - (ys[0] ?? 0) };
  return {
    window,
    bands,
    minorLines: path(false),
    majorLines: path(true),
    labels: placeLabels(screenLines.filter((l) => major.has(l.value)), layout.plot, lattice),
    arrows: arrows.length > 0 ? arrowPaths(arrows, aScale, 0.75, options.decimals) : Array(ARROW_BUCKETS).fill(''),
    arrowScale: aScale,
    spacing: choice.spacing,
    levels: bands.slice(1).map((b) => ({ value: b.value, colour: b.colour })),
    holes: holes > 0,
  };
}
