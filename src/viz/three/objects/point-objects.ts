/**
 * The parts of the scene that follow the point (x0, y0): the two cutting planes, the slice
 * curves and their tangents, the point on the surface with its drop line to the floor, and the
 * floor arrows ∂f/∂x, ∂f/∂y and ∇f. Moving the point rewrites a few small buffers in place;
 * nothing is allocated on the GPU. The lines and arrows are one mesh batch (mesh-batch.ts) and
 * the planes another, so the whole group costs seven draw calls.
 */
import { BackSide, BufferAttribute, Group, LineBasicMaterial, LineSegments, Mesh, MeshBasicMaterial, SphereGeometry } from 'three';
import { ARROW_INDEX, ARROW_VERTICES, arrowVertices, floorArrows, type ArrowStyle } from '../data/floor-arrows';
import { createMeshBatch, type BatchPart } from './mesh-batch';
import type { Palette } from '../runtime/palette';
import { ribbon, RIBBON_INDICES, RIBBON_VERTICES } from '../data/ribbon';
import { HEIGHT, isShown, sceneX, sceneY, sceneZ, type SceneScale } from '../data/scene-scale';
import type { PointView } from '../data/point-view';
import { planeNormal, slicePoints, tangentSegment } from '../data/slice-lines';
import { geometryOf } from './surface-objects';

/** The point-dependent objects of the scene. */
export interface PointObjects {
  group: Group;
  /** Resizes the planes to a new window or height range. */
  setScale(sc: SceneScale): void;
  update(p: PointView, sc: SceneScale): void;
  setPalette(p: Palette): void;
}

const TOP = HEIGHT / 2 + 0.08;
/** Half-thickness of the slice curves and of the tangents, scene units (the surface spans 2). */
const CURVE_WIDTH = 0.014;
const TANGENT_WIDTH = 0.009;
const THIN: ArrowStyle = { width: 0.028, headLength: 0.1, headWidth: 0.09 };
const BOLD: ArrowStyle = { width: 0.042, headLength: 0.13, headWidth: 0.12 };
/** Most points a slice curve may have (the figure samples 161). */
export const CURVE_CAPACITY = 256;
const FOOT_RADIUS = 0.03;
/** The point on the surface: a dot with a halo, big enough to find at 360 px (the surface spans 2). */
const DOT_RADIUS = 0.062;
const HALO_RADIUS = 0.085;
const FOOT_SEGMENTS = 20;
/** Opacity of the lines and arrows seen through the surface, and of the cutting planes. */
const GHOST_OPACITY = 0.35;
const PLANE_OPACITY = 0.16;

/** Parts of the lines batch, in order. */
const CURVE_X = 0;
const CURVE_Y = 1;
const TANGENT_X = 2;
const TANGENT_Y = 3;
const ARROWS = [4, 5, 6] as const; // ∂f/∂x, ∂f/∂y, ∇f
const FOOT = 7;

const ribbonRoom = (points: number): BatchPart => ({ vertices: points * RIBBON_VERTICES, indices: (points - 1) * RIBBON_INDICES });
const arrowRoom: BatchPart = { vertices: ARROW_VERTICES, indices: ARROW_INDEX.length };
const quadRoom: BatchPart = { vertices: 4, indices: 6 };

/** Writes the ribbon of a polyline into a part, refusing more points than it has room for. */
function ribbonWriter(points: Float32Array, axis: 'x' | 'y', halfWidth: number, room: number) {
  const count = Math.floor(points.length / 3);
  if (count > room) throw new RangeError(`A slice line of ${count} points does not fit in room for ${room}`);
  return (positions: Float32Array, indices: Uint16Array) => ribbon(points, planeNormal(axis), halfWidth, positions, indices);
}

/** Creates the point objects; call `setScale` then `update`. */
export function createPointObjects(): PointObjects {
  // The slice curves, their tangents, the floor arrows and the foot of the drop line: one
  // batch (one draw call, and one for its see-through ghost).
  const lines = createMeshBatch(
    [ribbonRoom(CURVE_CAPACITY), ribbonRoom(CURVE_CAPACITY), ribbonRoom(2), ribbonRoom(2), arrowRoom, arrowRoom, arrowRoom, { vertices: FOOT_SEGMENTS + 1, indices: FOOT_SEGMENTS * 3 }],
    { ghostOpacity: GHOST_OPACITY },
  );
  // The planes y = y0 and x = x0, translucent.
  const planes = createMeshBatch([quadRoom, quadRoom], { opacity: PLANE_OPACITY });
  const dot = new Mesh(new SphereGeometry(DOT_RADIUS, 20, 12), new MeshBasicMaterial());
  const halo = new Mesh(new SphereGeometry(HALO_RADIUS, 20, 12), new MeshBasicMaterial({ side: BackSide }));
  // The point seen through the surface when a hill hides it, drawn over everything: the
  // reader never loses it.
  const ghostDot = new Mesh(dot.geometry, new MeshBasicMaterial({ transparent: true, opacity: 0.7, depthTest: false, depthWrite: false }));
  ghostDot.renderOrder = 6;
  const dropMaterial = new LineBasicMaterial({ transparent: true, opacity: 0.8 });
  const drop = new LineSegments(geometryOf(new Float32Array(6)), dropMaterial);
  drop.frustumCulled = false;
  const group = new Group();
  group.add(planes.mesh, drop, lines.mesh, lines.ghost!, halo, dot, ghostDot);
  const mat = (m: Mesh) => m.material as MeshBasicMaterial;
  let extent = { x: 1, y: 1, z: 0 };

  return {
    group,
    setScale(sc) {
      extent = { x: sc.halfX, y: sc.halfY, z: sc.floorZ };
    },
    update(p, sc) {
      const X = sceneX(sc, p.x0);
      const Y = sceneY(sc, p.y0);
      const { x: ex, y: ey, z: ez } = extent;
      const quad = (corners: number[]) => (positions: Float32Array, indices: Uint16Array) => {
        positions.set(corners);
        indices.set([0, 1, 2, 0, 2, 3]);
        return 6;
      };
      planes.write(0, quad([-ex, Y, ez, ex, Y, ez, ex, Y, TOP, -ex, Y, TOP]));
      planes.write(1, quad([X, -ey, ez, X, ey, ez, X, ey, TOP, X, -ey, TOP]));
      planes.commit();
      lines.write(CURVE_X, ribbonWriter(slicePoints(p.sliceX, 'x', p.y0, sc), 'x', CURVE_WIDTH, CURVE_CAPACITY));
      lines.write(CURVE_Y, ribbonWriter(slicePoints(p.sliceY, 'y', p.x0, sc), 'y', CURVE_WIDTH, CURVE_CAPACITY));
      lines.write(TANGENT_X, ribbonWriter(tangentSegment('x', p.x0, p.y0, p.f0, p.gx, sc), 'x', TANGENT_WIDTH, 2));
      lines.write(TANGENT_Y, ribbonWriter(tangentSegment('y', p.x0, p.y0, p.f0, p.gy, sc), 'y', TANGENT_WIDTH, 2));
      const layout = floorArrows(p.x0, p.y0, p.gx, p.gy, Math.min(sc.window.x[1] - sc.window.x[0], sc.window.y[1] - sc.window.y[0]));
      [layout.dx, layout.dy, layout.grad].forEach(([from, to], i) =>
        lines.write(ARROWS[i]!, (positions, indices) => {
          arrowVertices(sc, from, to, sc.floorZ + 0.004 + i * 0.001, i === 2 ? BOLD : THIN, positions);
          indices.set(ARROW_INDEX);
          return ARROW_INDEX.length;
        }),
      );
      // The foot lies under the floor arrows (which start at it), not over them.
      lines.write(FOOT, (positions, indices) => {
        const z = sc.floorZ + 0.002;
        positions.set([X, Y, z]);
        for (let k = 0; k < FOOT_SEGMENTS; k++) {
          const a = (2 * Math.PI * k) / FOOT_SEGMENTS;
          positions.set([X + FOOT_RADIUS * Math.cos(a), Y + FOOT_RADIUS * Math.sin(a), z], (k + 1) * 3);
          indices.set([0, k + 1, ((k + 1) % FOOT_SEGMENTS) + 1], k * 3);
        }
        return FOOT_SEGMENTS * 3;
      });
      lines.commit();
      const shown = isShown(sc, p.f0);
      const Z = shown ? sceneZ(sc, p.f0) : sc.floorZ;
      dot.visible = halo.visible = ghostDot.visible = shown;
      dot.position.set(X, Y, Z);
      halo.position.set(X, Y, Z);
      ghostDot.position.set(X, Y, Z);
      const dropAttr = drop.geometry.getAttribute('position') as BufferAttribute;
      (dropAttr.array as Float32Array).set([X, Y, Z, X, Y, sc.floorZ]);
      dropAttr.needsUpdate = true;
    },
    setPalette(p) {
      planes.setColor(0, p.sliceX);
      planes.setColor(1, p.sliceY);
      for (const [k, c] of [
        [CURVE_X, p.sliceX],
        [CURVE_Y, p.sliceY],
        [TANGENT_X, p.sliceX],
        [TANGENT_Y, p.sliceY],
        [ARROWS[0], p.sliceX],
        [ARROWS[1], p.sliceY],
        [ARROWS[2], p.grad],
        [FOOT, p.move],
      ] as const)
        lines.setColor(k, c);
      mat(dot).color.set(p.move);
      mat(ghostDot).color.set(p.move);
      mat(halo).color.set(p.surface);
      dropMaterial.color.set(p.muted);
    },
  };
}
