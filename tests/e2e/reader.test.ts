/**
 * What a reader sees on a 360 px phone and a 1280 px desktop, where it needs a closer look
 * than the sweep over every page (every-page.test.ts) gives: every face in its own font with
 * no layout shift, a wide formula reached and scrolled by keyboard, a video poster that fits
 * at desktop width and a player that plays, and passages that land with room above them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posterProblems } from './checks';
import { openSite, watchedPage, type Site } from './harness';
import { hydrateAll, PAGES } from './pages';

const dist = process.env['DIST_DIR'] ?? 'dist';
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };
const SAMPLE = ['/', '/glossary/gradient/', '/glossary/hessian/', '/articles/how-a-neuron-learns/'];
/** The three term pages whose video titles are longest: the poster's tightest fit at desktop width. */
const LONGEST_TITLES = PAGES.filter((p) => /^\/glossary\/[^/]+\/$/.test(p))
  .map((p) => ({ p, title: /data-video[\s\S]*?class="title"[^>]*>([^<]*)</.exec(readFileSync(join(dist, p, 'index.html'), 'utf8'))?.[1] ?? '' }))
  .filter((v) => v.title !== '')
  .sort((a, b) => b.title.length - a.title.length)
  .slice(0, 3)
  .map((v) => v.p);

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
      for (const old of document.querySelectorAll('[data-font-probe]')) old.removeAttribute('data-font-probe');
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
    // A section off screen is not laid out (content-visibility: auto), and text not laid out is
    // drawn in no font yet: bring each probe on screen and let it be drawn first.
    if (!firstScreen) {
      await page.locator(`[data-font-probe="${i}"]`).evaluate(async (el) => {
        const frame = () => new Promise((done) => requestAnimationFrame(done));
        el.scrollIntoView({ block: 'center' });
        await frame();
        await document.fonts.ready;
        await frame();
      });
    }
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

describe('maths at 360 px (every page is checked in every-page.test.ts)', () => {
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
  it('desktop: the play button and the note fit inside the poster on the pages with the longest video titles', async () => {
    const { page, context } = await watchedPage(site, { viewport: DESKTOP });
    for (const path of LONGEST_TITLES) {
      await page.goto(new URL(path, site.url).href);
      expect(await posterProblems(page), path).toEqual([]);
    }
    expect(LONGEST_TITLES.length).toBeGreaterThan(0);
    await context.close();
  });

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
