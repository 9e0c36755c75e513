/**
 * Starting and stopping the live 3D view around a canvas: loads three.js only now (a separate
 * chunk, so the slice panels work before it arrives), builds the scene, follows the element's
 * size and the colour scheme, and wires orbiting by hand. `dispose` undoes every part of it.
 */
import { attachOrbitInput } from '../../viz/three/orbit-input';
import type { Orbit } from '../../viz/three/orbit';
import { readPalette } from '../../viz/three/palette';
import type { SurfaceScene } from '../../viz/three/surface-scene';

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
  onSize(width: number, height: number): void;
}

/** A running live view. */
export interface LiveView {
  scene: SurfaceScene;
  dispose(): void;
}

/** Builds the live view on `canvas` (whose WebGL 2 context is `gl`). */
export async function startLiveView(canvas: HTMLCanvasElement, gl: WebGL2RenderingContext, host: LiveViewHost): Promise<LiveView> {
  const { createSurfaceScene } = await import('../../viz/three/surface-scene');
  const scene = createSurfaceScene(canvas, gl, { onFrame: host.onFrame, onContextLost: host.onLost, onContextRestored: host.onRestored });
  scene.setPalette(readPalette(host.root));
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  const recolour = () => scene.setPalette(readPalette(host.root));
  scheme.addEventListener('change', recolour);
  const sizeOf = () => {
    const { width, height } = host.view.getBoundingClientRect();
    scene.resize(width, height);
    host.onSize(width, height);
  };
  const observer = new ResizeObserver(sizeOf);
  observer.observe(host.view);
  sizeOf();
  const detach = attachOrbitInput(host.view, { get: host.getOrbit, set: host.setOrbit, hint: host.onHint });
  return {
    scene,
    dispose() {
      detach();
      observer.disconnect();
      scheme.removeEventListener('change', recolour);
      scene.dispose();
    },
  };
}
