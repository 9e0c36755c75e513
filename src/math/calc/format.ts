/**
 * Values as TeX for worked examples. A number is shown to 4 significant digits unless asked
 * otherwise, with trailing zeros dropped; whole numbers below 10^9 exactly. Each result
 * says whether what is shown equals the value exactly, so that the build can insist on ≈
 * wherever a shown number was rounded.
 */
import { toTex } from '../print-tex';
import { CalcError, type CalcValue, describe, isFunction, isMatrix, isNumber, isVector } from './value';

/** How to show a value: `\calc[3]`, `\calc[.2]`, `\calc[col]`, `\calc[%]`, `\calc[sci]`. */
export interface FormatOptions {
  digits?: number;
  decimals?: number;
  column?: boolean;
  percent?: boolean;
  scientific?: boolean;
}

/** TeX, and whether the shown value is exactly the computed one. */
export interface Shown {
  tex: string;
  exact: boolean;
}

/** Reads "3", ".2", "col", "%", "sci" and comma-separated combinations. */
export function parseOptions(text: string | undefined): FormatOptions {
  const options: FormatOptions = {};
  for (const raw of (text ?? '').split(',')) {
    const o = raw.trim();
    if (o === '') continue;
    if (/^\d+$/.test(o) && +o >= 1 && +o <= 15) options.digits = +o;
    else if (/^\.\d+$/.test(o) && +o.slice(1) <= 12) options.decimals = +o.slice(1);
    else if (o === 'col') options.column = true;
    else if (o === '%') options.percent = true;
    else if (o === 'sci') options.scientific = true;
    else throw new CalcError(`unknown option '${o}' (use a digit count such as 3, decimals such as .2, col, % or sci)`);
  }
  return options;
}

/** Equal up to floating-point noise (0.1 + 0.2 shows as 0.3 and counts as exact). */
const nearlyEqual = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

function mantissa(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** One number as TeX. */
export function formatNumber(x: number, o: FormatOptions = {}): Shown {
  if (Number.isNaN(x)) throw new CalcError('the value is not a number (NaN): check the arithmetic');
  if (!Number.isFinite(x)) return { tex: x > 0 ? '\\infty' : '-\\infty', exact: true };
  const value = o.percent ? x * 100 : x;
  const suffix = o.percent ? '\\%' : '';
  let text: string;
  const abs = Math.abs(value);
  // Whole numbers below 10^9 are written out (2^20 = 1048576) unless a digit count is asked for.
  const wholeShown = Number.isInteger(value) && abs < 1e9 && o.digits === undefined;
  const sci = o.scientific || (o.decimals === undefined && !wholeShown && abs !== 0 && (abs < 1e-4 || abs >= 1e6));
  if (sci) {
    const [m, exp] = value.toExponential((o.digits ?? 4) - 1).split('e') as [string, string];
    const shown = Number(`${m}e${exp}`);
    const tex = `${mantissa(m)} \\times 10^{${Number(exp)}}${suffix}`;
    return { tex, exact: nearlyEqual(shown, value) };
  }
  if (o.decimals !== undefined) text = value.toFixed(o.decimals);
  else if (Number.isInteger(value)) text = String(value);
  else text = mantissa(value.toPrecision(o.digits ?? 4));
  // toPrecision answers 1.16e+5 for large numbers with few digits: write 116000.
  if (/e/.test(text)) text = Number(text).toFixed(0);
  if (Number(text) === 0) text = o.decimals !== undefined ? (0).toFixed(o.decimals) : '0';
  return { tex: `${text}${suffix}`, exact: nearlyEqual(Number(text), value) };
}

/** A value as TeX: a number, a vector as (a, b) or a column, a matrix as a bmatrix. */
export function formatValue(v: CalcValue, o: FormatOptions = {}): Shown {
  if (typeof v === 'boolean') throw new CalcError('a truth value cannot be shown; use it in a check line');
  if (isFunction(v)) throw new CalcError(`${describe(v)} cannot be shown as a number; use \\calctex to print its formula`);
  if (isNumber(v)) return formatNumber(v, o);
  const rows = isMatrix(v) ? v.map((row) => row.map((x) => formatNumber(x, o))) : isVector(v) ? v.map((x) => [formatNumber(x, o)]) : [];
  const exact = rows.every((row) => row.every((s) => s.exact));
  if (isVector(v) && !o.column) return { tex: `(${rows.map((r) => r[0]!.tex).join(', ')})`, exact };
  return { tex: `\\begin{bmatrix} ${rows.map((r) => r.map((s) => s.tex).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`, exact };
}

/** The formula of an author's function as TeX. */
export function formatFormula(v: CalcValue): string {
  if (!isFunction(v)) throw new CalcError(`\\calctex prints functions, not ${describe(v)}; use \\calc for values`);
  const parts = v.components.map(toTex);
  return v.vector ? `\\begin{bmatrix} ${parts.join(' \\\\ ')} \\end{bmatrix}` : parts[0]!;
}
