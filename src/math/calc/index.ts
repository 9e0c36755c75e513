/**
 * Worked examples computed by the engine: the author defines values and functions in `calc`
 * blocks and writes `\calc{expr}` or `\calctex{expr}` inside maths; the build replaces each with
 * the computed TeX. See run.ts for the statements and syntax.ts for the expressions.
 */
import { evaluate, type Scope } from './evaluate';
import { formatFormula, formatValue, parseOptions } from './format';
import { parseCalc } from './syntax';
import { CalcError } from './value';

export { CalcError } from './value';
export { CalcLineError, runBlock } from './run';
export type { Scope } from './evaluate';

/** A new, empty scope for one file. */
export const createScope = (): Scope => new Map();

const USE = /\\calc(tex)?(?:\[([^\]]*)\])?\{([^{}]*)\}/g;

/** Whether a TeX string uses \calc or \calctex. */
export const usesCalc = (tex: string): boolean => /\\calc(?:tex)?\b/.test(tex);

/**
 * Replaces every `\calc[opts]{expr}` and `\calctex{expr}` in a TeX string by the value computed
 * in `scope`. A rounded value right after '=' is an error: the text must say ≈.
 * @throws CalcError naming the use that failed.
 */
export function substitute(tex: string, scope: Scope): string {
  const out = tex.replace(USE, (whole, isTex: string | undefined, opts: string | undefined, source: string, at: number) => {
    try {
      const value = evaluate(parseCalc(source), scope);
      if (isTex) return `{${formatFormula(value)}}`;
      const shown = formatValue(value, parseOptions(opts));
      const before = tex.slice(0, at).trimEnd();
      if (!shown.exact && /(?:^|[^\\<>!:])=$/.test(before)) {
        throw new CalcError(`the value ${shown.tex} is rounded, so write \\approx before it, not =`);
      }
      return `{${shown.tex}}`;
    } catch (e) {
      if (e instanceof CalcError) throw new CalcError(`${whole}: ${e.message}`);
      throw e;
    }
  });
  if (/\\calc(?:tex)?\b/.test(out)) throw new CalcError(`cannot read this use of \\calc in '${tex.slice(0, 80)}': write \\calc{expr}, \\calc[3]{expr} or \\calctex{f}`);
  return out;
}

/** Evaluates one expression in a scope (for tests). */
export const evaluateIn = (source: string, scope: Scope) => evaluate(parseCalc(source), scope);
