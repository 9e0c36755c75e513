import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The colour KaTeX paints what it could not typeset (its default errorColor). */
export const KATEX_ERROR_COLOR = '#cc0000';

function isErrorMarkup(node: Element): boolean {
  const classes = node.properties['className'];
  if (Array.isArray(classes) && classes.includes('katex-error')) return true;
  const style = node.properties['style'];
  return typeof style === 'string' && style.replace(/\s/g, '').toLowerCase().includes(`color:${KATEX_ERROR_COLOR}`);
}

/**
 * Turns KaTeX's soft failures into a failed build. rehype-katex reports a formula it cannot
 * parse as a message on the file and renders red error text instead; and KaTeX itself, when a
 * command is not trusted (\href, \htmlData ...), prints the command in red without throwing.
 * No such text may ship, so this plugin, placed right after rehype-katex, throws with the file,
 * the line and the reason.
 */
export function rehypeFailOnKatexError() {
  return function check(tree: Root, file: VFile) {
    const lines = file.messages
      .filter((m) => m.source === 'rehype-katex')
      .map((m) => `  line ${m.line ?? '?'}: ${m.cause instanceof Error ? m.cause.message : m.reason}`);
    visit(tree, 'element', (node: Element) => {
      if (!isErrorMarkup(node)) return;
      const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      lines.push(`  line ${node.position?.start.line ?? '?'}: '${text}' is not allowed in a formula (untrusted or unknown command)`);
      return 'skip';
    });
    if (lines.length === 0) return;
    throw new Error(`${file.path}: KaTeX cannot render ${lines.length} formula(s):\n${lines.join('\n')}`);
  };
}
