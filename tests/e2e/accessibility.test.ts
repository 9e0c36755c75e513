/**
 * axe-core after the figures have hydrated: no violations of WCAG 2.0/2.1/2.2 A and AA rules.
 * Every rule runs, light and dark, on a sample covering every kind of page
 * (REPRESENTATIVE_PAGES in pages.ts says why the sample suffices). On every other page the
 * rules run that its own content can break (a formula too wide to fit, a link without a name,
 * a list or a label written wrongly); colour contrast, the costliest rule, depends only on the
 * shared tokens and layout, which the sample covers.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from './harness';
import { hydrateAll, PAGES, REPRESENTATIVE_PAGES } from './pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** The rules a term page's or an article's own prose and maths can break. */
const CONTENT_RULES = [
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
const OTHER_PAGES = PAGES.filter((p) => !REPRESENTATIVE_PAGES.includes(p));

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** Violations as short lines: rule, impact, and the first few offending selectors. */
export function summarise(violations: { id: string; impact?: string | null; nodes: { target: unknown }[] }[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('accessibility of every other page', () => {
  it.each(OTHER_PAGES)('%s breaks none of the rules its content can break', async (path) => {
    const { page, context } = await watchedPage(site);
    await page.goto(new URL(path, site.url).href);
    const results = await new AxeBuilder({ page }).withRules(CONTENT_RULES).analyze();
    expect(summarise(results.violations)).toEqual([]);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  it.each(REPRESENTATIVE_PAGES)('%s has no axe violations', async (path) => {
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
