/**
 * A tiny typesetting model for the step panel: a formula is a list of tokens that a Svelte
 * component renders as styled HTML (italic variables with subscripts, stacked ∂-fractions) and
 * that `toText` turns into plain text for the live region and for tests. No TeX, no runtime
 * KaTeX: the formulas here are short and fixed in shape.
 */
import { formatFactor, formatNumber } from '../shared/format';

/** A variable such as w₁: its letter and optional subscript. */
export interface Sym {
  name: string;
  sub: string;
}

/** One piece of a formula. */
export type Token =
  | { kind: 'sym'; sym: Sym }
  | { kind: 'num'; text: string }
  | { kind: 'op'; text: string }
  | { kind: 'fn'; text: string }
  | { kind: 'partial'; of: Sym; by: Sym };

/** A formula: a chain of sides joined by "=", each side a token list. */
export type Formula = Token[][];

/** The symbol of a node's name: 'w1' → w with subscript 1, 'L' → L, 'e²' → e². */
export function symOf(id: string): Sym {
  const m = /^([A-Za-z]+?)(\d*)$/.exec(id);
  return m ? { name: m[1] ?? id, sub: m[2] ?? '' } : { name: id, sub: '' };
}

/** Token builders, short because formulas are written with many of them. */
export const t = {
  sym: (id: string): Token => ({ kind: 'sym', sym: symOf(id) }),
  num: (v: number): Token => ({ kind: 'num', text: formatNumber(v) }),
  /** A number used as a factor: negatives get brackets. */
  factor: (v: number): Token => ({ kind: 'num', text: formatFactor(v) }),
  op: (text: string): Token => ({ kind: 'op', text }),
  /** A literal number written as such, e.g. the 1 in 1 − a. */
  lit: (text: string): Token => ({ kind: 'num', text }),
  fn: (text: string): Token => ({ kind: 'fn', text }),
  d: (of: string, by: string): Token => ({ kind: 'partial', of: symOf(of), by: symOf(by) }),
};

/** Joins token lists with an operator between them, e.g. factors with "·". */
export function joinWith(parts: readonly Token[][], op: string): Token[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [t.op(op), ...p]));
}

const SUBSCRIPT: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉' };

/** A symbol as plain text, subscript digits as Unicode subscripts: w₁. */
export function symText(s: Sym): string {
  return s.name + [...s.sub].map((c) => SUBSCRIPT[c] ?? c).join('');
}

/** Plain text of one side. Operators get spaces around them except brackets. */
export function sideText(side: readonly Token[]): string {
  let out = '';
  for (const tok of side) {
    switch (tok.kind) {
      case 'sym':
        out += symText(tok.sym);
        break;
      case 'num':
      case 'fn':
        out += tok.text;
        break;
      case 'partial':
        out += `∂${symText(tok.of)}/∂${symText(tok.by)}`;
        break;
      case 'op':
        out += /^[()²]$/.test(tok.text) ? tok.text : tok.text === ',' ? ', ' : ` ${tok.text} `;
        break;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Plain text of a formula: "∂L/∂z = ∂L/∂a · ∂a/∂z = −0.438 · 0.246 = −0.108". */
export function toText(formula: Formula): string {
  return formula.map(sideText).join(' = ');
}
