/**
 * The live 3D view: a WebGL renderer on a given canvas, the camera, the surface and point
 * objects. It renders on demand (one frame after something changed, never a loop), and
 * `dispose` frees every GPU resource and listener it made. Context loss is reported to the
 * caller, which shows a message; when the browser restores the context the scene draws again. It uses no DOM, so it runs the
 * same on a page's canvas or on an OffscreenCanvas in a worker (scene-worker.ts).
 */
import { PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { disposeTree } from './dispose';
import type { Orbit } from '../data/orbit';
import { cameraPosition } from '../data/orbit';
import type { Palette } from '../runtime/palette';
import { createPointObjects } from './point-objects';
import type { PointView } from '../data/point-view';
import { FOV_Y, TARGET } from '../data/projection';
import type { SceneScale } from '../data/scene-scale';
import { createSurfaceObjects } from './surface-objects';
import type { SurfaceData } from '../data/surface-data';
import { backCorner } from '../data/axes';
import type { HeightBands } from '../data/height-bands';

/** What the figure calls on the live view. */
export interface SurfaceScene {
  setSurface(data: SurfaceData, sc: SceneScale, bands: HeightBands): void;
  setPoint(p: PointView): void;
  setOrbit(o: Orbit): void;
  setPalette(p: Palette): void;
  /** The canvas's size in CSS pixels, and the device pixels per CSS pixel. */
  resize(width: number, height: number, pixelRatio: number): void;
  /**
   * Whether the canvas is on (or near) the screen. Frames are drawn only while it is: the point
   * is shared with the vector-field figure, and dragging there must not pay for a 3D view
   * nobody sees. Changes made meanwhile are drawn when it comes back.
   */
  setVisible(visible: boolean): void;
  dispose(): void;
}

/** Callbacks from the scene to the figure. */
export interface SceneEvents {
  /** After a frame was drawn (the first one tells the figure the picture is ready). */
  onFrame?: () => void;
  /** The context is gone: nothing is drawn until it is restored. */
  onContextLost?: () => void;
  /** The context is back; the scene draws itself again (onFrame follows). */
  onContextRestored?: () => void;
}

/** Most device pixels drawn per CSS pixel (a phone's 3× screen is drawn at 2×). */
const MAX_PIXEL_RATIO = 2;

/** Builds the scene on `canvas` with its WebGL 2 context (see webgl.ts). */
export function createSurfaceScene(canvas: HTMLCanvasElement | OffscreenCanvas, context: WebGL2RenderingContext, events: SceneEvents = {}): SurfaceScene {
  const renderer = new WebGLRenderer({ canvas, context, antialias: false, alpha: true });
  renderer.setClearColor(0x000000, 0);
  const scene = new Scene();
  const camera = new PerspectiveCamera(FOV_Y, 4 / 3, 0.1, 50);
  camera.up.set(0, 0, 1);
  const surface = createSurfaceObjects();
  const point = createPointObjects();
  scene.add(surface.group, point.group);
  let sc: SceneScale | null = null;
  let orbit: Orbit | null = null;
  let lastPoint: PointView | null = null;
  let frame = 0;
  let lost = false;
  // Frames wait (dirty) while the canvas is off screen; see setVisible.
  let visible = true;
  let dirty = false;
  let pointDirty = false;

  const draw = () => {
    frame = 0;
    if (lost || !sc) return;
    if (pointDirty && lastPoint) point.update(lastPoint, sc);
    pointDirty = false;
    renderer.render(scene, camera);
    events.onFrame?.();
  };
  const invalidate = () => {
    if (!visible) dirty = true;
    else if (!frame && !lost) frame = requestAnimationFrame(draw); // in workers too, wherever OffscreenCanvas has WebGL
  };
  const placeAxis = () => {
    if (!sc || !orbit) return;
    const [x, y] = backCorner(sc, orbit);
    surface.zAxis.position.set(x, y, 0);
  };
  const onLost = (e: Event) => {
    e.preventDefault();
    lost = true;
    cancelAnimationFrame(frame);
    frame = 0;
    events.onContextLost?.();
  };
  // three.js rebuilds its own GL state on restore (its listener runs first) and uploads the
  // geometries and textures again on the next draw, so the scene only has to draw.
  const onRestored = () => {
    lost = false;
    pointDirty = true;
    events.onContextRestored?.();
    invalidate();
  };
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);

  return {
    setSurface(data, scale, bands) {
      sc = scale;
      surface.update(data, scale, bands);
      point.setScale(scale);
      if (lastPoint) point.update(lastPoint, scale);
      placeAxis();
      invalidate();
    },
    setPoint(p) {
      lastPoint = p;
      pointDirty = true;
      invalidate();
    },
    setOrbit(o) {
      orbit = o;
      camera.position.set(...cameraPosition(o, TARGET));
      camera.lookAt(...TARGET);
      placeAxis();
      invalidate();
    },
    setPalette(p) {
      surface.setPalette(p);
      point.setPalette(p);
      invalidate();
    },
    resize(width, height, pixelRatio) {
      if (width < 1 || height < 1) return;
      renderer.setPixelRatio(Math.min(MAX_PIXEL_RATIO, pixelRatio || 1));
      renderer.setSize(width, height, false);
      camera.aspect = width / height;
      camera.updateProjectionMatrix();
      invalidate();
    },
    setVisible(v) {
      visible = v;
      if (visible && dirty) {
        dirty = false;
        invalidate();
      }
    },
    dispose() {
      cancelAnimationFrame(frame);
      frame = 0;
      lost = true;
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      disposeTree(scene);
      renderer.renderLists.dispose();
      renderer.dispose();
    },
  };
}
