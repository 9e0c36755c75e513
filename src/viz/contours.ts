/**
 * Filled bands and level lines of a sampled function, in contour grid coordinates.
 *
 * d3-contour's marching squares (https://github.com/d3/d3-contour) gives, for each threshold t,
 * the rings of the region {f ≥ t}. We ask for the raw rings (no smoothing) and place each
 * vertex ourselves, because only here is it known what a vertex is:
 *
 * - a crossing between two finite samples a, b: moved to where the linear interpolant equals t,
 *   at fraction (t − a)/(b − a) of the way from a to b (what d3's own smoothing does);
 * - a vertex on an edge that leaves the grid, or that touches a NaN sample (a hole): kept at
 *   the edge's midpoint. Such vertices only close the filled region; the level line stops there.
 *
 * Coordinates: sample (i, j) sits at (p, q) = (i + 0.5, j + 0.5); map to the screen with
 * `gridToScreen`. Points are stored flat, [p0, q0, p1, q1, …]; rings repeat their first point
 * at the end.
 */
import { contours } from 'd3-contour';

/** One level: the region f ≥ value (fill) and the line f = value (stroke). */
export interface ContourLevel {
  value: number;
  /** Rings of the region f ≥ value, exterior rings and holes alike (fill with even-odd). */
  rings: Float64Array[];
  /** The level line, cut where it meets a hole; open polylines unless first = last point. */
  lines: Float64Array[];
}

/** A vertex between two finite samples (a real crossing of the level). */
const CROSSING = 0;
/** A vertex off the grid or next to a hole. */
const EDGE = 1;

/**
 * Moves the raw vertex (p, q) onto the level and says what kind of vertex it is. Raw vertices
 * sit on cell edges: p integer and q = j + 0.5 between samples (p − 1, j) and (p, j), or
 * q integer and p = i + 0.5 between (i, q − 1) and (i, q).
 */
function place(values: ArrayLike<number>, nx: number, ny: number, t: number, point: [number, number]): number {
  const [p, q] = point;
  const horizontal = Number.isInteger(p) && !Number.isInteger(q);
  const i1 = horizontal ? p : p - 0.5;
  const j1 = horizontal ? q - 0.5 : q;
  const i0 = horizontal ? i1 - 1 : i1;
  const j0 = horizontal ? j1 : j1 - 1;
  if (i0 < 0 || j0 < 0 || i1 >= nx || j1 >= ny) return EDGE;
  const a = values[j0 * nx + i0]!;
  const b = values[j1 * nx + i1]!;
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) return EDGE;
  const f = Math.min(1, Math.max(0, (t - a) / (b - a)));
  if (horizontal) point[0] = i0 + 0.5 + f;
  else point[1] = j0 + 0.5 + f;
  return CROSSING;
}

/** Cuts a ring into the runs whose consecutive vertices are both crossings. */
function lineRuns(ring: [number, number][], kinds: Uint8Array): Float64Array[] {
  const n = ring.length - 1; // the last vertex repeats the first
  if (n < 2) return [];
  let start = -1;
  for (let k = 0; k < n; k++) if (kinds[k] === EDGE) { start = k; break; }
  const flat = (ids: number[]): Float64Array => {
    const out = new Float64Array(ids.length * 2);
    ids.forEach((id, m) => { out[2 * m] = ring[id]![0]; out[2 * m + 1] = ring[id]![1]; });
    return out;
  };
  if (start < 0) return [flat([...Array(n + 1).keys()].map((k) => k % n))];
  const runs: Float64Array[] = [];
  let run: number[] = [];
  for (let m = 1; m <= n; m++) {
    const k = (start + m) % n;
    if (kinds[k] === CROSSING) run.push(k);
    else {
      if (run.length >= 2) runs.push(flat(run));
      run = [];
    }
  }
  if (run.length >= 2) runs.push(flat(run));
  return runs;
}

/**
 * The filled regions and level lines of a row-major nx × ny grid, one entry per threshold
 * (sorted ascending). NaN samples are holes: never filled, and no line runs along them.
 * Pass −Infinity as a threshold to get the region where f is defined at all.
 */
export function contourLevels(values: Float64Array, nx: number, ny: number, thresholds: readonly number[]): ContourLevel[] {
  const generator = contours().size([nx, ny]).smooth(false);
  const data = values as unknown as number[];
  return [...thresholds].sort((a, b) => a - b).map((t) => {
    const rings: Float64Array[] = [];
    const lines: Float64Array[] = [];
    for (const polygon of generator.contour(data, t).coordinates) {
      for (const ring of polygon as [number, number][][]) {
        const kinds = new Uint8Array(ring.length);
        for (let k = 0; k < ring.length - 1; k++) kinds[k] = place(values, nx, ny, t, ring[k]!);
        const last = ring[ring.length - 1]!;
        last[0] = ring[0]![0];
        last[1] = ring[0]![1];
        const flat = new Float64Array(ring.length * 2);
        ring.forEach(([p, q], k) => { flat[2 * k] = p; flat[2 * k + 1] = q; });
        rings.push(flat);
        if (Number.isFinite(t)) lines.push(...lineRuns(ring, kinds));
      }
    }
    return { value: t, rings, lines };
  });
}
