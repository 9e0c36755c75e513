/**
 * How the neuron figure writes numbers: one rule everywhere (graph, step panel, live region,
 * check table), so a number read in one place matches the same number read in another.
 *
 * - |v| ≥ 0.01: three decimals, e.g. 0.030, −1.250, 12.000;
 * - 0.0001 ≤ |v| < 0.01: three significant digits, e.g. 0.00312 (three decimals would say 0.003);
 * - smaller or ≥ 10 000: scientific, e.g. 3.12×10⁻⁵;
 * - exactly 0 (or −0) is 0.000; a true minus sign (U+2212) replaces the hyphen.
 */

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** The figure's number format; see the module comment. */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
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

/** Parses what a reader types into a number field: accepts the true minus sign and a comma. */
export function parseNumber(text: string): number {
  const clean = text.trim().replace(/[−–]/g, '-').replace(',', '.');
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(clean)) return Number.NaN;
  return Number(clean);
}

/** More digits for comparing two nearly equal numbers (the gradient check): six decimals. */
export function formatPrecise(v: number): string {
  if (!Number.isFinite(v) || (v !== 0 && Math.abs(v) < 1e-4)) return formatNumber(v);
  const text = v.toFixed(6);
  return (/^-0\.0+$/.test(text) ? text.slice(1) : text).replace(/^-/, '−');
}
