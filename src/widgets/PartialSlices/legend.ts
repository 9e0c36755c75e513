/**
 * The colour key of the surface: the height bands between the lowest and highest height drawn,
 * as fractions of a bar's width, plus the vertical scale of the 3D view in words.
 */
import { verticalExaggeration, type HeightBands, type SceneScale } from '../../viz/three';
import { formatTick as fmtTick } from '../shared/format';

/** One band of the key: where it starts and how wide it is, as fractions of the bar. */
export interface KeyBand {
  from: number;
  width: number;
  color: string;
}

/** The bands of the key over [lo, hi]. */
export function keyBands(bands: HeightBands, lo: number, hi: number): KeyBand[] {
  const inside = bands.thresholds.filter((t) => t > lo && t < hi);
  const edges = [lo, ...inside, hi];
  const first = bands.thresholds.filter((t) => t <= lo).length;
  const span = hi - lo || 1;
  return edges.slice(1).map((edge, i) => ({
    from: (edges[i]! - lo) / span,
    width: (edge - edges[i]!) / span,
    color: bands.colors[Math.min(bands.colors.length - 1, first + i)]!,
  }));
}

/** "Heights are drawn at 0.46× the scale of x and y" (or "true to scale"). */
export function scaleText(sc: SceneScale): string {
  const e = verticalExaggeration(sc);
  if (Math.abs(e - 1) < 0.005) return 'Heights are drawn true to scale.';
  return `Heights are drawn at ${fmtTick(Number(e.toPrecision(2)))}× the scale of x and y${sc.heights.clipped ? '; heights beyond these are cut off' : ''}.`;
}
