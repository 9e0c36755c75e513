/**
 * A ribbon line (ribbon.ts) as a three.js mesh whose points change often, such as a slice
 * curve while the point is dragged: buffers are allocated once for `capacity` points and
 * rewritten in place, so a drag allocates nothing on the GPU. Each line has a faint "ghost"
 * sharing its geometry, drawn without depth test, so the parts of a slice hidden behind a hill
 * still show through, dimmed.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Mesh, MeshBasicMaterial } from 'three';
import { ribbon, RIBBON_INDICES, RIBBON_VERTICES } from './ribbon';

/** Opacity of the see-through ghost. */
export const GHOST_OPACITY = 0.3;

/** A ribbon line and its ghost. */
export interface RibbonLine {
  object: Mesh;
  ghost: Mesh;
  material: MeshBasicMaterial;
  ghostMaterial: MeshBasicMaterial;
  /** Replaces the polyline (x y z triples, NaN z at holes). */
  set(points: Float32Array): void;
}

function ribbonGeometry(capacity: number): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(capacity * RIBBON_VERTICES * 3), 3));
  const n = capacity * RIBBON_VERTICES;
  g.setIndex(new BufferAttribute(n <= 65536 ? new Uint16Array((capacity - 1) * RIBBON_INDICES) : new Uint32Array((capacity - 1) * RIBBON_INDICES), 1));
  g.setDrawRange(0, 0);
  return g;
}

/** Creates a ribbon line in the plane with `normal`, 2 × halfWidth thick, for up to `capacity` points. */
export function createRibbonLine(normal: readonly [number, number, number], halfWidth: number, capacity: number): RibbonLine {
  const material = new MeshBasicMaterial({ side: DoubleSide });
  const ghostMaterial = new MeshBasicMaterial({ side: DoubleSide, transparent: true, opacity: GHOST_OPACITY, depthTest: false, depthWrite: false });
  let room = Math.max(2, capacity);
  const object = new Mesh(ribbonGeometry(room), material);
  const ghost = new Mesh(object.geometry, ghostMaterial);
  ghost.renderOrder = 5;
  // The line moves with the point; its bounds are not tracked, so never cull it.
  object.frustumCulled = false;
  ghost.frustumCulled = false;
  return {
    object,
    ghost,
    material,
    ghostMaterial,
    set(points) {
      const count = Math.floor(points.length / 3);
      if (count > room) {
        room = count * 2;
        object.geometry.dispose();
        object.geometry = ghost.geometry = ribbonGeometry(room);
      }
      const position = object.geometry.getAttribute('position') as BufferAttribute;
      const index = object.geometry.getIndex()!;
      const used = ribbon(points, normal, halfWidth, position.array as Float32Array, index.array as Uint16Array);
      position.needsUpdate = true;
      position.clearUpdateRanges();
      position.addUpdateRange(0, count * RIBBON_VERTICES * 3);
      index.needsUpdate = true;
      index.clearUpdateRanges();
      index.addUpdateRange(0, used);
      object.geometry.setDrawRange(0, used);
    },
  };
}
