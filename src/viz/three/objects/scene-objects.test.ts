/**
 * The three.js objects built in Node (BufferGeometry needs no DOM): what they hold after an
 * update, that a point move writes buffers in place, and that disposal frees everything.
 */
import { describe, expect, it } from 'vitest';
import type { BufferAttribute, BufferGeometry, Material, Mesh } from 'three';
import { sampleSlice } from '../../slices';
import { disposeTree } from './dispose';
import { createMeshBatch } from './mesh-batch';
import { heightBands } from '../data/height-bands';
import { FALLBACK_PALETTE } from '../runtime/palette';
import { createPointObjects } from './point-objects';
import type { PointView } from '../data/point-view';
import { heightRange, sceneScale } from '../data/scene-scale';
import { createSurfaceObjects } from './surface-objects';
import { surfaceData } from '../data/surface-data';
import { chooseLevels } from '../../levels';

const f = (x: number, y: number) => Math.sin(x) * Math.cos(y);
const n = 17;
const values = new Float64Array(n * n);
for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = f(-3 + (6 * i) / (n - 1), -3 + (6 * j) / (n - 1));
const grid = { values, nx: n, ny: n };
const sc = sceneScale({ x: [-3, 3], y: [-3, 3] }, heightRange(values));
const bands = heightBands(chooseLevels(values));

function pointAt(x0: number, y0: number): PointView {
  return {
    x0,
    y0,
    f0: f(x0, y0),
    gx: Math.cos(x0) * Math.cos(y0),
    gy: -Math.sin(x0) * Math.sin(y0),
    sliceX: sampleSlice((t) => f(t, y0), [-3, 3], 41),
    sliceY: sampleSlice((t) => f(x0, t), [-3, 3], 41),
  };
}

/** Counts 'dispose' events of the distinct geometries and materials of some objects. */
function watchDisposal(objects: { geometry?: BufferGeometry; material?: Material }[]): () => number {
  let count = 0;
  const parts = new Set<BufferGeometry | Material>();
  for (const o of objects) {
    if (o.geometry) parts.add(o.geometry);
    if (o.material) parts.add(o.material);
  }
  for (const part of parts) part.addEventListener('dispose', () => count++);
  return () => count;
}

describe('surface objects', () => {
  it('fill their geometries and swap them out on update, disposing the old ones', () => {
    const s = createSurfaceObjects();
    s.setPalette(FALLBACK_PALETTE);
    s.update(surfaceData(grid, sc, bands), sc, bands);
    const mesh = s.group.children.find((c) => (c as Mesh).isMesh && (c as Mesh).geometry.getAttribute('uv')) as Mesh;
    expect(mesh.geometry.getAttribute('position').count).toBe(n * n);
    expect(mesh.geometry.getAttribute('uv').count).toBe(n * n);
    let disposed = false;
    mesh.geometry.addEventListener('dispose', () => (disposed = true));
    s.update(surfaceData(grid, sc, bands), sc, bands);
    expect(disposed).toBe(true);
  });
});

describe('point objects', () => {
  it('move with the point by rewriting buffers in place', () => {
    const p = createPointObjects();
    p.setPalette(FALLBACK_PALETTE);
    p.setScale(sc);
    p.update(pointAt(1, 0.5), sc);
    const arrays = new Set<ArrayLike<number>>();
    p.group.traverse((o) => {
      const g = (o as Mesh).geometry;
      if (g) for (const a of Object.values(g.attributes)) arrays.add((a as BufferAttribute).array ?? (a as unknown as { data: { array: ArrayLike<number> } }).data.array);
    });
    p.update(pointAt(-2, 1.5), sc);
    p.group.traverse((o) => {
      const g = (o as Mesh).geometry;
      if (g) for (const a of Object.values(g.attributes)) expect(arrays.has((a as BufferAttribute).array ?? (a as unknown as { data: { array: ArrayLike<number> } }).data.array)).toBe(true);
    });
  });
});

describe('mesh batches', () => {
  const tri = (offset: number) => (positions: Float32Array, indices: Uint16Array) => {
    positions.set([offset, 0, 0, offset + 1, 0, 0, offset, 1, 0]);
    indices.set([0, 1, 2]);
    return 3;
  };

  it('pack the triangles of every part into one draw, each indexing its own vertices', () => {
    const batch = createMeshBatch([{ vertices: 4, indices: 6 }, { vertices: 3, indices: 3 }], { ghostOpacity: 0.3 });
    batch.write(0, tri(0));
    batch.write(1, tri(10));
    batch.commit();
    const g = batch.mesh.geometry;
    expect(g.drawRange.count).toBe(6);
    expect(Array.from(g.getIndex()!.array.slice(0, 6))).toEqual([0, 1, 2, 4, 5, 6]);
    expect(g.getAttribute('position').getX(4)).toBe(10);
    expect(batch.ghost!.geometry).toBe(g);
    // A part that now draws nothing drops out; the others keep their vertices.
    batch.write(0, () => 0);
    batch.commit();
    expect(g.drawRange.count).toBe(3);
    expect(Array.from(g.getIndex()!.array.slice(0, 3))).toEqual([4, 5, 6]);
  });

  it('colour each part on its own, in linear light like three.js materials', () => {
    const batch = createMeshBatch([{ vertices: 2, indices: 3 }, { vertices: 2, indices: 3 }]);
    batch.setColor(1, '#ffffff');
    batch.setColor(0, '#808080');
    const colors = batch.mesh.geometry.getAttribute('color');
    expect(colors.getX(0)).toBeCloseTo(0.2158, 3);
    expect(colors.getY(1)).toBeCloseTo(0.2158, 3);
    expect(colors.getZ(2)).toBe(1);
    expect(colors.getX(3)).toBe(1);
  });

  it('refuse a part that writes more than its room, and no ghost unless asked', () => {
    const batch = createMeshBatch([{ vertices: 3, indices: 2 }], { opacity: 0.5 });
    expect(() => batch.write(0, tri(0))).toThrow(RangeError);
    expect(batch.ghost).toBeNull();
    expect((batch.mesh.material as Material).transparent).toBe(true);
  });
});

describe('disposeTree', () => {
  it('disposes every geometry and material once and empties the tree', () => {
    const s = createSurfaceObjects();
    const p = createPointObjects();
    s.update(surfaceData(grid, sc, bands), sc, bands);
    p.setScale(sc);
    p.update(pointAt(0, 0), sc);
    s.group.add(p.group);
    const parts: { geometry?: BufferGeometry; material?: Material }[] = [];
    s.group.traverse((o) => parts.push(o as unknown as { geometry?: BufferGeometry; material?: Material }));
    const events = watchDisposal(parts);
    const mesh = parts.find((o) => (o.material as { map?: unknown } | undefined)?.map) as Mesh;
    let textureDisposed = false;
    (mesh.material as unknown as { map: { addEventListener: (t: string, f: () => void) => void } }).map.addEventListener('dispose', () => (textureDisposed = true));
    const freed = disposeTree(s.group);
    expect(freed.geometries).toBeGreaterThan(5);
    expect(events()).toBe(freed.geometries + freed.materials);
    expect(textureDisposed).toBe(true);
    expect(s.group.children.length).toBe(0);
  });
});
