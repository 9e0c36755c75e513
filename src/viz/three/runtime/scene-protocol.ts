/**
 * The messages between the page and the worker that draws the 3D view (scene-worker.ts,
 * scene-client.ts). Each call on SurfaceScene becomes one message; the worker answers with
 * what the scene reports. Everything sent is plain data (numbers, strings, typed arrays).
 */
import type { HeightBands } from '../data/height-bands';
import type { Orbit } from '../data/orbit';
import type { Palette } from './palette';
import type { PointView } from '../data/point-view';
import type { SceneScale } from '../data/scene-scale';
import type { SurfaceData } from '../data/surface-data';

/** Page → worker. */
export type ToWorker =
  | { type: 'init'; canvas: OffscreenCanvas }
  | { type: 'surface'; data: SurfaceData; sc: SceneScale; bands: HeightBands }
  | { type: 'point'; point: PointView }
  | { type: 'orbit'; orbit: Orbit }
  | { type: 'palette'; palette: Palette }
  | { type: 'resize'; width: number; height: number; pixelRatio: number }
  | { type: 'visible'; visible: boolean };

/** Worker → page. */
export type FromWorker =
  /** The scene is built; messages may follow. */
  | { type: 'ready' }
  /** No WebGL 2 context could be made on the canvas. */
  | { type: 'failed'; reason: string }
  /** The first frame after start, or after the context was restored, is on screen. */
  | { type: 'frame' }
  | { type: 'lost' }
  | { type: 'restored' };
