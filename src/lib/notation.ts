/**
 * The site's notation rules that a machine can check in a formula's TeX source, each with the
 * message an author sees. The rules themselves are explained on the page /notation/.
 */

/** One rule: a pattern that must not occur, and what to write instead. */
export interface NotationRule {
  id: string;
  pattern: RegExp;
  message: string;
}

export const NOTATION_RULES: readonly NotationRule[] = [
  // ^T is a transpose unless it is the upper limit of a sum or product (\sum_{t=1}^T).
  {
    id: 'transpose',
    pattern: /(?<!\\(?:sum|prod|int|bigcup|bigcap|lim)(?:_\{[^{}]*\}|_[A-Za-z0-9])?\s*)\^\s*(?:T|\{\s*T\s*\})(?![A-Za-z])/,
    message: 'write ^\\top for the transpose, not ^T',
  },
  { id: 'log', pattern: /\\ln(?![A-Za-z])/, message: 'write \\log for the natural logarithm (\\log_2 for bits), not \\ln' },
  { id: 'inner-product', pattern: /\\langle|\\rangle/, message: 'write inner products as u^\\top v, not with angle brackets' },
  {
    id: 'dot-gradient',
    pattern: /(?:\b[uvwx]|\\delta|\\theta)\s*\\cdot\s*\\nabla|\\nabla [^=]*?\)\s*\\cdot\s*(?:\\delta|[uvwx])\b/,
    message: 'write the inner product with a gradient as u^\\top \\nabla f(x), not with \\cdot',
  },
  { id: 'normal-variance', pattern: /\\mathcal\{N\}\s*\(\s*[^,()]+,\s*\\sigma\s*\)/, message: 'the second argument of \\mathcal{N} is the variance: write \\sigma^2' },
  { id: 'kl', pattern: /D_\{?\s*KL/, message: 'write D_{\\mathrm{KL}} for the KL divergence' },
  { id: 'argmin', pattern: /\\arg\s*\\(?:min|max)|(?<![\\,])\barg(?:min|max)(?![A-Za-z])/, message: 'write \\operatorname*{arg\\,min} (or arg\\,max)' },
];

/** Rules a formula breaks, in rule order. */
export function notationProblems(tex: string): NotationRule[] {
  return NOTATION_RULES.filter((r) => r.pattern.test(tex));
}

/** The learning rate is η: prose that names it and then writes α breaks the rule. */
export const LEARNING_RATE_ALPHA = /learning[ -]rate\s*(?:\(|,)?\s*$/i;
