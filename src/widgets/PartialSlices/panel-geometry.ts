/**
 * Everything a slice panel draws, as SVG data in its viewBox: the curve t ↦ f along the slice,
 * its tangent at t0, the handle, its scale (for the frame), and a strip of the height colour bands up the left
 * edge so that the panel's heights read in the surface's colours. World: (t, v = f);
 * screen: SVG user units, y down.
 */
import type { Interval } from '../../math';
import { curvePath, panelScale, tangentPath, type PanelBox, type Scale2D, type SliceSamples } from '../../viz';
import type { HeightBands } from '../../viz/three';

/** The panel's viewBox and plot area. */
export const PANEL_BOX: PanelBox = { width: 320, height: 200, left: 40, right: 18, top: 10, bottom: 26 };

/** The drawing of one panel. */
export interface PanelDrawing {
  curve: string;
  tangent: string;
  /** The handle's centre, or null when f is undefined at the point (then it sits on the axis). */
  handle: [number, number];
  defined: boolean;
  /** Screen x of t0 (the guide line) and the plot's edges. */
  guideX: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** World (t, v) to the panel's user units, for the frame. */
  scale: Scale2D;
  bands: { y: number; height: number; color: string }[];
}

/** What a panel shows. */
export interface PanelInput {
  samples: SliceSamples;
  t0: number;
  v0: number;
  slope: number;
  tRange: Interval;
  vRange: Interval;
  bands: HeightBands;
}

/** Builds the panel's drawing. */
export function panelDrawing(p: PanelInput): PanelDrawing {
  const sc = panelScale(p.tRange, p.vRange, PANEL_BOX);
  const plot = { x0: sc.screen.left, x1: sc.screen.left + sc.screen.width, y0: sc.screen.top, y1: sc.screen.top + sc.screen.height };
  const defined = Number.isFinite(p.v0);
  const clampY = (y: number) => Math.min(plot.y1, Math.max(plot.y0, y));
  const clampX = (x: number) => Math.min(plot.x1, Math.max(plot.x0, x));
  const edges = [p.vRange[0], ...p.bands.thresholds.filter((t) => t > p.vRange[0] && t < p.vRange[1]), p.vRange[1]];
  const first = p.bands.thresholds.filter((t) => t <= p.vRange[0]).length;
  return {
    curve: curvePath(p.samples, sc),
    tangent: tangentPath(p.t0, p.v0, p.slope, p.tRange, sc),
    handle: [clampX(sc.x(p.t0)), defined ? clampY(sc.y(p.v0)) : plot.y1],
    defined,
    guideX: sc.x(p.t0),
    plot,
    scale: sc,
    bands: edges.slice(1).map((top, i) => ({
      y: sc.y(top),
      height: sc.y(edges[i]!) - sc.y(top),
      color: p.bands.colors[Math.min(p.bands.colors.length - 1, first + i)]!,
    })),
  };
}
