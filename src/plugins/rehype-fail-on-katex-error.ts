import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

/** The colour KaTeX paints what it could not typeset (its default errorColor). */
export const KATEX_ERROR_COLOR = '#cc0000';

/**
 * Markup of a command KaTeX refused without throwing (untrusted: \href, \htmlData ...). The
 * `katex-error` fallback for a parse error is not counted here: rehype-katex reported it already.
 */
function isRefusedCommand(node: Element): boolean {
  const classes = node.properties['className'];
  if (Array.isArray(classes) && classes.includes('katex-error')) return false;
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
    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (!isRefusedCommand(node)) return;
      const text = toText(node);
      // A formula that failed to parse is re-rendered with its bad command in red: reported already.
      if (lines.some((l) => l.includes(text))) return 'skip';
      const line = [...ancestors, node].reverse().find((n) => n.position)?.position?.start.line ?? '?';
      lines.push(`  line ${line}: '${text}' is not allowed in a formula (untrusted or unknown command)`);
      return 'skip';
    });
    if (lines.length === 0) return;
    throw new Error(`${file.path}: KaTeX cannot render ${lines.length} formula(s):\n${lines.join('\n')}`);
  };
}
