import type { Paragraph, Root } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { LEARNING_RATE_ALPHA, notationProblems } from '../lib/notation';

/**
 * Fails the build when a formula breaks one of the site's notation rules (src/lib/notation.ts),
 * naming the file, the line and the rule. Runs before worked examples are computed, so it reads
 * what the author wrote.
 */
export function remarkNotation() {
  return function transform(tree: Root, file: VFile) {
    const fail = (line: number | undefined, message: string) => file.fail(`${file.path}:${line ?? '?'}: notation: ${message}`);
    const check = (node: InlineMath | Math) => {
      const [problem] = notationProblems(node.value);
      if (problem) fail(node.position?.start.line, `${problem.message} (in '${node.value.slice(0, 60)}')`);
    };
    visit(tree, 'inlineMath', check);
    visit(tree, 'math', check);
    visit(tree, 'paragraph', (p: Paragraph) => {
      p.children.forEach((child, i) => {
        const next = p.children[i + 1];
        if (child.type === 'text' && LEARNING_RATE_ALPHA.test(child.value) && next?.type === 'inlineMath' && /^\s*\\alpha\b/.test(next.value)) {
          fail(next.position?.start.line, 'the learning rate is written \\eta, not \\alpha');
        }
      });
    });
  };
}
