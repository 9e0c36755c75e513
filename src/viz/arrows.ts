/**
 * A lattice of gradient arrows, batched into a few SVG paths.
 *
 * Length encodes |∇f|: an arrow is `pxPerUnit · |∇f|` screen units long, where pxPerUnit is
 * chosen so that a robust maximum of |∇f| over the lattice fills 90 % of the lattice spacing.
 * The robust maximum is the 90th percentile (or the true maximum when that is less than 1.5
 * times larger), but at most 3 times the median, so that a pole or a steep wall covering a
 * few columns of the lattice cannot shrink every other arrow to a dot. Arrows
 * longer than the spacing allows are drawn at the cap with a second head ("more than shown").
 * Opacity repeats the magnitude in three steps, so weak arrows recede. Arrows are centred on
 * their lattice point and point in the screen direction of the world vector ∇f.
 */
import { quantile } from './levels';
import { niceFloor } from './ticks';
import { polylinesPath } from './path';
import { type ScreenRect } from './scales';

/** One arrow: its lattice point on screen and its unit direction and magnitude. */
export interface LatticeArrow {
  /** Lattice point, screen units. */
  x: number;
  y: number;
  /** Unit screen direction of ∇f (zero when |∇f| is 0 or not finite). */
  ux: number;
  uy: number;
  /** |∇f| in world units. */
  magnitude: number;
}

/** The lattice points of a screen rectangle: cell centres of a grid with about `spacing` per cell. */
export function latticePoints(plot: ScreenRect, spacing: number): { xs: number[]; ys: number[]; spacing: number } {
  const nx = Math.max(2, Math.round(plot.width / spacing));
  const ny = Math.max(2, Math.round(plot.height / spacing));
  const sx = plot.width / nx;
  const sy = plot.height / ny;
  return {
    xs: Array.from({ length: nx }, (_, i) => plot.left + (i + 0.5) * sx),
    ys: Array.from({ length: ny }, (_, j) => plot.top + (j + 0.5) * sy),
    spacing: Math.min(sx, sy),
  };
}

/** How arrow length maps to |∇f|, and the value the legend shows. */
export interface ArrowScale {
  /** Screen units per unit of |∇f|. */
  pxPerUnit: number;
  /** The longest arrow drawn; longer ones are capped. */
  capPx: number;
  /** A nice value of |∇f| for the legend, and its length. */
  legendValue: number;
  legendPx: number;
}

/** The length scale for a set of magnitudes on a lattice of the given spacing. */
export function arrowScale(magnitudes: readonly number[], spacing: number): ArrowScale {
  const finite = magnitudes.filter((m) => Number.isFinite(m) && m > 0).sort((a, b) => a - b);
  const capPx = 0.9 * spacing;
  const q90 = quantile(finite, 0.9);
  const median = quantile(finite, 0.5);
  const max = finite[finite.length - 1] ?? Number.NaN;
  const reference = Math.min(max <= 1.5 * q90 ? max : q90, 3 * median);
  if (!(reference > 0)) return { pxPerUnit: 0, capPx, legendValue: 0, legendPx: 0 };
  const pxPerUnit = capPx / reference;
  const legendValue = niceFloor(reference);
  return { pxPerUnit, capPx, legendValue, legendPx: legendValue * pxPerUnit };
}

/** Bucket of an arrow: 0 faint, 1 medium, 2 strong, 3 capped. */
export function bucketOf(lengthPx: number, capPx: number): number {
  if (lengthPx > capPx * 1.0001) return 3;
  const r = lengthPx / capPx;
  return r < 0.25 ? 0 : r < 0.6 ? 1 : 2;
}

/** Number of buckets `arrowPaths` returns. */
export const ARROW_BUCKETS = 4;

/**
 * The outline of a filled arrow from (x0, y0) along the unit vector (ux, uy), `length` long,
 * shaft half-width `w`, as closed rings of flat screen points (a second ring is a second head
 * for a capped arrow).
 */
export function arrowRings(x0: number, y0: number, ux: number, uy: number, length: number, w: number, double = false): Float64Array[] {
  const head = Math.min(3 + 3 * w, 0.5 * length);
  const half = head * 0.6;
  const nx = -uy;
  const ny = ux;
  const tipX = x0 + ux * length;
  const tipY = y0 + uy * length;
  const bx = tipX - ux * head;
  const by = tipY - uy * head;
  const rings = [
    new Float64Array([
      x0 + nx * w, y0 + ny * w, bx + nx * w, by + ny * w, bx + nx * half, by + ny * half, tipX, tipY,
      bx - nx * half, by - ny * half, bx - nx * w, by - ny * w, x0 - nx * w, y0 - ny * w, x0 + nx * w, y0 + ny * w,
    ]),
  ];
  if (double) {
    const cx = bx - ux * head * 0.7;
    const cy = by - uy * head * 0.7;
    rings.push(new Float64Array([cx + nx * half, cy + ny * half, cx + ux * head, cy + uy * head, cx - nx * half, cy - ny * half, cx + nx * half, cy + ny * half]));
  }
  return rings;
}

/** A small diamond at (x, y): the mark for an arrow too short to show a direction. */
function dot(x: number, y: number, r: number): Float64Array {
  return new Float64Array([x - r, y, x, y - r, x + r, y, x, y + r, x - r, y]);
}

/** The arrows as ARROW_BUCKETS path strings (fill them; see `bucketOf`). */
export function arrowPaths(arrows: readonly LatticeArrow[], scale: ArrowScale, shaftHalfWidth = 0.75, decimals = 1): string[] {
  const parts: Float64Array[][] = Array.from({ length: ARROW_BUCKETS }, () => []);
  for (const a of arrows) {
    if (!Number.isFinite(a.magnitude) || (a.ux === 0 && a.uy === 0)) continue;
    const length = a.magnitude * scale.pxPerUnit;
    const bucket = bucketOf(length, scale.capPx);
    if (length < 3) {
      parts[0]!.push(dot(a.x, a.y, 1.3));
      continue;
    }
    const drawn = Math.min(length, scale.capPx);
    parts[bucket]!.push(...arrowRings(a.x - (a.ux * drawn) / 2, a.y - (a.uy * drawn) / 2, a.ux, a.uy, drawn, shaftHalfWidth, bucket === 3));
  }
  return parts.map((rings) => polylinesPath(rings, decimals));
}
