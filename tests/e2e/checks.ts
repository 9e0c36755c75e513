/**
 * Checks of one loaded page that concern its own content, shared by the sweep over every page
 * (every-page.test.ts) and the tests that look closer at a few (reader.test.ts). Each returns
 * a list of problems, empty when the page is sound, so a failure names what is wrong where.
 */
import type { Page } from 'playwright-core';

/** The axe rules a page's own prose and maths can break; the rest depend on the shared layout. */
export const CONTENT_RULES = [
  'scrollable-region-focusable',
  'link-name',
  'list',
  'listitem',
  'definition-list',
  'dlitem',
  'aria-hidden-focus',
  'nested-interactive',
  'duplicate-id-aria',
  'aria-allowed-attr',
  'aria-required-children',
  'aria-valid-attr-value',
  'empty-heading',
  'image-alt',
  'role-img-alt',
];

/** axe violations as short lines: rule, impact, and the first few offending selectors. */
export function summarise(violations: { id: string; impact?: string | null; nodes: { target: unknown }[] }[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/**
 * Everything on one page at 360 px that concerns maths layout: each display formula sits in a
 * focusable, named region that is inside the viewport and shows scroll shadows; an inline
 * formula's closing punctuation, a relation's right-hand side and a closing bracket are on the
 * same line as what they follow.
 */
export async function mathLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => (el.querySelector('annotation')?.textContent ?? '').slice(0, 60);
    for (const display of document.querySelectorAll('.katex-display')) {
      const region = display.parentElement;
      if (!region?.matches('.math-display[tabindex="0"][role="group"][aria-label]')) {
        problems.push(`display formula not in a focusable region: ${name(display)}`);
        continue;
      }
      const box = region.getBoundingClientRect();
      if (box.right > innerWidth + 0.5 || box.left < -0.5) problems.push(`formula region outside the viewport: ${name(display)}`);
      if (region.scrollWidth > region.clientWidth + 1 && !getComputedStyle(region).backgroundImage.includes('radial-gradient')) {
        problems.push(`formula scrolls without a cue: ${name(display)}`);
      }
    }
    const lineOf = (r: DOMRect) => r.top + r.height / 2;
    for (const katex of document.querySelectorAll('.katex')) {
      if (katex.closest('.katex-display') || katex.closest('[data-widget]')) continue;
      const bases = [...katex.querySelectorAll('.katex-html .base')];
      const last = bases.at(-1);
      if (!last) continue;
      // The text right after the formula (or after the link or emphasis that ends with it).
      let unit: Node = katex;
      while (unit.parentElement && unit.parentElement.lastChild === unit && unit.parentElement.matches('a, em, strong, b, i, .math-nowrap')) unit = unit.parentElement;
      const next = unit.nextSibling;
      if (next?.nodeType === Node.TEXT_NODE && /^[,.;:!?)]/.test(next.textContent ?? '')) {
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        const punct = range.getBoundingClientRect();
        const end = last.getBoundingClientRect();
        if (Math.abs(punct.bottom - end.bottom) > end.height) problems.push(`'${next.textContent?.[0]}' starts a line after ${name(katex)}`);
      }
      for (let i = 0; i + 1 < bases.length; i++) {
        const rel = [...bases[i]!.children].reverse().find((c) => !c.classList.contains('mspace'));
        if (!rel?.classList.contains('mrel')) continue;
        const a = rel.getBoundingClientRect();
        const b = bases[i + 1]!.getBoundingClientRect();
        if (Math.abs(lineOf(a) - lineOf(b)) > a.height) problems.push(`relation '${rel.textContent}' split from its right-hand side in ${name(katex)}`);
      }
      // A bracket and the one that closes it are on one line.
      const open: Element[] = [];
      for (const piece of bases.flatMap((b) => [...b.children])) {
        if (piece.classList.contains('mopen')) open.push(piece);
        else if (piece.classList.contains('mclose')) {
          const start = open.pop();
          if (start && Math.abs(lineOf(start.getBoundingClientRect()) - lineOf(piece.getBoundingClientRect())) > start.getBoundingClientRect().height) {
            problems.push(`brackets split over two lines in ${name(katex)}`);
          }
        }
      }
    }
    return problems;
  });
}

/** Parts of the video poster (play button, title, channel, note) clipped by the poster or the viewport. */
export async function posterProblems(page: Page): Promise<string[]> {
  if ((await page.locator('[data-video]').count()) === 0) return [];
  await page.locator('[data-video]').scrollIntoViewIfNeeded();
  return page.locator('[data-video-frame]').evaluate((frame) => {
    const out: string[] = [];
    const f = frame.getBoundingClientRect();
    for (const part of frame.querySelectorAll('.play, .title, .channel, .note')) {
      const b = part.getBoundingClientRect();
      if (b.top < f.top - 0.5 || b.bottom > f.bottom + 0.5 || b.left < f.left - 0.5 || b.right > f.right + 0.5) out.push(`${part.className} clipped by the poster`);
      if (b.left < 0 || b.right > innerWidth) out.push(`${part.className} outside the viewport`);
    }
    const card = frame.querySelector('[data-video-play]');
    if (card && card.scrollHeight > card.clientHeight + 1) out.push('poster content taller than the poster');
    return out;
  });
}

/** "Discussed in" excerpts that neither end a sentence nor end in an ellipsis. */
export async function excerptProblems(page: Page): Promise<string[]> {
  // textContent includes the MathML's TeX annotation; the visible text is what counts.
  const ends = await page.locator('#discussed-in ~ ul blockquote').evaluateAll((quotes) =>
    quotes.map((q) => {
      const copy = q.cloneNode(true) as Element;
      copy.querySelectorAll('.katex-mathml').forEach((m) => m.remove());
      return (copy.textContent ?? '').trim();
    }),
  );
  return ends.filter((text) => !/[.!?…]["'’”)\]]*$/u.test(text)).map((text) => `excerpt cut mid-sentence: …${text.slice(-40)}`);
}
