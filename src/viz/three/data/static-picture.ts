/**
 * The picture shown before (and without) JavaScript: the sampled surface as a see-through
 * wireframe coloured by height band, the floor, the two slice curves, the point and the gradient
 * arrow, projected with the same camera as the live view (projection.ts). Plain data: SVG path
 * strings in a width × height viewBox, one path per colour band (batch drawing).
 */
import type { SliceSamples } from '../../slices';
import { bandOf, type HeightBands } from './height-bands';
import type { Orbit } from './orbit';
import { project, viewCamera, type ViewCamera } from './projection';
import { isShown, sceneX, sceneY, sceneZ, type SceneScale } from './scene-scale';
import type { HeightGrid } from './surface-data';

/** Paths of the static picture; empty strings draw nothing. */
export interface StaticPicture {
  width: number;
  height: number;
  /** Surface grid lines grouped by height colour. */
  wires: { d: string; color: string }[];
  floor: string;
  sliceX: string;
  sliceY: string;
  grad: string;
  /** The point on the surface, or null when f is undefined there. */
  point: [number, number] | null;
}

const r = (v: number) => Math.round(v * 10) / 10;

/** Everything the static picture shows. */
export interface StaticInput {
  grid: HeightGrid;
  sc: SceneScale;
  bands: HeightBands;
  orbit: Orbit;
  point: { x: number; y: number; f: number; gx: number; gy: number };
  sliceX: SliceSamples;
  sliceY: SliceSamples;
  /** The floor arrow's world tip (see floor-arrows.ts). */
  gradTip: [number, number];
}

/** Builds the static picture in a width × height viewBox. */
export function staticPicture(input: StaticInput, width = 400, height = 300): StaticPicture {
  const { grid, sc } = input;
  const cam = viewCamera(input.orbit);
  const at = (x: number, y: number, z: number) => screen(cam, sc, x, y, z, width, height);
  const buckets: string[][] = input.bands.colors.map(() => []);
  const wx = (i: number) => sc.window.x[0] + ((sc.window.x[1] - sc.window.x[0]) * i) / (grid.nx - 1);
  const wy = (j: number) => sc.window.y[0] + ((sc.window.y[1] - sc.window.y[0]) * j) / (grid.ny - 1);
  const segment = (i0: number, j0: number, i1: number, j1: number) => {
    const za = grid.values[j0 * grid.nx + i0]!;
    const zb = grid.values[j1 * grid.nx + i1]!;
    if (!isShown(sc, za) || !isShown(sc, zb)) return;
    const a = at(wx(i0), wy(j0), za);
    const b = at(wx(i1), wy(j1), zb);
    buckets[bandOf((za + zb) / 2, input.bands.thresholds)]!.push(`M${r(a[0])} ${r(a[1])}L${r(b[0])} ${r(b[1])}`);
  };
  for (let j = 0; j < grid.ny; j++) for (let i = 0; i + 1 < grid.nx; i++) segment(i, j, i + 1, j);
  for (let i = 0; i < grid.nx; i++) for (let j = 0; j + 1 < grid.ny; j++) segment(i, j, i, j + 1);
  // The floor as a height: sceneZ(fz) = floorZ.
  const fz = sc.zMid + sc.floorZ / sc.k;
  const corners: [number, number][] = [
    [sc.window.x[0], sc.window.y[0]],
    [sc.window.x[1], sc.window.y[0]],
    [sc.window.x[1], sc.window.y[1]],
    [sc.window.x[0], sc.window.y[1]],
  ];
  const floor = corners.map(([x, y], i) => {
    const p = at(x, y, fz);
    return `${i === 0 ? 'M' : 'L'}${r(p[0])} ${r(p[1])}`;
  });
  const { x, y, f } = input.point;
  const base = at(x, y, fz);
  const tip = at(input.gradTip[0], input.gradTip[1], fz);
  return {
    width,
    height,
    wires: buckets.map((paths, b) => ({ d: paths.join(''), color: input.bands.colors[b]! })).filter((w) => w.d !== ''),
    floor: `${floor.join('')}Z`,
    sliceX: curve(input.sliceX, (t, v) => at(t, y, v), sc),
    sliceY: curve(input.sliceY, (t, v) => at(x, t, v), sc),
    grad: `M${r(base[0])} ${r(base[1])}L${r(tip[0])} ${r(tip[1])}`,
    point: isShown(sc, f) ? (at(x, y, f).slice(0, 2) as [number, number]) : null,
  };
}

/** Screen position of world (x, y, z); z is a height f, the floor is passed as its f value. */
function screen(cam: ViewCamera, sc: SceneScale, x: number, y: number, z: number, w: number, h: number): [number, number] {
  const p = project(cam, [sceneX(sc, x), sceneY(sc, y), sceneZ(sc, z)], w, h);
  return [p[0], p[1]];
}

/** A projected slice curve, broken where it is not shown. */
function curve(s: SliceSamples, at: (t: number, v: number) => [number, number], sc: SceneScale): string {
  let pen = false;
  let d = '';
  for (let i = 0; i < s.ts.length; i++) {
    const v = s.vs[i]!;
    if (!isShown(sc, v)) {
      pen = false;
      continue;
    }
    const p = at(s.ts[i]!, v);
    d += `${pen ? 'L' : 'M'}${r(p[0])} ${r(p[1])}`;
    pen = true;
  }
  return d;
}
