import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { rehypeDisplayMathScroll } from './rehype-display-math-scroll';
import { rehypeFailOnKatexError } from './rehype-fail-on-katex-error';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';
import { rehypeInlineMathNowrap } from './rehype-inline-math-nowrap';
import { remarkCalc } from './remark-calc';
import { remarkNotation } from './remark-notation';
import { remarkTermLinks, type RemarkTermLinksOptions } from './remark-term-links';

/** KaTeX at build time: MathML kept for screen readers, no trust (no \href, \htmlData ...). */
export const katexOptions = { output: 'htmlAndMathml', strict: 'error', trust: false, maxExpand: 200 } as const;

/**
 * The content pipeline, in order: maths is parsed, its notation checked, worked examples
 * computed (before links are read, so excerpts show the numbers), term links checked and
 * recorded, then KaTeX typesets and any KaTeX failure fails the build; last, display formulas
 * get a keyboard-reachable scroll region, inline formulas keep their punctuation and
 * relations from breaking at a line end, and section headings get ids and "#" links to
 * themselves. Used by the site build
 * and by scripts/check-content.ts, so both see the same stages.
 */
export function markdownPipeline(links: RemarkTermLinksOptions) {
  return {
    remarkPlugins: [remarkMath, remarkNotation, remarkCalc, [remarkTermLinks, links]],
    rehypePlugins: [[rehypeKatex, katexOptions], rehypeFailOnKatexError, rehypeDisplayMathScroll, rehypeInlineMathNowrap, rehypeHeadingAnchors],
  } as const;
}
