/**
 * Starting and stopping the live 3D view around a canvas: builds the scene, in a worker where
 * the browser can hand a canvas to one (scene-client.ts), else on the page with three.js
 * loaded only now (a separate chunk, so the slice panels work before it arrives). It follows
 * the element's size, whether it is on screen and the colour scheme, and wires orbiting by
 * hand. `dispose` undoes every part of it.
 */
import { attachOrbitInput } from './orbit-input';
import type { Orbit } from '../data/orbit';
import { readPalette } from './palette';
import { canDrawInWorker, startSceneWorker } from './scene-client';
import type { SceneEvents, SurfaceScene } from '../objects/surface-scene';
import { webglContext } from './webgl';

/** This browser cannot make a WebGL 2 context for the view. */
export class NoWebGL extends Error {}

/** What the live view tells the figure and asks of it. */
export interface LiveViewHost {
  /** The element holding the canvas: its size is the canvas's size; drags on it orbit. */
  view: HTMLElement;
  /** The figure's root, whose CSS custom properties colour the scene. */
  root: HTMLElement;
  getOrbit(): Orbit;
  setOrbit(o: Orbit): void;
  onFrame(): void;
  onLost(): void;
  onRestored(): void;
  onHint(): void;
  /** A drag that turns the view began (true) or ended (false). */
  onDragging(active: boolean): void;
  onSize(width: number, height: number): void;
}

/** A running live view. */
export interface LiveView {
  scene: SurfaceScene;
  dispose(): void;
}

/** Builds the scene on the page: NoWebGL when the canvas gives no WebGL 2 context. */
async function sceneOnPage(canvas: HTMLCanvasElement, events: SceneEvents): Promise<SurfaceScene> {
  const gl = webglContext(canvas);
  if (!gl) throw new NoWebGL('no WebGL 2 context');
  const { createSurfaceScene } = await import('../objects/surface-scene');
  return createSurfaceScene(canvas, gl, events);
}

/**
 * Builds the live view on `canvas`, in a worker unless `onPage` or the browser cannot. Rejects
 * with NoWebGL (on the page) or WorkerFailed (in a worker: the canvas is spent, so try again
 * with a new canvas on the page).
 */
export async function startLiveView(canvas: HTMLCanvasElement, host: LiveViewHost, onPage = false): Promise<LiveView> {
  const events: SceneEvents = { onFrame: host.onFrame, onContextLost: host.onLost, onContextRestored: host.onRestored };
  const scene = !onPage && canDrawInWorker(canvas) ? await startSceneWorker(canvas, events) : await sceneOnPage(canvas, events);
  scene.setPalette(readPalette(host.root));
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  const recolour = () => scene.setPalette(readPalette(host.root));
  scheme.addEventListener('change', recolour);
  const sizeOf = () => {
    const { width, height } = host.view.getBoundingClientRect();
    scene.resize(width, height, devicePixelRatio);
    host.onSize(width, height);
  };
  const resized = new ResizeObserver(sizeOf);
  resized.observe(host.view);
  sizeOf();
  // Frames are drawn only while the view is on or near the screen (see SurfaceScene.setVisible).
  const seen = new IntersectionObserver((entries) => scene.setVisible(entries.some((e) => e.isIntersecting)), { rootMargin: '200px' });
  seen.observe(host.view);
  const detach = attachOrbitInput(host.view, { get: host.getOrbit, set: host.setOrbit, hint: host.onHint, dragging: host.onDragging });
  return {
    scene,
    dispose() {
      detach();
      resized.disconnect();
      seen.disconnect();
      scheme.removeEventListener('change', recolour);
      scene.dispose();
    },
  };
}
