/**
 * axe-core after the figures have hydrated: no violations of WCAG 2.0/2.1/2.2 A and AA rules.
 * Every rule runs on a sample covering every kind of page (REPRESENTATIVE_PAGES in pages.ts
 * says why the sample suffices), light and dark at desktop width and light on a 360 px phone,
 * after scrolling through the page as a reader would. The same visit checks that hydrating
 * broke no CSP rule, logged no error and asked no other origin for anything. The rules a page's own content can break run on every page at 360 px
 * in every-page.test.ts.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarise } from './checks';
import { cspViolations, openSite, watchedPage, type Site } from './harness';
import { hydrateAll, REPRESENTATIVE_PAGES, scrollThrough } from './pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const DEVICES = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true },
} as const;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** Colours are checked in both schemes at desktop width; the phone layout in the light one. */
const RUNS = [
  ['desktop', 'light'],
  ['desktop', 'dark'],
  ['phone', 'light'],
] as const;

describe.each(RUNS)('accessibility on a %s in %s mode', (device, colorScheme) => {
  it.each(REPRESENTATIVE_PAGES)('%s hydrates cleanly and has no axe violations', async (path) => {
    const { page, context, consoleErrors, offOrigin } = await watchedPage(site, { ...DEVICES[device], colorScheme });
    try {
      await page.goto(new URL(path, site.url).href);
      await hydrateAll(page);
      await scrollThrough(page);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(summarise(results.violations)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(consoleErrors.filter((e) => !(path === '/404.html' && /404/.test(e)))).toEqual([]);
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('accessibility of a figure in its error state, %s mode', (colorScheme) => {
  it('the Gradient page with a bad expression typed has no axe violations', async () => {
    const { page, context } = await watchedPage(site, { colorScheme });
    await page.goto(`${site.url}glossary/gradient/`);
    await hydrateAll(page);
    const input = page.locator('[data-widget="gradient-field"] input[type="text"]').first();
    await input.fill('sin(x +* foo(y))');
    await page.waitForTimeout(400);
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(summarise(results.violations)).toEqual([]);
    await context.close();
  });
});
