/**
 * The 3D surface's public face, in three parts by role:
 * - data/: pure geometry and layout in plain typed arrays (scene scale, surface mesh, height
 *   bands, orbit camera, projection, axes, the static picture); runs in Node and is unit-tested;
 * - objects/: the three.js objects built from that data, and their disposal;
 * - runtime/: the live view on a page or in a worker (WebGL checks, the worker and its
 *   messages, the palette read from CSS, orbiting by hand).
 * A figure imports from here only. The three.js objects are not exported: the runtime loads
 * them in their own chunk (or inside the worker) when a live view starts, so three.js never
 * arrives with the figure's own code.
 */
export { axisLabels, backCorner, floorGrid, zAxisSegments, type AxisLabel } from './data/axes';
export { floorArrows, type FloorArrows } from './data/floor-arrows';
export { bandCoordinate, bandOf, heightBands, type HeightBands } from './data/height-bands';
export { clampOrbit, DEFAULT_ORBIT, describeOrbit, DISTANCE, dragOrbit, ELEVATION, orbitKey, type Orbit } from './data/orbit';
export type { PointView } from './data/point-view';
export { project, viewCamera, type ViewCamera } from './data/projection';
export { heightRange, isShown, sceneScale, sceneX, sceneY, sceneZ, verticalExaggeration, type HeightRange, type SceneScale } from './data/scene-scale';
export { staticPicture, type StaticPicture } from './data/static-picture';
export { surfaceData, type HeightGrid, type SurfaceData } from './data/surface-data';
export { NoWebGL, startLiveView, type LiveView, type LiveViewHost } from './runtime/live-view';
export { WorkerFailed } from './runtime/scene-client';
