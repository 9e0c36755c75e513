/**
 * Marks the entry of each "On this page" list whose section is being read, with
 * aria-current="location" (the stylesheet highlights it). It measures the headings only when
 * one crosses the reading line or the page's end comes into view, as IntersectionObserver
 * reports, when a jump has come to rest, and when a scroll ends; never on every scroll event.
 */
import { currentSection } from './toc-current';

/** The reading line sits this fraction of the window's height below its top. */
const LINE = 0.3;

/** Where the list stands in the margin (margin.css), and so is always open. */
const WIDE = '(min-width: 62rem)';

/** Keeps every list open on a wide window and as the reader left it, closed at first, on a narrow one. */
function openWhenWide(root: ParentNode): void {
  const wide = matchMedia(WIDE);
  const sync = (): void => {
    for (const details of root.querySelectorAll<HTMLDetailsElement>('[data-toc] details')) details.open = wide.matches;
  };
  wide.addEventListener('change', sync);
  sync();
}

/** Opens the lists marked `data-toc` under `root` on a wide window and starts following the reader. */
export function followSections(root: ParentNode): void {
  openWhenWide(root);
  const lists = [...root.querySelectorAll<HTMLElement>('[data-toc]')];
  const links = lists.map((list) => [...list.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]);
  const first = links[0] ?? [];
  if (first.length === 0) return;
  const ids = first.map((a) => decodeURIComponent(a.hash.slice(1)));
  const targets = ids.map((id) => document.getElementById(id));
  let shown = -2;
  const update = (): void => {
    const html = document.documentElement;
    const i = currentSection({
      tops: targets.map((t) => (t ? t.getBoundingClientRect().top : Infinity)),
      line: innerHeight * LINE,
      height: innerHeight,
      atEnd: Math.ceil(scrollY + innerHeight) >= html.scrollHeight - 2,
      preferred: ids.indexOf(decodeURIComponent(location.hash.slice(1))),
    });
    if (i === shown) return;
    shown = i;
    for (const list of links) {
      list.forEach((a, j) => (j === i ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
    }
  };
  const crossing = new IntersectionObserver(update, { rootMargin: `0px 0px -${100 - LINE * 100}% 0px` });
  for (const t of targets) if (t) crossing.observe(t);
  const end = document.querySelector('.site-footer');
  if (end) new IntersectionObserver(update).observe(end);
  // A jump to a section is measured at once and again when it has come to rest: the sections
  // drawn by the jump (content-visibility) and land-on-target.ts may still move it, and a move
  // that crosses no observed line would otherwise leave the mark on the section before.
  const afterJump = (): void => {
    update();
    requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(update)));
  };
  addEventListener('hashchange', afterJump);
  addEventListener('scrollend', update);
  update();
}
