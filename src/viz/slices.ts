/**
 * One-dimensional slices of a surface, from maths to the screen of a small SVG panel.
 *
 * A slice fixes one variable: g(t) = f(t, y0) (the plane y = y0) or h(t) = f(x0, t) (the plane
 * x = x0). Its derivative at t0 is a partial derivative of f, and the tangent line through
 * (t0, g(t0)) with that slope is what the panel draws. World coordinates are (t, v) with
 * v = f; screen coordinates are SVG user units, y pointing down (scales.ts keeps the two apart).
 */
import type { Interval } from '../math';
import { createScale2D, type Scale2D } from './scales';

/** A slice sampled at n evenly spaced t, both ends included; v is NaN where f is undefined. */
export interface SliceSamples {
  ts: Float64Array;
  vs: Float64Array;
}

/** Samples t ↦ g(t) at n ≥ 2 evenly spaced points of `range`, both ends included. */
export function sampleSlice(g: (t: number) => number, range: Interval, n: number): SliceSamples {
  const count = Math.max(2, Math.floor(n));
  const ts = new Float64Array(count);
  const vs = new Float64Array(count);
  const step = (range[1] - range[0]) / (count - 1);
  for (let i = 0; i < count; i++) {
    const t = i === count - 1 ? range[1] : range[0] + i * step;
    ts[i] = t;
    vs[i] = g(t);
  }
  return { ts, vs };
}

/** The plot area of a panel inside its viewBox (width × height), in SVG user units. */
export interface PanelBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The scale that puts t ∈ tRange across the plot area and v ∈ vRange up its height. */
export function panelScale(tRange: Interval, vRange: Interval, box: PanelBox): Scale2D {
  const width = box.width - box.left - box.right;
  const height = box.height - box.top - box.bottom;
  return createScale2D({ x: tRange, y: vRange }, { left: box.left, top: box.top, width, height });
}

/** Screen coordinates are kept within this many units of the plot so paths stay finite. */
const FAR = 10_000;

function clampScreen(v: number): number {
  return Math.min(FAR, Math.max(-FAR, v));
}

function fmt(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/**
 * The SVG path of a sampled slice. The path is broken where v is not finite (holes in the
 * domain of f); far-off values are clamped and the panel clips the rest with a clipPath.
 */
export function curvePath(samples: SliceSamples, scales: Scale2D): string {
  const parts: string[] = [];
  let pen = false;
  for (let i = 0; i < samples.ts.length; i++) {
    const v = samples.vs[i]!;
    if (!Number.isFinite(v)) {
      pen = false;
      continue;
    }
    parts.push(`${pen ? 'L' : 'M'}${fmt(scales.x(samples.ts[i]!))} ${fmt(clampScreen(scales.y(v)))}`);
    pen = true;
  }
  return parts.join('');
}

/**
 * The tangent line v = v0 + slope·(t − t0) across the whole t range, as two world points, or
 * null when the value or the slope is not finite (no tangent there).
 */
export function tangentLine(t0: number, v0: number, slope: number, tRange: Interval): [[number, number], [number, number]] | null {
  if (!Number.isFinite(v0) || !Number.isFinite(slope)) return null;
  const at = (t: number): [number, number] => [t, v0 + slope * (t - t0)];
  return [at(tRange[0]), at(tRange[1])];
}

/** The SVG path of the tangent line (see {@link tangentLine}), or '' when there is none. */
export function tangentPath(t0: number, v0: number, slope: number, tRange: Interval, scales: Scale2D): string {
  const line = tangentLine(t0, v0, slope, tRange);
  if (!line) return '';
  const [[ta, va], [tb, vb]] = line;
  return `M${fmt(scales.x(ta))} ${fmt(clampScreen(scales.y(va)))}L${fmt(scales.x(tb))} ${fmt(clampScreen(scales.y(vb)))}`;
}

/** t clamped to the range and snapped to multiples of `step` (for keyboard and drag). */
export function snapInto(t: number, range: Interval, step: number): number {
  const snapped = step > 0 ? Math.round(t / step) * step : t;
  return Math.min(range[1], Math.max(range[0], Number(snapped.toFixed(10))));
}
