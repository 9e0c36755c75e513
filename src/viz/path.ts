/**
 * Polylines to compact SVG path data. Points are flat arrays [x0, y0, x1, y1, …] in screen
 * units. Paths use relative commands with coordinates rounded to a fixed number of decimals;
 * rounding happens on absolute positions and the differences are taken between rounded
 * values, so the error never accumulates along a path.
 */
import type { GridToScreen } from './scales';

/** Flat grid points mapped to the screen by an affine grid-to-screen map. */
export function toScreen(points: Float64Array, t: GridToScreen): Float64Array {
  const out = new Float64Array(points.length);
  for (let k = 0; k < points.length; k += 2) {
    out[k] = t.ax + t.bx * points[k]!;
    out[k + 1] = t.ay + t.by * points[k + 1]!;
  }
  return out;
}

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const s = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / len2));
  const ex = ax + s * dx - px;
  const ey = ay + s * dy - py;
  return ex * ex + ey * ey;
}

/**
 * Ramer–Douglas–Peucker simplification (iterative): keeps the end points and every point
 * farther than `tolerance` from the simplified line. A closed ring (first = last point) stays
 * closed.
 */
export function simplifyPolyline(points: Float64Array, tolerance: number): Float64Array {
  const n = points.length / 2;
  if (n <= 2 || tolerance <= 0) return points;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    let worst = -1;
    let worstD = tol2;
    const ax = points[2 * first]!, ay = points[2 * first + 1]!, bx = points[2 * last]!, by = points[2 * last + 1]!;
    for (let k = first + 1; k < last; k++) {
      const d = segmentDistance2(points[2 * k]!, points[2 * k + 1]!, ax, ay, bx, by);
      if (d > worstD) { worstD = d; worst = k; }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push(first, worst, worst, last);
    }
  }
  let m = 0;
  for (let k = 0; k < n; k++) m += keep[k]!;
  const out = new Float64Array(2 * m);
  for (let k = 0, o = 0; k < n; k++) if (keep[k]) { out[o++] = points[2 * k]!; out[o++] = points[2 * k + 1]!; }
  return out;
}

/** An integer count of 10^-decimals units written as a short decimal, e.g. 123 → "12.3", -5 → "-.5". */
function decimal(units: number, scale: number, decimals: number): string {
  if (units === 0) return '0';
  const sign = units < 0 ? '-' : '';
  const a = Math.abs(units);
  const whole = Math.floor(a / scale);
  const frac = a - whole * scale;
  if (frac === 0) return sign + whole;
  const digits = String(frac).padStart(decimals, '0').replace(/0+$/, '');
  return `${sign}${whole === 0 ? '' : whole}.${digits}`;
}

/** Joins numbers the way SVG path data allows: a minus sign needs no separator before it. */
function joinNumbers(parts: string[]): string {
  let s = '';
  for (const p of parts) s += s === '' || p.startsWith('-') ? p : ` ${p}`;
  return s;
}

/**
 * Path data for a list of polylines; those whose last point equals their first are closed
 * with "z". `decimals` sets the rounding (1 → tenths of a unit).
 */
export function polylinesPath(lines: readonly Float64Array[], decimals = 1): string {
  const scale = 10 ** decimals;
  let d = '';
  for (const pts of lines) {
    const n = pts.length / 2;
    if (n < 2) continue;
    const closed = pts[0] === pts[2 * n - 2] && pts[1] === pts[2 * n - 1];
    let px = Math.round(pts[0]! * scale);
    let py = Math.round(pts[1]! * scale);
    d += `M${joinNumbers([decimal(px, scale, decimals), decimal(py, scale, decimals)])}`;
    const rel: string[] = [];
    const end = closed ? n - 1 : n;
    for (let k = 1; k < end; k++) {
      const x = Math.round(pts[2 * k]! * scale);
      const y = Math.round(pts[2 * k + 1]! * scale);
      if (x === px && y === py) continue;
      rel.push(decimal(x - px, scale, decimals), decimal(y - py, scale, decimals));
      px = x;
      py = y;
    }
    if (rel.length > 0) d += `l${joinNumbers(rel)}`;
    if (closed) d += 'z';
  }
  return d;
}
