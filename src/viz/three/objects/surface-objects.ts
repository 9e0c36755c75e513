/**
 * The parts of the scene that change only with the function or the window: the surface mesh,
 * its faint grid, the floor (fill, grid, outline) and the f axis. `update` swaps in new
 * geometries and disposes the old ones; materials live as long as the scene.
 */
import {
  BufferAttribute,
  BufferGeometry,
  DataTexture,
  DoubleSide,
  Group,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  NearestFilter,
  RGBAFormat,
  SRGBColorSpace,
} from 'three';
import type { HeightBands } from '../data/height-bands';
import { floorGrid, zAxisSegments } from '../data/axes';
import type { Palette } from '../runtime/palette';
import type { SceneScale } from '../data/scene-scale';
import type { SurfaceData } from '../data/surface-data';

/** The function-dependent objects of the scene. */
export interface SurfaceObjects {
  group: Group;
  /** The f axis, to be moved to the back corner when the view turns. */
  zAxis: LineSegments;
  update(data: SurfaceData, sc: SceneScale, bands: HeightBands): void;
  setPalette(p: Palette): void;
}

/** A geometry of plain positions (and optionally colours and triangle indices). */
export function geometryOf(positions: Float32Array, colors?: Float32Array, indices?: Uint16Array | Uint32Array): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(positions, 3));
  if (colors) g.setAttribute('color', new BufferAttribute(colors, 3));
  if (indices) g.setIndex(new BufferAttribute(indices, 1));
  g.computeBoundingSphere();
  return g;
}

/** A 1-texel-high strip with one texel per colour band, read without smoothing. */
export function bandTexture(colors: readonly string[]): DataTexture {
  const data = new Uint8Array(colors.length * 4);
  colors.forEach((c, i) => {
    const n = Number.parseInt(c.slice(1, 7), 16);
    data.set([(n >> 16) & 255, (n >> 8) & 255, n & 255, 255], i * 4);
  });
  const texture = new DataTexture(data, colors.length, 1, RGBAFormat);
  texture.colorSpace = SRGBColorSpace;
  texture.magFilter = NearestFilter;
  texture.minFilter = NearestFilter;
  texture.needsUpdate = true;
  return texture;
}

/** The floor rectangle as two triangles at the floor's height. */
function floorQuad(sc: SceneScale): BufferGeometry {
  const { halfX: x, halfY: y, floorZ: z } = sc;
  return geometryOf(Float32Array.from([-x, -y, z, x, -y, z, x, y, z, -x, y, z]), undefined, Uint16Array.from([0, 1, 2, 0, 2, 3]));
}

/** Creates the objects with empty geometries; call `update` to fill them. */
export function createSurfaceObjects(): SurfaceObjects {
  // Colour = band texture × baked grey shade, so no lights are needed. The polygon offset
  // pushes the surface back a little so lines drawn on it stay visible.
  const surfaceMaterial = new MeshBasicMaterial({ vertexColors: true, side: DoubleSide, polygonOffset: true, polygonOffsetFactor: 1, polygonOffsetUnits: 1 });
  const surface = new Mesh(new BufferGeometry(), surfaceMaterial);
  const wireMaterial = new LineBasicMaterial({ transparent: true, opacity: 0.3 });
  const wire = new LineSegments(new BufferGeometry(), wireMaterial);
  const floorMaterial = new MeshBasicMaterial({ transparent: true, opacity: 0.75, depthWrite: false, side: DoubleSide, forceSinglePass: true });
  const floor = new Mesh(new BufferGeometry(), floorMaterial);
  floor.renderOrder = -1;
  const gridMaterial = new LineBasicMaterial();
  const grid = new LineSegments(new BufferGeometry(), gridMaterial);
  const axisMaterial = new LineBasicMaterial();
  const zAxis = new LineSegments(new BufferGeometry(), axisMaterial);
  const group = new Group();
  group.add(floor, grid, zAxis, surface, wire);

  const swap = (object: Mesh | LineSegments, geometry: BufferGeometry) => {
    object.geometry.dispose();
    object.geometry = geometry;
  };

  return {
    group,
    zAxis,
    update(data, sc, bands) {
      const geometry = geometryOf(data.positions, data.colors, data.indices);
      geometry.setAttribute('uv', new BufferAttribute(data.uvs, 2));
      swap(surface, geometry);
      surfaceMaterial.map?.dispose();
      surfaceMaterial.map = bandTexture(bands.colors);
      surfaceMaterial.needsUpdate = true;
      swap(wire, geometryOf(data.wire));
      swap(floor, floorQuad(sc));
      swap(grid, geometryOf(floorGrid(sc)));
      swap(zAxis, geometryOf(zAxisSegments(sc)));
    },
    setPalette(p) {
      wireMaterial.color.set(p.surface);
      floorMaterial.color.set(p.surface2);
      gridMaterial.color.set(p.rule);
      axisMaterial.color.set(p.muted);
    },
  };
}
