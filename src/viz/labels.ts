/**
 * Where to write the values of level lines. A few levels are labelled (every k-th, choosing
 * the offset that gives the shortest numbers, so 0, 10, 20 rather than 5, 15, 25); each label
 * sits on its line, turned along it and kept upright, at the candidate spot that is
 * - at least `edge` from the plot's sides and `gap` from every other label (hard limits),
 * - as far as possible from the arrow lattice points (arrows are centred on them), and
 * - where the line is nearly straight.
 * All coordinates are screen units.
 */
import type { ScreenRect } from './scales';

/** A level line to label: its value, its text and its polylines on screen. */
export interface LabelLevel {
  value: number;
  text: string;
  lines: readonly Float64Array[];
}

/** A placed label: centre, angle in degrees (−90 to 90, clockwise on screen) and text. */
export interface PlacedLabel {
  x: number;
  y: number;
  angle: number;
  text: string;
  value: number;
}

/** The arrow lattice the labels avoid: first lattice point and the spacing along each axis. */
export interface LatticeGrid {
  x0: number;
  y0: number;
  sx: number;
  sy: number;
}

/** Options of `placeLabels`. */
export interface LabelOptions {
  maxLabels?: number;
  /** Minimal distance between two labels. */
  gap?: number;
  /** Minimal distance from a label's centre to the plot's sides. */
  edge?: number;
  /** Distance along the line between two candidate spots. */
  every?: number;
}

/** Which levels get labels: every k-th, at most `max`, with the shortest texts. */
export function labelledLevels<T extends { text: string; value: number }>(levels: readonly T[], max: number): T[] {
  if (levels.length <= max) return [...levels];
  const k = Math.ceil(levels.length / max);
  let best: T[] = [];
  let bestScore = Infinity;
  for (let offset = 0; offset < k; offset++) {
    const chosen = levels.filter((_, i) => i % k === offset);
    const score = chosen.reduce((s, l) => s + l.text.length, 0) / chosen.length - (chosen.some((l) => l.value === 0) ? 1 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = chosen;
    }
  }
  return best;
}

/** Distance from (x, y) to the nearest lattice point. */
function clearance(g: LatticeGrid, x: number, y: number): number {
  const dx = Math.abs(((x - g.x0) % g.sx + g.sx) % g.sx);
  const dy = Math.abs(((y - g.y0) % g.sy + g.sy) % g.sy);
  return Math.hypot(Math.min(dx, g.sx - dx), Math.min(dy, g.sy - dy));
}

/** Places labels for `levels`; see the module comment. */
export function placeLabels(levels: readonly LabelLevel[], plot: ScreenRect, lattice: LatticeGrid, options: LabelOptions = {}): PlacedLabel[] {
  const { maxLabels = 6, gap = 60, edge = 18, every = 8 } = options;
  const placed: PlacedLabel[] = [];
  const scale = Math.min(lattice.sx, lattice.sy);
  const length = (l: LabelLevel): number => l.lines.reduce((s, p) => s + p.length, 0);
  const chosen = labelledLevels(levels, maxLabels).sort((a, b) => length(b) - length(a));
  for (const level of chosen) {
    let best: PlacedLabel | null = null;
    let bestScore = -Infinity;
    for (const pts of level.lines) {
      let walked = 0;
      for (let k = 2; k + 2 < pts.length; k += 2) {
        walked += Math.hypot(pts[k]! - pts[k - 2]!, pts[k + 1]! - pts[k - 1]!);
        if (walked < every) continue;
        walked = 0;
        const x = pts[k]!;
        const y = pts[k + 1]!;
        if (x < plot.left + edge || x > plot.left + plot.width - edge || y < plot.top + edge || y > plot.top + plot.height - edge) continue;
        if (placed.some((p) => Math.hypot(p.x - x, p.y - y) < gap)) continue;
        const a1 = Math.atan2(pts[k + 1]! - pts[k - 1]!, pts[k]! - pts[k - 2]!);
        const a2 = Math.atan2(pts[k + 3]! - pts[k + 1]!, pts[k + 2]! - pts[k]!);
        const bend = Math.abs(Math.atan2(Math.sin(a2 - a1), Math.cos(a2 - a1)));
        const score = clearance(lattice, x, y) / scale - bend;
        if (score > bestScore) {
          bestScore = score;
          let angle = (Math.atan2(pts[k + 3]! - pts[k - 1]!, pts[k + 2]! - pts[k - 2]!) * 180) / Math.PI;
          if (angle > 90) angle -= 180;
          if (angle < -90) angle += 180;
          best = { x, y, angle, text: level.text, value: level.value };
        }
      }
    }
    if (best) placed.push(best);
  }
  return placed;
}
