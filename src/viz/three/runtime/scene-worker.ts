/**
 * The worker that draws the 3D view on an OffscreenCanvas handed over by the page, so that
 * three.js and the WebGL calls (on a software renderer, most of a frame) stay off the page's
 * main thread, which then only handles input and the SVG panels. It owns one SurfaceScene and
 * replays the page's messages on it (scene-protocol.ts); the page terminates it when done.
 */
import type { FromWorker, ToWorker } from './scene-protocol';
import { createSurfaceScene, type SurfaceScene } from '../objects/surface-scene';
import { webglContext } from './webgl';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

let scene: SurfaceScene | null = null;
/** Whether the next frame is the first one the page has not heard about. */
let firstFrame = true;

scope.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'init') {
    const context = webglContext(m.canvas);
    if (!context) {
      scope.postMessage({ type: 'failed', reason: 'no WebGL 2 context' });
      return;
    }
    scene = createSurfaceScene(m.canvas, context, {
      onFrame: () => {
        if (!firstFrame) return;
        firstFrame = false;
        scope.postMessage({ type: 'frame' });
      },
      onContextLost: () => scope.postMessage({ type: 'lost' }),
      onContextRestored: () => {
        firstFrame = true;
        scope.postMessage({ type: 'restored' });
      },
    });
    scope.postMessage({ type: 'ready' });
    return;
  }
  if (!scene) return;
  if (m.type === 'surface') scene.setSurface(m.data, m.sc, m.bands);
  else if (m.type === 'point') scene.setPoint(m.point);
  else if (m.type === 'orbit') scene.setOrbit(m.orbit);
  else if (m.type === 'palette') scene.setPalette(m.palette);
  else if (m.type === 'resize') scene.resize(m.width, m.height, m.pixelRatio);
  else if (m.type === 'visible') scene.setVisible(m.visible);
});
