import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { uniqueHeadingId } from '../lib/toc';

/** The class of the block around a heading and its anchor link (prose.css). */
export const HEADING_CLASS = 'heading';
/** The class of the "#" link to a heading. */
export const ANCHOR_CLASS = 'heading-anchor';

/** The heading's visible text: KaTeX's MathML copy of a formula is left out. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const c = node.properties['className'];
  if (Array.isArray(c) && c.includes('katex-mathml')) return '';
  return node.children.map(textOf).join('');
}

const span = (properties: Element['properties'], text: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties,
  children: [{ type: 'text', value: text }],
});

/**
 * Section headings (h2, h3) get a stable id, unique on the page and never one the layouts use
 * (a heading that already has an id keeps it), and a "#" link to themselves so a reader can
 * copy the address of a section. The link sits after the heading, not inside it, so the
 * heading's name stays its text; its own name says which section it links to. Heading and
 * link are wrapped in one block, which the stylesheet lays out on one line.
 */
export function rehypeHeadingAnchors() {
  return function transform(tree: Root) {
    const taken = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties['id'] === 'string') taken.add(node.properties['id']);
    });
    visit(tree, 'element', (node, index, parent) => {
      if ((node.tagName !== 'h2' && node.tagName !== 'h3') || parent === undefined || index === undefined) return;
      const text = node.children.map(textOf).join('').replace(/\s+/g, ' ').trim();
      const existing = node.properties['id'];
      const id = typeof existing === 'string' ? existing : uniqueHeadingId(text, taken);
      node.properties['id'] = id;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: [ANCHOR_CLASS], href: `#${id}` },
        children: [span({ ariaHidden: 'true' }, '#'), span({ className: ['visually-hidden'] }, `Link to the section “${text}”`)],
      };
      parent.children[index] = { type: 'element', tagName: 'div', properties: { className: [HEADING_CLASS] }, children: [node, anchor] };
      return [SKIP, index + 1];
    });
  };
}
