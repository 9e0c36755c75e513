/**
 * Heights to colours, exactly as the contour figure colours them: the level values of the
 * function over the window (field-levels.ts, the same for every figure) cut the heights into
 * bands, and each band gets the colour of its values on the function's fixed scale
 * (colour.ts). On the surface the band edges are the level lines of the contour plot, lifted
 * to their heights: a height has one colour on the page.
 */
import { bandColoursFor, type ValueColours } from '../../colour';
import type { LevelChoice } from '../../levels';

/** The level values between bands (ascending) and the colour of each band, lowest first. */
export interface HeightBands {
  readonly thresholds: readonly number[];
  /** thresholds.length + 1 CSS colours. */
  readonly colors: readonly string[];
}

/** The bands cut by `levels`, coloured on `colours` (default: the scale of the levels' own range). */
export function heightBands(levels: LevelChoice, colours: ValueColours = levels): HeightBands {
  return { thresholds: levels.thresholds, colors: bandColoursFor(levels.thresholds, colours) };
}

/** Index of the band holding z: how many thresholds are ≤ z (binary search). */
export function bandOf(z: number, thresholds: readonly number[]): number {
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (thresholds[mid]! <= z) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A texture coordinate u ∈ [0, 1] for height z: band b of n covers [b/n, (b+1)/n), and z's
 * place between the band's edges (the outer bands end at lo and hi) sets u inside it. Read
 * from an n-texel strip with nearest filtering, u gives sharp band edges along the level lines.
 */
export function bandCoordinate(z: number, thresholds: readonly number[], lo: number, hi: number): number {
  const n = thresholds.length + 1;
  const b = bandOf(z, thresholds);
  const below = b === 0 ? Math.min(lo, thresholds[0] ?? lo) : thresholds[b - 1]!;
  const above = b === n - 1 ? Math.max(hi, thresholds[n - 2] ?? hi) : thresholds[b]!;
  const frac = above > below ? (z - below) / (above - below) : 0.5;
  return (b + Math.min(0.999, Math.max(0.001, frac))) / n;
}

/** sRGB component → linear light, the colour space three.js shades vertex colours in. */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
