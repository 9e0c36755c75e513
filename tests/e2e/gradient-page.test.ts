/**
 * The Gradient entry as a reader meets it: its sections in order, the facts it states,
 * typeset maths with MathML, links that lead somewhere, a video that stays silent until asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('the Gradient page', () => {
  it.for([
    ['a desktop', { viewport: { width: 1280, height: 900 } }],
    ['a phone', { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true }],
  ] as const)('keeps each figure its size when it wakes, on %s, so the page does not move under the reader', async ([, device], { expect }) => {
    const { page, context } = await watchedPage(site, device);
    await page.goto(`${site.url}glossary/gradient/`);
    const islands = await page.locator('astro-island:has([data-widget])').all();
    expect(islands).toHaveLength(3);
    // The island itself draws no box (display: contents); the figure's root does.
    const figures = islands.map((island) => island.locator('[data-widget]').first());
    const height = (figure: (typeof figures)[number]) => figure.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    // Below the first screen, each figure is still the build's picture until it is scrolled to.
    for (const island of islands) expect(await island.getAttribute('ssr')).toBe('');
    const before = await Promise.all(figures.map(height));
    for (const [i, figure] of figures.entries()) {
      expect(before[i]).toBeGreaterThan(200);
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => islands[i]!.getAttribute('ssr')).toBe(null);
      await page.waitForTimeout(300);
      expect(await height(figure), (await figure.getAttribute('data-widget')) ?? '').toBe(before[i]);
    }
    await context.close();
  });

  it('shows its sections in order, each with its content', async () => {
    const { page, consoleErrors, offOrigin } = await watchedPage(site);
    await page.goto(`${site.url}glossary/gradient/`);
    const order = await page.evaluate(() => {
      const pick = (selector: string) => document.querySelector(selector);
      const marks = {
        title: pick('h1'),
        definition: pick('#definition'),
        interactive: pick('#interactive'),
        video: pick('#video'),
        related: pick('#related-terms'),
        discussed: pick('#discussed-in'),
        beta: pick('aside[aria-label="Beta notice"]'),
      };
      const present = Object.entries(marks).filter(([, el]) => el !== null);
      present.sort(([, a], [, b]) => (a!.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      return present.map(([name]) => name);
    });
    expect(order).toEqual(['title', 'definition', 'interactive', 'video', 'related', 'discussed', 'beta']);
    await expect(page.locator('h1').textContent()).resolves.toBe('Gradient');
    expect(await page.locator('#interactive ~ figure, #interactive + figure, section:has(#interactive) figure').count()).toBe(3);
    expect(consoleErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('states every fact of the entry, typeset by KaTeX with MathML and no KaTeX script', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.url}glossary/gradient/`);
    const text = (await page.locator('#definition').innerText()).replace(/\s+/g, ' ');
    for (const fact of [/partial derivatives/, /steepest ascent/, /steepest descent/, /gradient descent/i, /Jacobian/, /Hessian/, /backpropagation/i, /clipping/i, /directional derivative/i, /level set/i, /perpendicular/, /linearisation/i]) {
      expect(text).toMatch(fact);
    }
    const maths = await page.evaluate(() => ({
      katex: document.querySelectorAll('#definition .katex').length,
      display: document.querySelectorAll('#definition .katex-display').length,
      mathml: document.querySelectorAll('#definition math').length,
      errors: document.querySelectorAll('.katex-error').length,
      red: [...document.querySelectorAll('#definition .katex *')].filter((e) => getComputedStyle(e).color === 'rgb(204, 0, 0)').length,
      katexScripts: [...document.scripts].filter((s) => /katex/i.test(s.src + s.textContent)).length,
      styleAttrs: document.querySelectorAll('[style]').length,
      katexFont: getComputedStyle(document.querySelector('#definition .katex .mord.mathnormal') ?? document.body).fontFamily,
    }));
    expect(maths.katex).toBeGreaterThan(20);
    expect(maths.display).toBeGreaterThanOrEqual(3);
    expect(maths.mathml).toBe(maths.katex);
    expect(maths.errors).toBe(0);
    expect(maths.red).toBe(0);
    expect(maths.katexScripts).toBe(0);
    expect(maths.katexFont).toMatch(/KaTeX_Math/);
    // KaTeX's layout survives the CSP (its positions moved from style attributes into classes):
    // in a fraction the numerator sits above the bar, which sits above the denominator.
    const rows = await page
      .locator('#definition .katex-display .mfrac')
      .first()
      .evaluate((e) => [...e.querySelectorAll(':scope > .vlist-t > .vlist-r > .vlist > span')].map((s) => s.getBoundingClientRect().top));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]).toBeGreaterThan(rows[1]!);
    expect(rows[1]).toBeGreaterThan(rows[2]!);
    await page.context().close();
  });

  it('links every related term and every discussing article to a page that exists', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.url}glossary/gradient/`);
    const related = await page.locator('section:has(#related-terms) li').evaluateAll((items) =>
      items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, title: li.querySelector('a')!.textContent!.trim(), summary: li.querySelector('p')!.textContent!.trim() })),
    );
    expect(related.map((r) => r.title)).toEqual(['Chain Rule', 'Gradient Descent', 'Backpropagation', 'Jacobian', 'Hessian']);
    for (const r of related) {
      expect(r.summary.length).toBeGreaterThan(20);
      const response = await page.request.get(new URL(r.href, site.url).href);
      expect(response.status(), r.href).toBe(200);
      expect(await response.text()).toMatch(new RegExp(`<h1[^>]*>${r.title}</h1>`));
    }
    const passages = await page.locator('section:has(#discussed-in) a.passage').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(passages.length).toBeGreaterThanOrEqual(2);
    for (const href of passages) {
      const target = await site.browser.newPage();
      const response = await target.goto(new URL(href, site.url).href);
      expect(response?.status(), href).toBe(200);
      const id = decodeURIComponent(href.split('#')[1]!);
      const link = target.locator(`[id="${id}"]`);
      await expect(link.getAttribute('href')).resolves.toBe('/glossary/gradient/');
      expect(await link.evaluate((a) => a.matches(':target'))).toBe(true);
      await target.close();
    }
    await page.context().close();
  });

  it('requests nothing from the video host until play, then embeds the privacy-enhanced player', async () => {
    const { page, offOrigin } = await watchedPage(site);
    await page.goto(`${site.url}glossary/gradient/`, { waitUntil: 'networkidle' });
    await page.locator('#video').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(offOrigin).toEqual([]);
    expect(await page.locator('section:has(#video) iframe').count()).toBe(0);
    const watch = page.locator('section:has(#video) figcaption a');
    await expect(watch.getAttribute('href')).resolves.toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/);
    const button = page.getByRole('button', { name: /Play video/ });
    await button.click();
    const iframe = page.locator('section:has(#video) iframe');
    await expect(iframe.getAttribute('src')).resolves.toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?/);
    await expect(iframe.getAttribute('title')).resolves.toMatch(/Video player: .+/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    await page.waitForTimeout(200);
    expect(offOrigin.every((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    await page.context().close();
  });
});

describe('around the terms', () => {
  it('lists every term A–Z with summaries and letter navigation', async () => {
    const { page, consoleErrors } = await watchedPage(site);
    await page.goto(`${site.url}glossary/`);
    const titles = await page.locator('dl dt a').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(6);
    expect([...titles].sort((a, b) => a.localeCompare(b))).toEqual(titles);
    expect(await page.locator('dl dd').count()).toBe(titles.length);
    await page.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link', { name: 'H', exact: true }).click();
    expect(page.url()).toMatch(/#letter-H$/);
    for (const href of await page.locator('dl dt a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect((await page.request.get(new URL(href, site.url).href)).status(), href).toBe(200);
    }
    // The filter finds a term by any of its names: exactly the entries with "nabla" in a name.
    const named = await page.locator('[data-names]').evaluateAll((es) =>
      es.filter((e) => /nabla/i.test((e as HTMLElement).dataset['names'] ?? '')).map((e) => e.querySelector('dt a')!.textContent),
    );
    expect(named).toContain('Gradient');
    await page.getByLabel('Find a term').fill('nabla');
    await expect(page.locator('dl dt a:visible').allTextContents()).resolves.toEqual(named);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`${named.length} of ${titles.length} terms match.`);
    // The area choice narrows the list to the area's terms, and says so.
    await page.getByLabel('Find a term').fill('');
    await page.getByRole('group', { name: 'Area' }).getByLabel('Information theory').check();
    const shown = await page.locator('dl dt a:visible').allTextContents();
    expect(shown).toContain('Entropy');
    expect(shown).not.toContain('Gradient');
    await expect(page.getByRole('status').textContent()).resolves.toBe(`${shown.length} of ${titles.length} terms match in Information theory.`);
    await page.getByRole('group', { name: 'Area' }).getByLabel('All').check();
    await expect(page.locator('dl dt a:visible').count()).resolves.toBe(titles.length);
    await page.getByLabel('Find a term').fill('zzzz');
    await expect(page.getByRole('status').textContent()).resolves.toBe('No term matches.');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('links the glossary from every page header, and the home page leads into it', async () => {
    const { page } = await watchedPage(site);
    for (const path of ['', 'glossary/gradient/', 'articles/how-a-neuron-learns/', 'no-such-page/']) {
      await page.goto(`${site.url}${path}`);
      await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary', exact: true }).getAttribute('href')).resolves.toBe('/glossary/');
    }
    await page.goto(site.url);
    await page.getByRole('link', { name: 'Browse the glossary' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Glossary');
    await page.context().close();
  });

  it('answers an unknown address with a helpful 404', async () => {
    const { page } = await watchedPage(site);
    const response = await page.goto(`${site.url}glossary/no-such-term/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.context().close();
  });
});
