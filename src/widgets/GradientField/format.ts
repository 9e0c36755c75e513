/**
 * How this figure writes numbers, one rule everywhere (readout, live region, axis labels are
 * separate): the same rule as the neuron figure, so numbers read alike across the page.
 *
 * - 0.01 ≤ |v| < 10 000: three decimals, e.g. 0.466, −0.405, 806.000;
 * - 0.0001 ≤ |v| < 0.01: three significant digits, e.g. 0.00312;
 * - smaller (but not 0) or larger: scientific, e.g. 3.12×10⁻⁵;
 * - 0 is 0.000; the minus sign is a true minus (U+2212).
 */

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** A number as the figure shows it; see the module comment. */
export function fmt(v: number): string {
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
  if (/^-0\.0+$/.test(text)) text = text.slice(1);
  return text.replace(/^-/, '−');
}

/** An angle in degrees as a whole number in [0, 360), e.g. "319°". */
export function fmtAngle(deg: number): string {
  if (!Number.isFinite(deg)) return '—';
  const d = Math.round(((deg % 360) + 360) % 360) % 360;
  return `${d}°`;
}

/** A short number for a tick or a level label: at most 4 significant digits, true minus. */
export function fmtTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const text = a >= 1e5 || a < 1e-3 ? v.toExponential(1).replace('e+', 'e') : String(Number(v.toPrecision(4)));
  return text.replace(/^-/, '−');
}

/** Reads a number typed by a reader: accepts a true minus sign and a decimal comma. */
export function parseTyped(text: string): number {
  const clean = text.trim().replace(/[−–]/g, '-').replace(',', '.');
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(clean)) return Number.NaN;
  return Number(clean);
}
