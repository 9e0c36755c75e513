import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { visit } from 'unist-util-visit';

/** The class of the span that keeps a formula and its punctuation on one line (prose.css). */
export const NOWRAP_CLASS = 'math-nowrap';
/** The class of the span that keeps a relation with its right-hand side (prose.css). */
export const NOBREAK_CLASS = 'math-nobreak';

/** Punctuation that closes a phrase: it must never start a line after a formula. */
const TRAILING = /^[,.;:!?…)\]}’”»]+/u;
/** Punctuation that opens one: it must never end a line before a formula. */
const LEADING = /[(\[{‘“«]+$/u;

function classes(node: RootContent | Root): string[] {
  if (node.type !== 'element') return [];
  const c = node.properties['className'];
  return Array.isArray(c) ? c.map(String) : [];
}

// A plain boolean, not a type guard: a guard's false branch would rule out every element.
const isInlineKatex = (node: RootContent): boolean => classes(node).includes('katex');

/** The formula itself, or the inline element (a link, an emphasis) that ends or starts with it. */
function endsWithMath(node: RootContent, side: 'first' | 'last'): boolean {
  if (isInlineKatex(node)) return true;
  if (node.type !== 'element' || !['a', 'em', 'strong', 'span', 'b', 'i'].includes(node.tagName)) return false;
  const child = side === 'last' ? node.children.at(-1) : node.children[0];
  return child !== undefined && endsWithMath(child, side);
}

/** The formulas already grouped, so that each is grouped once however it is reached. */
const joined = new WeakSet<Element>();

const text = (value: string): Text => ({ type: 'text', value });

/** The formula at one edge of a unit (the formula itself, or the link or emphasis around it). */
function edgeKatex(node: ElementContent, side: 'first' | 'last'): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (isInlineKatex(node)) return node;
  const child = side === 'last' ? node.children.at(-1) : node.children[0];
  return child ? edgeKatex(child, side) : undefined;
}

/**
 * Puts the formula's first or last base in a nowrap span. Chromium decides whether a line may
 * break beside one of KaTeX's inline-block bases by the white-space of the base's parent, not
 * of the nearest common ancestor, so a nowrap span around formula and comma alone does not stop
 * the comma from starting a line (seen in Chromium 150); a nowrap parent for the edge base does.
 */
function pinEdge(katex: Element, side: 'first' | 'last'): void {
  const html = katex.children.find((c): c is Element => classes(c).includes('katex-html'));
  if (!html) return;
  const at = side === 'last' ? html.children.length - 1 : 0;
  const base = html.children[at];
  if (!base || classes(base).includes(NOBREAK_CLASS)) return;
  html.children[at] = { type: 'element', tagName: 'span', properties: { className: [NOBREAK_CLASS] }, children: [base] };
}

/**
 * Groups KaTeX's top-level pieces so that no line ends on a relation. KaTeX sets an inline
 * formula as a row of `.base` boxes and lets the line break after each relation (=, ≈, <) and
 * binary operator, as TeX does; a relation left at a line end reads as a sentence cut off
 * ("the loss ≈" / "0.3"). A base that ends on a relation is joined to the base after it in a
 * nowrap span, so breaks remain only after binary operators; and none inside brackets, where
 * a break ("(a −" / "y)") splits a group the eye reads as one.
 */
function joinRelations(katex: Element): void {
  const html = katex.children.find((c): c is Element => classes(c).includes('katex-html'));
  if (!html || joined.has(html)) return;
  joined.add(html);
  const out: ElementContent[] = [];
  let group: ElementContent[] = [];
  // Brackets still open after the bases so far: "(a −" must not end a line either.
  let depth = 0;
  const endsOnRelation = (base: ElementContent): boolean => {
    if (base.type !== 'element' || !classes(base).includes('base')) return depth > 0;
    for (const c of base.children) {
      if (classes(c).includes('mopen')) depth++;
      else if (classes(c).includes('mclose')) depth = Math.max(0, depth - 1);
    }
    const last = [...base.children].reverse().find((c) => !classes(c).includes('mspace'));
    return depth > 0 || (last !== undefined && classes(last).includes('mrel'));
  };
  const flush = () => {
    if (group.length > 1) out.push({ type: 'element', tagName: 'span', properties: { className: [NOBREAK_CLASS] }, children: group });
    else out.push(...group);
    group = [];
  };
  for (const child of html.children) {
    group.push(child);
    if (!endsOnRelation(child)) flush();
  }
  flush();
  html.children = out;
}

/**
 * Keeps inline maths from breaking badly at a line end: punctuation after a formula (and an
 * opening bracket or quote before it) is wrapped with the formula in a nowrap span, so a comma
 * or a full stop never starts a line on its own; and relations stay with their right-hand side
 * (see joinRelations). Display formulas are left alone (they scroll; see
 * rehype-display-math-scroll).
 */
export function rehypeInlineMathNowrap() {
  return function transform(tree: Root) {
    visit(tree, 'element', (node: Element) => {
      if (classes(node).includes('katex-display')) return 'skip';
      if (isInlineKatex(node)) {
        joinRelations(node);
        return 'skip';
      }
      if (classes(node).includes(NOWRAP_CLASS)) return undefined;
      const children: ElementContent[] = [];
      const source = node.children;
      for (let i = 0; i < source.length; i++) {
        const child = source[i] as ElementContent;
        if (!endsWithMath(child, 'last') && !endsWithMath(child, 'first')) {
          children.push(child);
          continue;
        }
        const before = children.at(-1);
        const after = source[i + 1];
        const open = before?.type === 'text' && endsWithMath(child, 'first') ? LEADING.exec(before.value)?.[0] : undefined;
        const close = after?.type === 'text' && endsWithMath(child, 'last') ? TRAILING.exec(after.value)?.[0] : undefined;
        if (!open && !close) {
          children.push(child);
          continue;
        }
        const group: ElementContent[] = [];
        const katex = { first: edgeKatex(child, 'first'), last: edgeKatex(child, 'last') };
        if (katex.first) joinRelations(katex.first);
        if (katex.last && katex.last !== katex.first) joinRelations(katex.last);
        if (open && katex.first) pinEdge(katex.first, 'first');
        if (close && katex.last) pinEdge(katex.last, 'last');
        if (open && before?.type === 'text') {
          before.value = before.value.slice(0, -open.length);
          if (before.value === '') children.pop();
          group.push(text(open));
        }
        group.push(child);
        if (close && after?.type === 'text') {
          group.push(text(close));
          const rest = after.value.slice(close.length);
          // The rest of the text is handled on the next turn, as the formula's right neighbour.
          if (rest === '') i++;
          else source[i + 1] = text(rest);
        }
        children.push({ type: 'element', tagName: 'span', properties: { className: [NOWRAP_CLASS] }, children: group });
      }
      node.children = children;
      return undefined;
    });
  };
}
