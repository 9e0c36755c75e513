/**
 * How every figure writes numbers: one rule everywhere (readouts, graph nodes, step panels,
 * live regions, check tables), so a number read in one place matches the same number read in
 * another, on any figure of the page.
 *
 * - 0.01 ≤ |v| < 10 000: three decimals, e.g. 0.030, −1.250, 806.000;
 * - 0.0001 ≤ |v| < 0.01: three significant digits, e.g. 0.00312 (three decimals would say 0.003);
 * - smaller (but not 0) or larger: scientific, e.g. 3.12×10⁻⁵;
 * - exactly 0 (or −0) is 0.000; a true minus sign (U+2212) replaces the hyphen;
 * - NaN (the function is not defined there) is "undefined"; ±Infinity is ±∞.
 *
 * Ticks and level labels are shorter (at most 4 significant digits) but write powers of ten
 * the same way (1×10⁻⁴, never 1.0e-4). The parts of a vector drop floating-point noise: a part
 * smaller than NOISE times the vector's largest part (cos 90° = 6.12×10⁻¹⁷ next to 1) is 0.
 */

import { scientific, tickText } from '../../viz';

/** Relative size below which a number beside a larger one is rounding error of a double. */
export const NOISE = 1e-12;

/** `v`, or 0 when it is floating-point noise beside `scale` (|v| ≤ NOISE·|scale|). */
export function dropNoise(v: number, scale: number): number {
  return Number.isFinite(v) && Number.isFinite(scale) && Math.abs(v) <= NOISE * Math.abs(scale) ? 0 : v;
}

/** A vector's parts without noise beside its largest part. */
export function cleanVector(parts: readonly number[]): number[] {
  const big = Math.max(0, ...parts.filter(Number.isFinite).map(Math.abs));
  return parts.map((v) => dropNoise(v, big));
}

/** A vector as the figures show it: "(0.000, 1.000)", its parts cleaned of noise. */
export function formatVector(parts: readonly number[]): string {
  return `(${cleanVector(parts).map(formatNumber).join(', ')})`;
}

/** A number as the figures show it; see the module comment. */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'undefined';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  let text: string;
  if (a === 0) text = '0.000';
  else if (a >= 0.01 && a < 9999.9995) text = v.toFixed(3);
  else if (a >= 0.0001 && a < 0.01) text = v.toPrecision(3);
  else text = scientific(v, 2, false);
  // toFixed can round a tiny negative to "-0.000": a sign on zero says nothing.
  if (/^-0\.0+$/.test(text)) text = text.slice(1);
  return text.replace(/^-/, '−');
}

/** A number for a formula: negative values in brackets, so "0.5 · (−0.25)" reads right. */
export function formatFactor(v: number): string {
  const text = formatNumber(v);
  return text.startsWith('−') ? `(${text})` : text;
}

/** More digits for comparing two nearly equal numbers (a gradient check): six decimals. */
export function formatPrecise(v: number): string {
  if (!Number.isFinite(v) || (v !== 0 && Math.abs(v) < 1e-4)) return formatNumber(v);
  const text = v.toFixed(6);
  return (/^-0\.0+$/.test(text) ? text.slice(1) : text).replace(/^-/, '−');
}

/** An angle in degrees as a whole number in [0, 360), e.g. "319°"; "—" when undefined. */
export function formatAngle(deg: number): string {
  if (!Number.isFinite(deg)) return '—';
  const d = Math.round(((deg % 360) + 360) % 360) % 360;
  return `${d}°`;
}

/** A short number for a tick or a level label: at most 4 significant digits, true minus. */
export const formatTick = tickText;

/** Reads a number a reader typed: accepts a true minus sign and a decimal comma; NaN otherwise. */
export function parseNumber(text: string): number {
  const clean = text.trim().replace(/[−–]/g, '-').replace(',', '.');
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(clean)) return Number.NaN;
  return Number(clean);
}
