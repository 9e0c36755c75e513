/**
 * Thick curves as cross-shaped ribbons: along a polyline that lies in a plane with normal n,
 * two thin quads per segment, one in the plane (offset along u = n × direction) and one across
 * it (offset along n). Seen from any side the cross looks like a solid line about 2h wide, it
 * needs no camera-dependent update and costs four triangles per segment. (WebGL draws plain
 * lines 1 px wide; screen-space fat lines cost far more per segment on software renderers.)
 * Scene coordinates throughout; points are x y z triples, NaN marks a hole.
 */

/** Vertices per polyline point: ±u and ±n. */
export const RIBBON_VERTICES = 4;
/** Indices per segment: two quads of two triangles. */
export const RIBBON_INDICES = 12;

/**
 * Writes the ribbon of `points` (count = points.length / 3) into `positions` (count × 4 × 3)
 * and `indices` (up to (count − 1) × 12); returns how many indices are used. Segments touching
 * a hole are left out.
 */
export function ribbon(points: Float32Array, normal: readonly [number, number, number], halfWidth: number, positions: Float32Array, indices: Uint16Array | Uint32Array): number {
  const count = Math.floor(points.length / 3);
  const ok = (i: number) => i >= 0 && i < count && Number.isFinite(points[i * 3 + 2]!);
  const [nx, ny, nz] = normal;
  let used = 0;
  for (let i = 0; i < count; i++) {
    const p = i * 3;
    const base = i * RIBBON_VERTICES * 3;
    if (!ok(i)) {
      positions.fill(0, base, base + RIBBON_VERTICES * 3);
      continue;
    }
    // Direction from the neighbours (central difference where both exist).
    const a = ok(i - 1) ? i - 1 : i;
    const b = ok(i + 1) ? i + 1 : i;
    let dx = points[b * 3]! - points[a * 3]!;
    let dy = points[b * 3 + 1]! - points[a * 3 + 1]!;
    let dz = points[b * 3 + 2]! - points[a * 3 + 2]!;
    const dl = Math.hypot(dx, dy, dz) || 1;
    dx /= dl;
    dy /= dl;
    dz /= dl;
    // u = n × d: in the plane, across the curve.
    const ux = (ny * dz - nz * dy) * halfWidth;
    const uy = (nz * dx - nx * dz) * halfWidth;
    const uz = (nx * dy - ny * dx) * halfWidth;
    const [x, y, z] = [points[p]!, points[p + 1]!, points[p + 2]!];
    positions.set([x + ux, y + uy, z + uz, x - ux, y - uy, z - uz, x + nx * halfWidth, y + ny * halfWidth, z + nz * halfWidth, x - nx * halfWidth, y - ny * halfWidth, z - nz * halfWidth], base);
    if (i > 0 && ok(i - 1)) {
      const s = (i - 1) * RIBBON_VERTICES;
      const t = i * RIBBON_VERTICES;
      indices.set([s, s + 1, t + 1, s, t + 1, t, s + 2, s + 3, t + 3, s + 2, t + 3, t + 2], used);
      used += RIBBON_INDICES;
    }
  }
  return used;
}
