/**
 * Numbers written on a plot (ticks, level labels, legend ends): at most 4 significant digits, a
 * true minus sign (U+2212), and powers of ten as a superscript, "1×10⁻⁴", the same notation as
 * the figures' readouts (src/widgets/shared/format.ts builds on this module).
 */

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** v written as m×10ⁿ with `digits` decimals in m (trailing zeros dropped when `trim`). Sign as a hyphen. */
export function scientific(v: number, digits: number, trim: boolean): string {
  const [m = '', exponent = ''] = v.toExponential(digits).split('e');
  const mantissa = trim ? String(Number(m)) : m;
  return `${mantissa}×10${exponent.replace('+', '').replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;
}

/** A short number for a tick or a level label: at most 4 significant digits, true minus. */
export function tickText(v: number): string {
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '—' : v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  const text = a >= 1e5 || a < 1e-3 ? scientific(v, 1, true) : String(Number(v.toPrecision(4)));
  return text.replace(/^-/, '−');
}
