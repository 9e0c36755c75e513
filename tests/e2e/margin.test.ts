/**
 * The right margin of a page of prose, as a reader on a desktop and on a phone meets it: the
 * "On this page" list (its links land on their sections, the section being read is marked),
 * heading anchors, margin notes beside a term's first mention that overlap nothing, and the
 * home page's live figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { finishClean, openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const WIDE = { viewport: { width: 1600, height: 1000 } };
const PHONE = { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true };
const GRADIENT = 'glossary/gradient/';
const HESSIAN = 'glossary/hessian/';
const ARTICLE = 'articles/how-backpropagation-computes-a-networks-gradient/';
const TOC = 'nav.toc[aria-label="On this page"]';

/** Lays out every section (content-visibility skips those off screen) and returns to the top. */
async function layOutAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (const s of document.querySelectorAll('section')) s.scrollIntoView();
    window.scrollTo(0, 0);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

describe('the list of the page’s sections', () => {
  it.each([
    [GRADIENT, 2],
    [ARTICLE, 3],
    ['notation/', 2],
  ])('%s lists its sections in order, and each link lands on its section', async (path, depth) => {
    const w = await watchedPage(site, DESKTOP);
    const { page } = w;
    await page.goto(new URL(path, site.url).href);
    await expect(page.locator(TOC).count()).resolves.toBe(1);
    await expect(page.locator(`${TOC} details`).getAttribute('open')).resolves.toBe('');
    // In the margin, right of the text.
    const [toc, text] = await Promise.all([page.locator(TOC).boundingBox(), page.locator('.prose').first().boundingBox()]);
    expect(toc!.x).toBeGreaterThan(text!.x + 600);
    const hrefs = await page.locator(`${TOC} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const selector = depth === 3 ? '.prose h2, .prose h3' : '.prose h2';
    const headings = await page.locator(selector).evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(headings.length).toBeGreaterThan(2);
    // The content's headings, in order, are all listed; term pages also list their own sections.
    expect(hrefs.filter((h) => headings.includes(h))).toEqual(headings);
    if (path === GRADIENT) {
      expect(hrefs).toEqual(['#definition', ...headings, '#interactive', '#video', '#related-terms', '#read-next', '#discussed-in']);
    }
    for (const href of hrefs) {
      await page.locator(`${TOC} a[href="${href}"]`).click();
      await page.waitForFunction((id) => location.hash === id, href);
      // The section's heading comes to rest near the top of the window (or as near as the page's
      // end allows), also when sections drawn only now change the page's height above it.
      const placed = () =>
        page.locator(`[id="${href.slice(1)}"]`).evaluate((el) => {
          const top = el.getBoundingClientRect().top;
          return Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 2 || (top >= 0 && top < 120) ? 'in place' : `at ${top} px`;
        });
      await expect.poll(placed, { message: href }).toBe('in place');
      await expect.poll(() => page.locator(`${TOC} a[aria-current]`).getAttribute('href'), { message: `${href} marked as current`, timeout: 2000 }).toBe(href);
    }
    await finishClean(w);
  });

  it('marks the section being read as the reader scrolls, one at a time', async () => {
    const w = await watchedPage(site, DESKTOP);
    const { page } = w;
    await page.goto(new URL(GRADIENT, site.url).href);
    const current = () => page.locator(`${TOC} a[aria-current="location"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await expect.poll(current).toEqual(['#definition']);
    for (const id of ['a-worked-example', 'video', 'related-terms']) {
      await page.evaluate((target) => {
        const el = document.getElementById(target)!;
        window.scrollTo(0, scrollY + el.getBoundingClientRect().top - 100);
      }, id);
      await expect.poll(current).toEqual([`#${id}`]);
    }
    // The rail stays in view while the page scrolls.
    const box = await page.locator(`${TOC} details`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await finishClean(w);
  });

  it('on a phone, is a collapsed list between the header and the text', async () => {
    const w = await watchedPage(site, PHONE);
    const { page } = w;
    await page.goto(new URL(ARTICLE, site.url).href);
    const inline = page.locator(TOC);
    await expect(inline.isVisible()).resolves.toBe(true);
    await expect(inline.locator('details').getAttribute('open')).resolves.toBeNull();
    const [head, toc, text] = await Promise.all(['.margin-head', TOC, '.prose'].map(async (s) => (await page.locator(s).boundingBox())!));
    expect(toc!.y).toBeGreaterThanOrEqual(head!.y + head!.height);
    expect(toc!.y + toc!.height).toBeLessThanOrEqual(text!.y);
    expect(toc!.x).toBeCloseTo(text!.x, 0);
    await inline.locator('summary').click();
    const link = inline.locator('a').nth(1);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForFunction((id) => location.hash === id, href);
    const top = await page.locator(href).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(150);
    await finishClean(w);
  });
});

describe('heading anchors', () => {
  it.each([GRADIENT, ARTICLE])('%s: each section heading has a unique id and a "#" link that shows on hover and focus', async (path) => {
    const w = await watchedPage(site, DESKTOP);
    const { page } = w;
    await page.goto(new URL(path, site.url).href);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const headings = await page.locator('.prose h2, .prose h3').evaluateAll((hs) =>
      hs.map((h) => {
        const a = h.nextElementSibling;
        return { id: h.id, href: a?.getAttribute('href'), name: a?.textContent, inside: h.querySelector('a') !== null };
      }),
    );
    expect(headings.length).toBeGreaterThan(2);
    for (const h of headings) {
      expect(h.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(h.href).toBe(`#${h.id}`);
      expect(h.name).toMatch(/^#Link to the section “.+”$/);
      expect(h.inside).toBe(false);
    }
    const first = page.locator('.prose .heading-anchor').first();
    const opacity = () => first.evaluate((a) => getComputedStyle(a).opacity);
    await expect(opacity()).resolves.toBe('0');
    await page.locator('.prose .heading').first().hover();
    await expect.poll(opacity).toBe('1');
    await page.mouse.move(0, 0);
    await first.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(opacity).toBe('1');
    await first.press('Enter');
    await page.waitForFunction((id) => location.hash === `#${id}`, headings[0]!.id);
    await finishClean(w);
  });
});

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where every shown note, its link, the rail and the text's blocks are, in page coordinates. */
async function marginGeometry(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY };
    };
    const notes = [...document.querySelectorAll('.margin-note')]
      .filter((n) => n.getBoundingClientRect().width > 0)
      .map((n) => {
        const link = n.parentElement!;
        const line = link.getClientRects()[0]!;
        return { slug: n.getAttribute('data-note-for'), box: box(n), linkTop: line.top + scrollY, linkSlug: /\/glossary\/([^/]+)\//.exec(link.getAttribute('href') ?? '')?.[1] };
      });
    const rail = document.querySelector('nav.toc');
    const blocks = [...document.querySelectorAll('.prose p, .prose li, .prose .math-display, .prose .heading, .prose table')].map(box);
    return { notes, rail: rail ? box(rail) : null, blocks, width: innerWidth, lineHeight: parseFloat(getComputedStyle(document.querySelector('.prose p')!).lineHeight) };
  });
}

const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('margin notes', () => {
  it.each([
    [GRADIENT, DESKTOP],
    [HESSIAN, DESKTOP],
    [ARTICLE, DESKTOP],
    [GRADIENT, WIDE],
    [ARTICLE, WIDE],
  ])('%s at %j: beside the link they explain, clear of each other, the rail and the text', async (path, options) => {
    const w = await watchedPage(site, options);
    const { page } = w;
    await page.goto(new URL(path, site.url).href);
    await layOutAll(page);
    const g = await marginGeometry(page);
    expect(g.notes.length).toBeGreaterThanOrEqual(3);
    const slugs = g.notes.map((n) => n.slug);
    expect(new Set(slugs).size, 'one note per term').toBe(slugs.length);
    for (const n of g.notes) {
      expect(n.slug, 'a note sits in the link to its own term').toBe(n.linkSlug);
      // Its first line is level with the line the link starts on, or a little below it when
      // the note before it reaches down there.
      expect(n.box.top - n.linkTop, `${n.slug} starts level with its link`).toBeGreaterThanOrEqual(-2);
      expect(n.box.top - n.linkTop, `${n.slug} stays near its line`).toBeLessThan(4 * g.lineHeight);
      expect(n.box.right, `${n.slug} inside the window`).toBeLessThanOrEqual(g.width);
      expect(n.box.right, `${n.slug} left of the rail`).toBeLessThanOrEqual(g.rail!.left);
      for (const b of g.blocks) expect(overlap(n.box, b), `${n.slug} clear of the text`).toBe(false);
    }
    for (let i = 0; i < g.notes.length; i++) {
      for (let j = i + 1; j < g.notes.length; j++) expect(overlap(g.notes[i]!.box, g.notes[j]!.box), `${slugs[i]} and ${slugs[j]}`).toBe(false);
    }
    await finishClean(w);
  });

  it('leave out the page’s own term and its related terms', async () => {
    const w = await watchedPage(site, DESKTOP);
    const { page } = w;
    await page.goto(new URL(GRADIENT, site.url).href);
    const noted = await page.locator('.margin-note').evaluateAll((ns) => ns.map((n) => n.getAttribute('data-note-for')));
    const related = await page.locator('section:has(#related-terms) li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]));
    expect(related.length).toBeGreaterThan(0);
    expect(noted.filter((s) => related.includes(s!) || s === 'gradient')).toEqual([]);
    // Hidden from assistive technology: the link beside it is announced as usual.
    await expect(page.locator('.margin-note[aria-hidden="true"]').count()).resolves.toBe(noted.length);
    await finishClean(w);
  });

  it.each([
    [GRADIENT, PHONE],
    [ARTICLE, PHONE],
    [GRADIENT, { viewport: { width: 900, height: 1000 } }],
  ])('%s at %j: no notes and no rail; the text keeps the screen', async (path, options) => {
    const w = await watchedPage(site, options);
    const { page } = w;
    await page.goto(new URL(path, site.url).href);
    await layOutAll(page);
    const shown = await page.locator('.margin-note').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0).length);
    expect(shown).toBe(0);
    // The list is above the text, in its column, not beside it.
    const [toc, text] = await Promise.all([page.locator(TOC).boundingBox(), page.locator('.prose').first().boundingBox()]);
    expect(toc!.x).toBeCloseTo(text!.x, 0);
    expect(toc!.y + toc!.height).toBeLessThanOrEqual(text!.y);
    await expect(page.locator('.margin-note').count()).resolves.toBeGreaterThan(0);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(wide).toBeLessThanOrEqual(0);
    await finishClean(w);
  });
});

describe('the home page', () => {
  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])('%s: shows the live gradient field near the top, with a caption and a way to the Gradient page', async (_device, options) => {
    const w = await watchedPage(site, options);
    const { page } = w;
    await page.goto(site.url);
    const figure = page.locator('#figure-home');
    const top = await figure.evaluate((f) => f.getBoundingClientRect().top);
    expect(top).toBeLessThan(options.viewport.height * 1.25);
    // The build drew the picture: the plot is in the HTML before any script runs.
    await expect(figure.locator('[data-widget="gradient-field"] svg').count()).resolves.toBeGreaterThan(0);
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('#figure-home [data-widget="gradient-field"][data-ready]');
    await expect(figure.locator('figcaption').textContent()).resolves.toMatch(/Drag the probe/);
    await expect(figure.locator('figcaption a').getAttribute('href')).resolves.toBe('/glossary/gradient/');
    // Its own state: moving it does not write the home page's address.
    expect(new URL(page.url()).search).toBe('');
    await finishClean(w);
  });
});
