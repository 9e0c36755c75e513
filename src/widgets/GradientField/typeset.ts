/**
 * f, ∂f/∂x and ∂f/∂y typeset as MathML by KaTeX. KaTeX is loaded only when a formula other
 * than the one rendered at build time must be shown (it is a large module), and always with
 * output 'mathml': that markup carries no style attributes, which the page's Content Security
 * Policy would block, and Chromium, Firefox and Safari render MathML Core natively.
 */
import { fieldToTex } from '../../math';
import { tidyMathml } from './mathml';

/** MathML markup of the three formulas, in the order f, ∂f/∂x, ∂f/∂y. */
export type FormulaHtml = [string, string, string];

/** What the build rendered: the source and its three formulas. */
export interface StaticMath {
  source: string;
  html: FormulaHtml;
}

type Katex = typeof import('katex').default;
let loading: Promise<Katex> | null = null;

/** Loads KaTeX once. */
export function loadKatex(): Promise<Katex> {
  loading ??= import('katex').then((m) => m.default);
  return loading;
}

/** The left-hand sides, in LaTeX. */
export const LEFT_SIDES = ['f(x, y)', '\\dfrac{\\partial f}{\\partial x}', '\\dfrac{\\partial f}{\\partial y}'] as const;

/** KaTeX options for rendering (at build time and at run time): no trust, bounded sizes, MathML only. */
export const OPTIONS = { output: 'mathml', throwOnError: false, trust: false, strict: 'ignore', maxSize: 10, maxExpand: 100 } as const;

/** The three formulas of a source as MathML, or null if it cannot be printed. */
export function typesetField(katex: Katex, source: string): FormulaHtml | null {
  let tex;
  try {
    tex = fieldToTex(source);
  } catch {
    return null;
  }
  const parts = [tex.f, tex.dx, tex.dy];
  return parts.map((t, i) => tidyMathml(katex.renderToString(`${LEFT_SIDES[i]} = ${t}`, OPTIONS))) as FormulaHtml;
}
