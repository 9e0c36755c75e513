/**
 * The plot's frame in SVG user units: a square plot with room on the left for the y tick
 * labels and below for the x tick labels. After mount, one user unit is one CSS pixel (the
 * SVG's width is measured); before, the server's picture scales with its container.
 */
import type { ScreenRect } from '../../viz';

/** The SVG's size and the plot rectangle inside it. */
export interface PlotLayout {
  width: number;
  height: number;
  plot: ScreenRect;
  /** Distance between arrows of the lattice. */
  arrowSpacing: number;
}

/** Width the server renders at (the picture then scales to its container). */
export const SERVER_WIDTH = 480;
const LEFT = 38;
const RIGHT = 10;
const TOP = 22;
const BOTTOM = 34;

/**
 * How much taller than wide the picture is (the square plot plus its tick margins). The
 * stylesheet sizes the picture by it, so the server's picture, drawn for SERVER_WIDTH and
 * scaled, already takes the height the live one will have at the same width.
 */
export const HEIGHT_OVER_WIDTH = TOP + BOTTOM - LEFT - RIGHT;

/** The layout for an SVG `width` units wide. */
export function plotLayout(width: number): PlotLayout {
  const w = Math.max(200, Math.round(width));
  const side = w - LEFT - RIGHT;
  return {
    width: w,
    height: side + TOP + BOTTOM,
    plot: { left: LEFT, top: TOP, width: side, height: side },
    // 17 arrows per side on a desktop, never closer than 22 units (phones: about 13).
    arrowSpacing: Math.min(30, Math.max(22, side / 17)),
  };
}
