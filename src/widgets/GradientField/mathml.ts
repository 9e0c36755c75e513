/**
 * KaTeX's MathML, made to read like the page's other maths:
 * - a minus sign that starts a term (after an opening bracket, a relation, another operator or
 *   at the start of a group) is marked form="prefix", so the browser sets it tight against
 *   what follows ("= −sin y"), not with the spaces of a binary minus ("= − sin y");
 * - a one-letter identifier gets class "v", which the figure's CSS sets in KaTeX's math italic
 *   (the rest in KaTeX's roman), the fonts of the prose formulas, instead of the browser's
 *   own math font.
 */

/** Operators after which a minus is still binary: closing brackets end a term. */
const CLOSERS = new Set([')', ']', '}', '|', '‖', '⟩']);

/** The MathML with unary minus signs and one-letter variables marked; see the module comment. */
export function tidyMathml(html: string): string {
  const unary = html.replace(/(<mrow>|<mo(?: [^>]*)?>([^<]*)<\/mo>)<mo>([−-])<\/mo>/g, (all, before: string, op: string | undefined, minus: string) =>
    op !== undefined && CLOSERS.has(op) ? all : `${before}<mo form="prefix">${minus}</mo>`,
  );
  return unary.replace(/<mi>([A-Za-z\u0391-\u03c9])<\/mi>/g, '<mi class="v">$1</mi>');
}
