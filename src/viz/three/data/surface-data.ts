/**
 * Vertex data of the surface z = f(x, y) from a sampled grid, in plain typed arrays (no three.js
 * here, so it is tested as data). Grid: values[j·nx + i] = f(x_i, y_j), x fastest, both window
 * edges included. Positions are scene coordinates (see scene-scale.ts). Each vertex carries a
 * band coordinate u (height-bands.ts) that picks its colour band from a texture strip, and a
 * grey shade from a fixed "sun" (linear light), which the material multiplies in.
 */
import { bandCoordinate, srgbToLinear, type HeightBands } from './height-bands';
import { isShown, sceneX, sceneY, sceneZ, type SceneScale } from './scene-scale';

/** A sampled grid of heights. */
export interface HeightGrid {
  values: ArrayLike<number>;
  nx: number;
  ny: number;
}

/** Typed arrays ready for a BufferGeometry. */
export interface SurfaceData {
  positions: Float32Array;
  /** Per vertex (u, 0.5): u selects the colour band. */
  uvs: Float32Array;
  /** Per vertex grey shade (r = g = b, linear light). */
  colors: Float32Array;
  /** Triangles (three vertex indices each); triangles touching a hole are left out. */
  indices: Uint16Array | Uint32Array;
  /** Faint grid lines on the surface as segment pairs (x1 y1 z1 x2 y2 z2 …). */
  wire: Float32Array;
}

/** Direction towards the baked-in light, scene coordinates (from above, front left). */
const SUN = normalise([-0.35, -0.55, 1]);
/** Shade = AMBIENT + (1 − AMBIENT)·max(0, n·sun): slopes facing away darken by up to 30 %. */
const AMBIENT = 0.7;

function normalise(v: [number, number, number]): [number, number, number] {
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
}

/** The scene position of grid vertex (i, j); z is NaN for a hole. */
function vertexAt(grid: HeightGrid, sc: SceneScale, i: number, j: number): [number, number, number] {
  const x = sc.window.x[0] + ((sc.window.x[1] - sc.window.x[0]) * i) / (grid.nx - 1);
  const y = sc.window.y[0] + ((sc.window.y[1] - sc.window.y[0]) * j) / (grid.ny - 1);
  const z = grid.values[j * grid.nx + i]!;
  return [sceneX(sc, x), sceneY(sc, y), isShown(sc, z) ? sceneZ(sc, z) : Number.NaN];
}

/** dZ/d(step) along one grid direction by central or one-sided differences; 0 if isolated. */
function slope(zs: Float64Array, index: number, stride: number, at: number, count: number, h: number): number {
  const prev = at > 0 ? zs[index - stride]! : Number.NaN;
  const next = at < count - 1 ? zs[index + stride]! : Number.NaN;
  const here = zs[index]!;
  if (Number.isFinite(prev) && Number.isFinite(next)) return (next - prev) / (2 * h);
  if (Number.isFinite(next)) return (next - here) / h;
  if (Number.isFinite(prev)) return (here - prev) / h;
  return 0;
}

/** Builds positions, band coordinates, shades, triangles and grid lines (every `wireEvery` samples). */
export function surfaceData(grid: HeightGrid, sc: SceneScale, bands: HeightBands, wireEvery = 8): SurfaceData {
  const { nx, ny } = grid;
  const n = nx * ny;
  const positions = new Float32Array(n * 3);
  const uvs = new Float32Array(n * 2);
  const colors = new Float32Array(n * 3);
  const zs = new Float64Array(n);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const v = vertexAt(grid, sc, i, j);
      const p = j * nx + i;
      zs[p] = v[2];
      positions.set([v[0], v[1], Number.isFinite(v[2]) ? v[2] : 0], p * 3);
    }
  }
  const hx = (sc.halfX * 2) / (nx - 1);
  const hy = (sc.halfY * 2) / (ny - 1);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const p = j * nx + i;
      const normal = normalise([-slope(zs, p, 1, i, nx, hx), -slope(zs, p, nx, j, ny, hy), 1]);
      const shade = AMBIENT + (1 - AMBIENT) * Math.max(0, normal[0] * SUN[0] + normal[1] * SUN[1] + normal[2] * SUN[2]);
      const grey = srgbToLinear(shade);
      colors.set([grey, grey, grey], p * 3);
      const z = grid.values[p]!;
      uvs.set([Number.isFinite(z) ? bandCoordinate(z, bands.thresholds, sc.heights.lo, sc.heights.hi) : 0, 0.5], p * 2);
    }
  }
  return { positions, uvs, colors, indices: triangles(zs, nx, ny), wire: wireLines(positions, zs, nx, ny, wireEvery) };
}

/** Two triangles per grid cell, each kept only when its three vertices are shown. */
function triangles(zs: Float64Array, nx: number, ny: number): Uint16Array | Uint32Array {
  const out: number[] = [];
  const ok = (p: number) => Number.isFinite(zs[p]!);
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const a = j * nx + i;
      const b = a + 1;
      const c = a + nx;
      const d = c + 1;
      if (ok(a) && ok(b) && ok(d)) out.push(a, b, d);
      if (ok(a) && ok(d) && ok(c)) out.push(a, d, c);
    }
  }
  return nx * ny <= 65536 ? Uint16Array.from(out) : Uint32Array.from(out);
}

/** Grid lines every `every` samples in both directions (and on the far edges), broken at holes. */
function wireLines(positions: Float32Array, zs: Float64Array, nx: number, ny: number, every: number): Float32Array {
  const out: number[] = [];
  const lines = (count: number) => {
    const at: number[] = [];
    for (let k = 0; k < count - 1; k += every) at.push(k);
    at.push(count - 1);
    return at;
  };
  const segment = (p: number, q: number) => {
    if (Number.isFinite(zs[p]!) && Number.isFinite(zs[q]!)) out.push(...positions.subarray(p * 3, p * 3 + 3), ...positions.subarray(q * 3, q * 3 + 3));
  };
  for (const j of lines(ny)) for (let i = 0; i < nx - 1; i++) segment(j * nx + i, j * nx + i + 1);
  for (const i of lines(nx)) for (let j = 0; j < ny - 1; j++) segment(j * nx + i, (j + 1) * nx + i);
  return Float32Array.from(out);
}
