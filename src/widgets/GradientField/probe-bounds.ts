/**
 * Keeping the probe findable. A drag can only put the probe inside the plot (its position is
 * clamped to the plot rectangle); a pan or zoom can still leave it outside the view, and then
 * a marker at the plot's edge points to where it is (Reset view brings it back). Screen units.
 */
import type { ScreenRect } from '../../viz';

/** The screen point (sx, sy) moved into the plot rectangle. */
export function clampToPlot(sx: number, sy: number, plot: ScreenRect): [number, number] {
  return [Math.min(plot.left + plot.width, Math.max(plot.left, sx)), Math.min(plot.top + plot.height, Math.max(plot.top, sy))];
}

/** Where the marker of an off-view probe sits and which way it points (degrees, clockwise on screen). */
export interface OffPlotMarker {
  x: number;
  y: number;
  angle: number;
}

/**
 * The marker for a probe at (sx, sy), or null while the probe is inside the plot: on the line
 * from the plot's centre to the probe, `inset` inside the plot's edge, pointing at the probe.
 */
export function offPlotMarker(sx: number, sy: number, plot: ScreenRect, inset = 14): OffPlotMarker | null {
  const inside = sx >= plot.left && sx <= plot.left + plot.width && sy >= plot.top && sy <= plot.top + plot.height;
  if (inside || !Number.isFinite(sx) || !Number.isFinite(sy)) return null;
  const cx = plot.left + plot.width / 2;
  const cy = plot.top + plot.height / 2;
  const dx = sx - cx;
  const dy = sy - cy;
  // Shrink the vector until it meets the inset rectangle.
  const hw = plot.width / 2 - inset;
  const hh = plot.height / 2 - inset;
  const k = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return { x: cx + dx * k, y: cy + dy * k, angle: (Math.atan2(dy, dx) * 180) / Math.PI };
}
