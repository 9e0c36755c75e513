/**
 * The parts of the scene that follow the point (x0, y0): the two cutting planes, the slice
 * curves and their tangents, the point on the surface with its drop line to the floor, and the
 * floor arrows ∂f/∂x, ∂f/∂y and ∇f. Moving the point rewrites a few small buffers in place
 * and moves two planes; nothing is allocated on the GPU. 
 */
import {
  BufferAttribute,
  BufferGeometry,
  CircleGeometry,
  DoubleSide,
  Group,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  BackSide,
  SphereGeometry,
} from 'three';
import type { SliceSamples } from '../slices';
import { createRibbonLine, type RibbonLine } from './ribbon-line';
import { ARROW_INDEX, ARROW_VERTICES, arrowVertices, floorArrows, type ArrowStyle } from './floor-arrows';
import type { Palette } from './palette';
import { HEIGHT, isShown, sceneX, sceneY, sceneZ, type SceneScale } from './scene-scale';
import { planeNormal, slicePoints, tangentSegment } from './slice-lines';
import { geometryOf } from './surface-objects';

/** The point and what the figure knows about f there. */
export interface PointView {
  x0: number;
  y0: number;
  /** f(x0, y0). */
  f0: number;
  /** ∂f/∂x and ∂f/∂y at the point. */
  gx: number;
  gy: number;
  /** g(t) = f(t, y0) and h(t) = f(x0, t), sampled across the window. */
  sliceX: SliceSamples;
  sliceY: SliceSamples;
}

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

function arrowMesh(): Mesh {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(ARROW_VERTICES * 3), 3));
  g.setIndex([...ARROW_INDEX]);
  const mesh = new Mesh(g, new MeshBasicMaterial({ side: DoubleSide }));
  mesh.frustumCulled = false;
  return mesh;
}

function translucent(): MeshBasicMaterial {
  return new MeshBasicMaterial({ transparent: true, opacity: 0.16, depthWrite: false, side: DoubleSide });
}

/** Creates the point objects; call `setScale` then `update`. */
export function createPointObjects(): PointObjects {
  const planeX = new Mesh(new BufferGeometry(), translucent()); // the plane y = y0
  const planeY = new Mesh(new BufferGeometry(), translucent()); // the plane x = x0
  const curves: RibbonLine[] = [createRibbonLine(planeNormal('x'), CURVE_WIDTH, 200), createRibbonLine(planeNormal('y'), CURVE_WIDTH, 200)];
  const tangents: RibbonLine[] = [createRibbonLine(planeNormal('x'), TANGENT_WIDTH, 2), createRibbonLine(planeNormal('y'), TANGENT_WIDTH, 2)];
  const dot = new Mesh(new SphereGeometry(0.04, 20, 14), new MeshBasicMaterial());
  const halo = new Mesh(new SphereGeometry(0.058, 20, 14), new MeshBasicMaterial({ side: BackSide }));
  // The point seen through the surface when a hill hides it, like the ghosts of the lines.
  const ghostDot = new Mesh(dot.geometry, new MeshBasicMaterial({ transparent: true, opacity: 0.45, depthTest: false, depthWrite: false }));
  ghostDot.renderOrder = 6;
  const foot = new Mesh(new CircleGeometry(0.03, 20), new MeshBasicMaterial());
  const dropMaterial = new LineBasicMaterial({ transparent: true, opacity: 0.8 });
  const drop = new LineSegments(geometryOf(new Float32Array(6)), dropMaterial);
  drop.frustumCulled = false;
  const arrows = [arrowMesh(), arrowMesh(), arrowMesh()]; // ∂f/∂x, ∂f/∂y, ∇f
  // Faint copies drawn through the surface, so a hill in front does not hide the gradient.
  const ghostArrows = arrows.map((a) => {
    const ghost = new Mesh(a.geometry, new MeshBasicMaterial({ side: DoubleSide, transparent: true, opacity: 0.4, depthTest: false, depthWrite: false }));
    ghost.frustumCulled = false;
    ghost.renderOrder = 4;
    return ghost;
  });
  const group = new Group();
  const lines = [...curves, ...tangents];
  group.add(planeX, planeY, drop, foot, ...arrows, ...ghostArrows, ...lines.map((l) => l.object), ...lines.map((l) => l.ghost), halo, dot, ghostDot);
  const mat = (m: Mesh) => m.material as MeshBasicMaterial;

  return {
    group,
    setScale(sc) {
      const { halfX: x, halfY: y, floorZ: z } = sc;
      planeX.geometry.dispose();
      planeX.geometry = geometryOf(Float32Array.from([-x, 0, z, x, 0, z, x, 0, TOP, -x, 0, TOP]), undefined, Uint16Array.from([0, 1, 2, 0, 2, 3]));
      planeY.geometry.dispose();
      planeY.geometry = geometryOf(Float32Array.from([0, -y, z, 0, y, z, 0, y, TOP, 0, -y, TOP]), undefined, Uint16Array.from([0, 1, 2, 0, 2, 3]));
    },
    update(p, sc) {
      const X = sceneX(sc, p.x0);
      const Y = sceneY(sc, p.y0);
      planeX.position.y = Y;
      planeY.position.x = X;
      curves[0]!.set(slicePoints(p.sliceX, 'x', p.y0, sc));
      curves[1]!.set(slicePoints(p.sliceY, 'y', p.x0, sc));
      tangents[0]!.set(tangentSegment('x', p.x0, p.y0, p.f0, p.gx, sc));
      tangents[1]!.set(tangentSegment('y', p.x0, p.y0, p.f0, p.gy, sc));
      const shown = isShown(sc, p.f0);
      const Z = shown ? sceneZ(sc, p.f0) : sc.floorZ;
      dot.visible = halo.visible = ghostDot.visible = shown;
      dot.position.set(X, Y, Z);
      halo.position.set(X, Y, Z);
      ghostDot.position.set(X, Y, Z);
      foot.position.set(X, Y, sc.floorZ + 0.006);
      const dropAttr = drop.geometry.getAttribute('position') as BufferAttribute;
      (dropAttr.array as Float32Array).set([X, Y, Z, X, Y, sc.floorZ]);
      dropAttr.needsUpdate = true;
      const layout = floorArrows(p.x0, p.y0, p.gx, p.gy, Math.min(sc.window.x[1] - sc.window.x[0], sc.window.y[1] - sc.window.y[0]));
      const parts = [layout.dx, layout.dy, layout.grad];
      arrows.forEach((mesh, i) => {
        const attr = mesh.geometry.getAttribute('position') as BufferAttribute;
        arrowVertices(sc, parts[i]![0], parts[i]![1], sc.floorZ + 0.003 + i * 0.001, i === 2 ? BOLD : THIN, attr.array as Float32Array);
        attr.needsUpdate = true;
      });
    },
    setPalette(p) {
      mat(planeX).color.set(p.sliceX);
      mat(planeY).color.set(p.sliceY);
      for (const [i, c] of [p.sliceX, p.sliceY].entries()) {
        for (const line of [curves[i]!, tangents[i]!]) {
          line.material.color.set(c);
          line.ghostMaterial.color.set(c);
        }
        mat(arrows[i]!).color.set(c);
        mat(ghostArrows[i]!).color.set(c);
      }
      mat(arrows[2]!).color.set(p.grad);
      mat(ghostArrows[2]!).color.set(p.grad);
      mat(dot).color.set(p.move);
      mat(ghostDot).color.set(p.move);
      mat(foot).color.set(p.move);
      mat(halo).color.set(p.surface);
      dropMaterial.color.set(p.muted);
    },
  };
}
