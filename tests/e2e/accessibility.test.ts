/**
 * axe-core after the figures have hydrated: no violations of WCAG 2.0/2.1/2.2 A and AA rules.
 * Every rule runs on a sample covering every kind of page (REPRESENTATIVE_PAGES in pages.ts
 * says why the sample suffices), light and dark at desktop width and light on a 360 px phone,
 * after scrolling through the page as a reader would. The same visit checks that hydrating
 * broke no CSP rule, logged no error and asked no other origin for anything. The rules a page's own content can break run on every page at 360 px
 * in every-page.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, WCAG_TAGS } from './axe';
import { summarise } from './checks';
import { cspViolations, openSite, watchedPage, type Site } from './harness';
import { hydrateAll, REPRESENTATIVE_PAGES } from './pages';

const DEVICES = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true },
} as const;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/**
 * Colours are checked in both schemes at desktop width (one visit: the scheme is switched after
 * the page has hydrated and been scrolled through, and every colour follows the media query);
 * the phone layout in the light one.
 */
const RUNS = [
  ['desktop', 'light and dark', ['light', 'dark']],
  ['phone', 'light', ['light']],
] as const;

describe.each(RUNS)('accessibility on a %s in %s mode', (device, _modes, schemes) => {
  it.each(REPRESENTATIVE_PAGES)('%s hydrates cleanly and has no axe violations', async (path) => {
    const { page, context, consoleErrors, offOrigin } = await watchedPage(site, { ...DEVICES[device], colorScheme: schemes[0] });
    try {
      await page.goto(new URL(path, site.url).href);
      await hydrateAll(page);
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        expect(summarise(await axeViolations(page, { tags: WCAG_TAGS })), colorScheme).toEqual([]);
      }
      expect(await cspViolations(page)).toEqual([]);
      expect(consoleErrors.filter((e) => !(path === '/404.html' && /404/.test(e)))).toEqual([]);
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe.each(['light', 'dark'] as const)('accessibility of a figure in its error state, %s mode', (colorScheme) => {
  it('the Gradient page with a bad expression typed has no axe violations', async () => {
    const { page, context } = await watchedPage(site, { colorScheme });
    await page.goto(`${site.url}glossary/gradient/`);
    await hydrateAll(page);
    const input = page.locator('[data-widget="gradient-field"]').getByRole('textbox', { name: 'f(x, y) =' });
    await input.fill('sin(x +* foo(y))');
    await page.waitForTimeout(400);
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(summarise(await axeViolations(page, { tags: WCAG_TAGS }))).toEqual([]);
    await context.close();
  });
});
