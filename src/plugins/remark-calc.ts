import type { Code, Root } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CalcError, CalcLineError, createScope, runBlock, substitute, usesCalc } from '../math/calc';

/**
 * Worked examples computed at build time. Fenced `calc` blocks define values and functions
 * (and `check` lines that must hold); they are removed from the page. Inside maths,
 * `\calc{expr}` and `\calctex{expr}` are replaced by the computed TeX. Any failure fails the
 * build naming the file and line. The number of uses is recorded in the frontmatter as
 * `calcUses`, so the content checks can require a computed worked example.
 */
export function remarkCalc() {
  return function transform(tree: Root, file: VFile) {
    const scope = createScope();
    const where = (line: number | undefined) => `${file.path}:${line ?? '?'}`;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'calc' || !parent || index === undefined) return;
      try {
        runBlock(node.value, scope);
      } catch (e) {
        if (!(e instanceof CalcError)) throw e;
        const line = e instanceof CalcLineError ? (node.position?.start.line ?? 0) + e.line : node.position?.start.line;
        file.fail(`${where(line)}: calc: ${e.message}`, node);
      }
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    let uses = 0;
    const replace = (node: InlineMath | Math) => {
      if (!usesCalc(node.value)) return;
      uses++;
      try {
        node.value = substitute(node.value, scope);
      } catch (e) {
        if (!(e instanceof CalcError)) throw e;
        file.fail(`${where(node.position?.start.line)}: calc: ${e.message}`, node);
      }
      // remark-math keeps a copy of the TeX for remark-rehype (nested one level for display maths).
      type H = { type: string; value?: string; children?: H[] };
      const copy = (nodes: H[] | undefined): void => {
        for (const h of nodes ?? []) {
          if (h.type === 'text') h.value = node.value;
          copy(h.children);
        }
      };
      copy((node.data as { hChildren?: H[] } | undefined)?.hChildren);
    };
    visit(tree, 'inlineMath', replace);
    visit(tree, 'math', replace);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['calcUses'] = uses;
  };
}
