/**
 * Several small moving meshes drawn as one: each part (a slice curve, a tangent, a floor
 * arrow…) owns a fixed range of vertices in one shared geometry and has its own colour,
 * written per vertex. Moving the point rewrites the parts in place and packs their triangles
 * into one index buffer, so a drag allocates nothing on the GPU and the whole batch costs one
 * draw call. (A software renderer such as SwiftShader pays for every draw call; the figure
 * used to make over thirty a frame.) An optional "ghost" shares the geometry and is drawn
 * faintly without depth test, so the parts hidden behind a hill still show through, dimmed.
 */
import { BufferAttribute, BufferGeometry, Color, DoubleSide, Mesh, MeshBasicMaterial } from 'three';

/** One part's room in the batch. */
export interface BatchPart {
  vertices: number;
  /** Room for triangle indices (three per triangle). */
  indices: number;
}

/**
 * Fills one part: `positions` holds the part's vertices (x y z each, all of its room),
 * `indices` its triangles as indices into its own vertices (0-based). Returns how many
 * indices it used.
 */
export type PartWriter = (positions: Float32Array, indices: Uint16Array) => number;

/** Options of a batch. */
export interface BatchOptions {
  /** Opacity of the batch itself; 1 draws it opaque. */
  opacity?: number;
  /** Opacity of the see-through ghost; no ghost when absent. */
  ghostOpacity?: number;
}

/** A batch of parts; see the module comment. */
export interface MeshBatch {
  mesh: Mesh;
  /** The see-through copy, or null. */
  ghost: Mesh | null;
  /** Rewrites part `k` (call `commit` after the last one). */
  write(k: number, writer: PartWriter): void;
  /** Sets part `k`'s colour (any CSS colour three.js can read: #rrggbb, rgb(…)). */
  setColor(k: number, color: string): void;
  /** Uploads what was written and packs the triangles of every part. */
  commit(): void;
}

/** Creates a batch of `parts`, all empty until written. */
export function createMeshBatch(parts: readonly BatchPart[], options: BatchOptions = {}): MeshBatch {
  const firstVertex: number[] = [];
  let vertexCount = 0;
  for (const p of parts) {
    firstVertex.push(vertexCount);
    vertexCount += p.vertices;
  }
  if (vertexCount > 65536) throw new RangeError(`A mesh batch holds at most 65536 vertices, not ${vertexCount}`);
  const positions = new Float32Array(vertexCount * 3);
  const colors = new Float32Array(vertexCount * 3);
  const partIndices = parts.map((p) => new Uint16Array(p.indices));
  const used = parts.map(() => 0);
  const index = new Uint16Array(parts.reduce((n, p) => n + p.indices, 0));

  const geometry = new BufferGeometry();
  const position = new BufferAttribute(positions, 3);
  const color = new BufferAttribute(colors, 3);
  const indexAttr = new BufferAttribute(index, 1);
  geometry.setAttribute('position', position);
  geometry.setAttribute('color', color);
  geometry.setIndex(indexAttr);
  geometry.setDrawRange(0, 0);
  const opacity = options.opacity ?? 1;
  const material = new MeshBasicMaterial({ vertexColors: true, side: DoubleSide, transparent: opacity < 1, opacity, depthWrite: opacity >= 1, forceSinglePass: true });
  const mesh = new Mesh(geometry, material);
  // The parts move with the point and their bounds are not tracked, so never cull them.
  mesh.frustumCulled = false;
  let ghost: Mesh | null = null;
  if (options.ghostOpacity !== undefined) {
    const ghostMaterial = new MeshBasicMaterial({ vertexColors: true, side: DoubleSide, transparent: true, opacity: options.ghostOpacity, depthTest: false, depthWrite: false, forceSinglePass: true });
    ghost = new Mesh(geometry, ghostMaterial);
    ghost.frustumCulled = false;
    ghost.renderOrder = 5;
  }
  const scratch = new Color();

  return {
    mesh,
    ghost,
    write(k, writer) {
      const part = parts[k]!;
      const start = firstVertex[k]! * 3;
      const count = writer(positions.subarray(start, start + part.vertices * 3), partIndices[k]!);
      if (count > part.indices) throw new RangeError(`Part ${k} of a mesh batch wrote ${count} indices into room for ${part.indices}`);
      used[k] = count;
    },
    setColor(k, css) {
      scratch.set(css);
      const start = firstVertex[k]!;
      for (let v = start; v < start + parts[k]!.vertices; v++) colors.set([scratch.r, scratch.g, scratch.b], v * 3);
      color.needsUpdate = true;
    },
    commit() {
      let at = 0;
      parts.forEach((_, k) => {
        const own = partIndices[k]!;
        const base = firstVertex[k]!;
        for (let i = 0; i < used[k]!; i++) index[at + i] = own[i]! + base;
        at += used[k]!;
      });
      position.needsUpdate = true;
      indexAttr.needsUpdate = true;
      indexAttr.clearUpdateRanges();
      indexAttr.addUpdateRange(0, at);
      geometry.setDrawRange(0, at);
    },
  };
}
