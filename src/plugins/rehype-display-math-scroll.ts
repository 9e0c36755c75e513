import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The class of the region that holds one display formula (styled in prose.css). */
export const DISPLAY_MATH_CLASS = 'math-display';

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
}

/**
 * Wraps each display formula (KaTeX's `.katex-display`) in a region that scrolls sideways.
 *
 * A formula wider than a phone's column cannot be broken at a good point in general, so it
 * scrolls. A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable),
 * hence tabindex="0"; a focusable element needs a role and a name, hence role="group" and an
 * aria-label. The scroll shadows that show there is more (prose.css) are drawn on this region.
 * The formula's MathML stays inside, so screen readers still read the maths itself.
 */
export function rehypeDisplayMathScroll() {
  return function wrap(tree: Root) {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !hasClass(node, 'katex-display')) return;
      if (parent.type === 'element' && hasClass(parent, DISPLAY_MATH_CLASS)) return 'skip';
      const region: Element = {
        type: 'element',
        // A span, not a div: the formula may sit where only phrasing content is allowed.
        tagName: 'span',
        properties: { className: [DISPLAY_MATH_CLASS], tabIndex: 0, role: 'group', ariaLabel: 'Formula' },
        children: [node as ElementContent],
      };
      parent.children[index] = region;
      return 'skip';
    });
  };
}
