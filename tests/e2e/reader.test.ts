/**
 * What a reader sees on a 360 px phone and a 1280 px desktop: every face in its own font with
 * no layout shift, display maths that scrolls with a cue and by keyboard, a video poster that
 * fits, inline maths that keeps its punctuation and relations at a line end, excerpts that say
 * when they were cut, and passages that land with room above them.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from './harness';
import { hydrateAll, PAGES } from './pages';

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };
const SAMPLE = ['/', '/glossary/gradient/', '/glossary/hessian/', '/articles/how-a-neuron-learns/'];
const CONTENT_PAGES = PAGES.filter((p) => /^\/(glossary|articles)\/[^/]+\/$/.test(p) && !p.startsWith('/glossary/areas/'));

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** The families this site self-hosts; text whose first family is another (KaTeX, mono) is not checked. */
const OWN = ['Inter', 'Source Serif 4'];

/**
 * The font each text-bearing element is actually drawn in, as Chromium reports it
 * (CSS.getPlatformFontsForNode), for one element per distinct family/weight/style, restricted
 * to the first screen when `firstScreen` is set.
 */
async function renderedFaces(page: Page, firstScreen = false) {
  const wanted = await page.evaluate(
    ({ own, firstScreen }) => {
      const seen = new Map<string, Element>();
      for (const el of document.body.querySelectorAll('*')) {
        if (el.closest('.katex, script, style, .visually-hidden, [hidden]')) continue;
        const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\p{L}/u.test(n.textContent ?? ''));
        if (!hasText) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (firstScreen && (box.top >= innerHeight || box.bottom <= 0)) continue;
        const style = getComputedStyle(el);
        const family = style.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
        if (!own.includes(family)) continue;
        const weight = Number(style.fontWeight) >= 550 ? 600 : 400;
        const key = `${family}|${weight}|${style.fontStyle === 'normal' ? 'normal' : 'italic'}`;
        if (!seen.has(key)) seen.set(key, el);
      }
      return [...seen].map(([key, el], i) => {
        el.setAttribute('data-font-probe', String(i));
        return key;
      });
    },
    { own: OWN, firstScreen },
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const faces: { key: string; drawnIn: string }[] = [];
  for (const [i, key] of wanted.entries()) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-font-probe="${i}"]` });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
    faces.push({ key, drawnIn: main ? `${main.familyName}${main.isCustomFont ? '' : ' (local)'}` : 'none' });
  }
  await cdp.detach();
  return faces;
}

/** Whether a face was drawn in its web font ("Inter SemiBold" is Inter's 600), not a local one. */
const ownFont = (key: string, drawnIn: string) => drawnIn.startsWith(key.split('|')[0]!) && !drawnIn.endsWith('(local)');

/** The @fontsource file name of a face: "Inter|600|normal" -> "inter-latin-600-normal". */
const fileOf = (key: string) => {
  const [family, weight, style] = key.split('|');
  return `${family === 'Inter' ? 'inter' : 'source-serif-4'}-latin-${weight}-${style}`;
};

describe('fonts', () => {
  for (const [device, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it.each(SAMPLE)(`${device}: %s draws every face in its own font, and preloads those of the first screen`, async (path) => {
      const { page, context } = await watchedPage(site, { viewport });
      await page.goto(new URL(path, site.url).href);
      const firstScreen = await renderedFaces(page, true);
      const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
      for (const { key } of firstScreen) {
        expect(preloaded.some((href) => href.includes(`/${fileOf(key)}.`)), `${key} is on the first screen but not preloaded`).toBe(true);
      }
      await hydrateAll(page);
      await page.evaluate(() => document.fonts.ready);
      const faces = await renderedFaces(page);
      expect(faces.length).toBeGreaterThan(1);
      for (const { key, drawnIn } of faces) expect(ownFont(key, drawnIn), `${key} drawn in ${drawnIn}`).toBe(true);
      await context.close();
    });
  }

  it('a font that arrives late swaps in over a metric-matched fallback, moving almost nothing', async () => {
    const { page, context } = await watchedPage(site, { viewport: PHONE });
    // Every font response is held back, as on a slow phone connection.
    await context.route('**/_astro/*.woff2', async (route) => {
      await new Promise((ok) => setTimeout(ok, 1500));
      await route.continue();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Not until `load`: that waits for the preloaded fonts, and the point is the time before.
    await page.goto(`${site.url}articles/how-a-neuron-learns/`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.styleSheets.length > 0 && document.body.offsetHeight > 0);
    const before = await renderedFaces(page, true);
    // The fallback really was on screen (else this test would prove nothing).
    expect(before.some((f) => f.drawnIn.endsWith('(local)'))).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const after = await renderedFaces(page, true);
    for (const { key, drawnIn } of after) expect(ownFont(key, drawnIn), `${key} drawn in ${drawnIn}`).toBe(true);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThan(0.05);
    await context.close();
  });

  it('the server sends the cache headers of a static host: hashed assets immutable, HTML revalidated', async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.url}glossary/gradient/`);
    const font = await page.locator('link[rel="preload"][as="font"]').first().getAttribute('href');
    const asset = await page.request.get(new URL(font ?? '', site.url).href);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const html = await page.request.get(`${site.url}glossary/gradient/`);
    expect(html.headers()['cache-control']).toBe('no-cache');
    const etag = html.headers()['etag'] ?? '';
    expect(etag).not.toBe('');
    const again = await page.request.get(`${site.url}glossary/gradient/`, { headers: { 'if-none-match': etag } });
    expect(again.status()).toBe(304);
    await context.close();
  });
});

/**
 * Everything on one page at 360 px that concerns maths layout: each display formula sits in a
 * focusable, named region that is inside the viewport and shows scroll shadows; an inline
 * formula's closing punctuation, a relation's right-hand side and a closing bracket are on the
 * same line as what they follow.
 */
async function mathLayoutProblems(page: Page): Promise<string[]> {
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

describe('maths at 360 px', () => {
  it.each(CONTENT_PAGES.length > 0 ? CONTENT_PAGES : ['/'])('%s: display formulas scroll with a cue and by keyboard, inline formulas break well, axe scrollable-region-focusable passes', async (path) => {
    const { page, context } = await watchedPage(site, { viewport: PHONE });
    await page.goto(new URL(path, site.url).href);
    await page.evaluate(() => document.fonts.ready);
    expect(await mathLayoutProblems(page)).toEqual([]);
    const axe = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
    expect(axe.violations.map((v) => v.nodes.map((n) => JSON.stringify(n.target)).join(', '))).toEqual([]);
    await context.close();
  });

  it('a wide formula on Hessian can be reached with Tab and scrolled with the arrow keys', async () => {
    const { page, context } = await watchedPage(site, { viewport: PHONE });
    await page.goto(`${site.url}glossary/hessian/`);
    const index = await page.locator('.math-display').evaluateAll((regions) => regions.findIndex((r) => r.scrollWidth > r.clientWidth + 1));
    expect(index).toBeGreaterThanOrEqual(0);
    const region = page.locator('.math-display').nth(index);
    await region.evaluate((r) => {
      // Focus the element just before it, so that one Tab reaches the region as a reader's would.
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')];
      all[all.indexOf(r as HTMLElement) - 1]?.focus();
    });
    await page.keyboard.press('Tab');
    expect(await region.evaluate((r) => r === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    expect(await region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
    await context.close();
  });
});

describe('video poster', () => {
  const videoPages = CONTENT_PAGES.filter((p) => p.startsWith('/glossary/'));
  it.each([['phone', PHONE], ['desktop', DESKTOP]] as const)('%s: the play button and the note fit inside the poster and the viewport on every term page with a video', async (_device, viewport) => {
    const { page, context } = await watchedPage(site, { viewport });
    let checked = 0;
    for (const path of videoPages) {
      await page.goto(new URL(path, site.url).href);
      if ((await page.locator('[data-video]').count()) === 0) continue;
      checked++;
      await page.locator('[data-video]').scrollIntoViewIfNeeded();
      const problems = await page.locator('[data-video-frame]').evaluate((frame) => {
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
      expect(problems, path).toEqual([]);
    }
    expect(checked).toBeGreaterThan(0);
    await context.close();
  }, 600_000);

  it('the player is 16:9 and its iframe logs no warning about allowfullscreen', async () => {
    const { page, context } = await watchedPage(site, { viewport: PHONE });
    const warnings: string[] = [];
    page.on('console', (m) => warnings.push(m.text()));
    await page.goto(`${site.url}glossary/gradient/`);
    await page.locator('[data-video-play]:not([disabled])').click();
    const iframe = page.locator('[data-video-frame] iframe');
    await iframe.waitFor();
    expect(await iframe.evaluate((f) => f.hasAttribute('allowfullscreen'))).toBe(false);
    expect(await iframe.getAttribute('allow')).toContain('fullscreen');
    const box = (await iframe.boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    await page.waitForTimeout(200);
    expect(warnings.filter((w) => /allowfullscreen/i.test(w))).toEqual([]);
    await context.close();
  });
});

describe('"Discussed in"', () => {
  it('every excerpt ends a sentence or ends in an ellipsis', async () => {
    const { page, context } = await watchedPage(site);
    const bad: string[] = [];
    for (const path of CONTENT_PAGES.filter((p) => p.startsWith('/glossary/'))) {
      await page.goto(new URL(path, site.url).href);
      // textContent includes the MathML's TeX annotation; the visible text is what counts.
      const ends = await page.locator('#discussed-in ~ ul blockquote').evaluateAll((quotes) =>
        quotes.map((q) => {
          const copy = q.cloneNode(true) as Element;
          copy.querySelectorAll('.katex-mathml').forEach((m) => m.remove());
          return (copy.textContent ?? '').trim();
        }),
      );
      for (const text of ends) if (!/[.!?…]["'’”)\]]*$/u.test(text)) bad.push(`${path}: …${text.slice(-40)}`);
    }
    expect(bad).toEqual([]);
    await context.close();
  }, 600_000);

  it.each([['phone', PHONE], ['desktop', DESKTOP]] as const)('%s: "Read the passage" lands with the passage clear of the top edge', async (_device, viewport) => {
    const { page, context } = await watchedPage(site, { viewport });
    await page.goto(`${site.url}glossary/gradient/`);
    const hrefs = await page.locator('#discussed-in ~ ul a.passage').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      await page.goto(new URL(href, site.url).href);
      await page.waitForTimeout(100);
      const id = decodeURIComponent(href.split('#')[1] ?? '');
      const box = await page.locator(`[id="${id}"]`).evaluate((a) => {
        const link = a.getBoundingClientRect();
        const passage = (a.closest('p, li') ?? a).getBoundingClientRect();
        return { link: link.top, bottom: link.bottom, passage: passage.top, height: innerHeight };
      });
      expect(box.link, href).toBeGreaterThanOrEqual(40);
      expect(box.bottom, href).toBeLessThanOrEqual(box.height);
      // The passage starts in view with room above it; or, when the text before its link is too
      // long for that, the link at least sits a fifth of the way down, showing as much as fits.
      expect(box.passage >= 8 || box.link >= 0.2 * box.height, `${href}: passage at ${box.passage}, link at ${box.link}`).toBe(true);
    }
    await context.close();
  });
});
