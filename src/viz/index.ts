/**
 * The drawing helpers' public face: world ↔ screen scales, nice ticks, level choice and contour
 * paths, colour scales, batched arrows and labels, slices, graph layout. Pure functions over
 * plain data (no DOM, no framework); a figure imports from here only. The 3D surface's helpers
 * have their own face, `viz/three`.
 */
export { ARROW_BUCKETS, arrowPaths, arrowRings, arrowScale, bucketOf, latticePoints, type ArrowScale, type LatticeArrow } from './arrows';
export { bandColoursFor, rampColour, scalePosition, valueColours, type ValueColours } from './colour';
export { contourLevels, type ContourLevel } from './contours';
export { fieldLevels, LEVEL_SAMPLES } from './field-levels';
export { arrowHeads, joinPaths, layoutGraph, type GraphEdgeSpec, type GraphLayout, type GraphLayoutOptions, type GraphNodeSpec, type GraphOrientation, type PlacedEdge, type PlacedNode } from './graph-layout';
export { markHoles } from './holes';
export { labelledLevels, placeLabels, type PlacedLabel } from './labels';
export { chooseLevels, type LevelChoice, type LevelSpacing } from './levels';
export { scientific, tickText } from './number-text';
export { polylinesPath, simplifyPolyline, toScreen } from './path';
export { contains, createScale2D, gridToScreen, vectorToScreen, type GridToScreen, type Scale2D, type ScreenRect } from './scales';
export { curvePath, panelScale, sampleSlice, snapInto, tangentLine, tangentPath, type PanelBox, type SliceSamples } from './slices';
export { multiplesIn, niceFloor, niceStep, niceTicks } from './ticks';
