/**
 * Keeps a jump to a section where the reader expects it. The browser places the target of a
 * link to #id (or of a page opened with one) from the sizes the sections have at that moment,
 * and a section never drawn yet (content-visibility: auto) has only its placeholder height;
 * drawing the sections that come on screen can then move the target by a few lines. Once the
 * jump has been drawn, the target is put back where its scroll margin places it.
 */

/** How far (px) the target may sit from its place before it is moved back. */
const SLACK = 1;

/** Re-aligns the current target two frames after a jump: one to draw, one to settle. */
function settle(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
      if (Math.abs(target.getBoundingClientRect().top - margin) > SLACK) target.scrollIntoView({ block: 'start' });
    }),
  );
}

/** Follows every in-page jump: hash changes, a click on a link to the current hash, the first load. */
export function landOnTargets(): void {
  addEventListener('hashchange', settle);
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link && link.getAttribute('href') === location.hash) settle();
  });
  if (location.hash) addEventListener('load', settle, { once: true });
}
