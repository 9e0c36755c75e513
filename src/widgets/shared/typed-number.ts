/**
 * What a number typed into a figure's field means, with one behaviour in every figure: a
 * number inside the field's range is used; anything else is refused with a sentence that says
 * the range and which value stays. Nothing is clamped silently.
 */
import { parseNumber } from './format';
import { quote } from './url-params';

/** A field's range and how to name it in a sentence. */
export interface TypedRange {
  min: number;
  max: number;
  /** The quantity, e.g. "x₀". */
  name: string;
  /** Why the range is what it is, e.g. "the edges of the plot" (optional). */
  why?: string;
}

/** The outcome: the value to use, or the message to show beside the field. */
export type TypedNumber = { ok: true; value: number } | { ok: false; message: string };

/** A number as a reader would type it: up to 6 significant digits, a true minus sign. */
export function plainNumber(v: number): string {
  return String(Number(v.toPrecision(6))).replace('-', '−');
}

/** Reads `text` against `range`; `current` is the value that stays when it is refused. */
export function readTypedNumber(text: string, range: TypedRange, current: number): TypedNumber {
  const v = parseNumber(text);
  const stays = `${range.name} stays ${plainNumber(current)}`;
  if (!Number.isFinite(v)) return { ok: false, message: `${quote(text.trim())} is not a number; ${stays}.` };
  if (v < range.min || v > range.max) {
    const why = range.why ? ` (${range.why})` : '';
    return { ok: false, message: `${range.name} goes from ${plainNumber(range.min)} to ${plainNumber(range.max)}${why}; ${plainNumber(v)} is outside, so ${stays}.` };
  }
  return { ok: true, value: v };
}
