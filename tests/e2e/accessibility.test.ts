/**
 * axe-core after the figures have hydrated: no violations of WCAG 2.0/2.1/2.2 A and AA rules,
 * on every built page in light mode and on a sample covering every kind of page in dark mode
 * (REPRESENTATIVE_PAGES in pages.ts says why the sample suffices).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from './harness';
import { hydrateAll, PAGES, REPRESENTATIVE_PAGES } from './pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** Violations as short lines: rule, impact, and the first few offending selectors. */
export function summarise(violations: { id: string; impact?: string | null; nodes: { target: unknown }[] }[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe.each([
  ['light', PAGES],
  ['dark', REPRESENTATIVE_PAGES],
] as const)('accessibility in %s mode', (colorScheme, pages) => {
  it.each(pages)('%s has no axe violations', async (path) => {
    const { page, context } = await watchedPage(site, { colorScheme });
    await page.goto(new URL(path, site.url).href);
    await hydrateAll(page);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(summarise(results.violations)).toEqual([]);
    await context.close();
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
