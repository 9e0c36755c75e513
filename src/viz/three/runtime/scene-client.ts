/**
 * The page's side of the 3D view drawn in a worker (scene-worker.ts): hands the canvas over as
 * an OffscreenCanvas and returns a SurfaceScene whose calls become messages. The worker
 * commits its frames straight to the compositor, so a frame costs the page's main thread only
 * the posting of a message. Surface data is transferred, not copied.
 */
import type { FromWorker, ToWorker } from './scene-protocol';
import type { SceneEvents, SurfaceScene } from '../objects/surface-scene';

/**
 * The worker did not start: its script failed to load, or it could not make a WebGL 2 context
 * on an OffscreenCanvas (some browsers allow WebGL only on the page). The canvas is spent.
 */
export class WorkerFailed extends Error {}

/** Whether this browser can hand `canvas` to a worker at all. */
export function canDrawInWorker(canvas: HTMLCanvasElement): boolean {
  return typeof Worker === 'function' && typeof OffscreenCanvas === 'function' && typeof canvas.transferControlToOffscreen === 'function';
}

/**
 * Starts the worker on `canvas`, which from now on belongs to it. Resolves once the worker has
 * its scene; rejects with WorkerFailed when it cannot start.
 */
export function startSceneWorker(canvas: HTMLCanvasElement, events: SceneEvents): Promise<SurfaceScene> {
  const worker = new Worker(new URL('./scene-worker.ts', import.meta.url), { type: 'module', name: '3D view' });
  const post = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  const scene: SurfaceScene = {
    setSurface(data, sc, bands) {
      const buffers = new Set<ArrayBufferLike>([data.positions.buffer, data.uvs.buffer, data.colors.buffer, data.indices.buffer, data.wire.buffer]);
      post({ type: 'surface', data, sc, bands }, [...buffers] as ArrayBuffer[]);
    },
    setPoint: (point) => post({ type: 'point', point }),
    setOrbit: (orbit) => post({ type: 'orbit', orbit: { ...orbit } }),
    setPalette: (palette) => post({ type: 'palette', palette: { ...palette } }),
    resize: (width, height, pixelRatio) => post({ type: 'resize', width, height, pixelRatio }),
    setVisible: (visible) => post({ type: 'visible', visible }),
    dispose: () => worker.terminate(),
  };
  return new Promise((resolve, reject) => {
    let started = false;
    worker.addEventListener('error', (e) => {
      if (started) return;
      worker.terminate();
      reject(new WorkerFailed(`The 3D view's worker did not start: ${e.message || 'load error'}`));
    });
    worker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'ready') {
        started = true;
        resolve(scene);
      } else if (m.type === 'failed') {
        worker.terminate();
        reject(new WorkerFailed(m.reason));
      } else if (m.type === 'frame') events.onFrame?.();
      else if (m.type === 'lost') events.onContextLost?.();
      else events.onContextRestored?.();
    });
    const offscreen = canvas.transferControlToOffscreen();
    post({ type: 'init', canvas: offscreen }, [offscreen]);
  });
}
