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
 */

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** A number as the figures show it; see the module comment. */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'undefined';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  let text: string;
  if (a === 0) text = '0.000';
  else if (a >= 0.01 && a < 9999.9995) text = v.toFixed(3);
  else if (a >= 0.0001 && a < 0.01) text = v.toPrecision(3);
  else {
    const [mantissa = '', exponent = ''] = v.toExponential(2).split('e');
    text = `${mantissa}×10${exponent.replace('+', '').replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;
  }
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
export function formatTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const text = a >= 1e5 || a < 1e-3 ? v.toExponential(1).replace('e+', 'e') : String(Number(v.toPrecision(4)));
  return text.replace(/^-/, '−');
}

/** Reads a number a reader typed: accepts a true minus sign and a decimal comma; NaN otherwise. */
export function parseNumber(text: string): number {
  const clean = text.trim().replace(/[−–]/g, '-').replace(',', '.');
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(clean)) return Number.NaN;
  return Number(clean);
}
