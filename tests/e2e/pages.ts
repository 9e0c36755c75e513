/** The built pages, as URL paths, read from dist/ (DIST_DIR overrides). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const dist = process.env['DIST_DIR'] ?? 'dist';

/** Every built page's path: `/`, `/glossary/gradient/`, `/404.html` ... */
export const PAGES: string[] = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => (f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
  .sort();

const html = (path: string): string => readFileSync(join(dist, path === '/' ? 'index.html' : path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/**
 * A sample that covers every kind of page once or more, for checks that are costly per page
 * (axe in a second colour scheme): every page that is not a term page, every term page with a
 * figure, and the first term page of each area. Term pages share one layout and differ only in
 * their static prose and maths, which the full light-mode pass covers on every page.
 */
export const REPRESENTATIVE_PAGES: string[] = (() => {
  const areaSeen = new Set<string>();
  return PAGES.filter((path) => {
    if (!/^\/glossary\/[^/]+\/$/.test(path) || path.startsWith('/glossary/areas/')) return true;
    const text = html(path);
    if (text.includes('<astro-island')) return true;
    const area = /href="\/glossary\/areas\/([a-z-]+)\/"/.exec(text)?.[1] ?? '';
    if (areaSeen.has(area)) return false;
    areaSeen.add(area);
    return true;
  });
})();

/**
 * Scrolls through the page so that every `client:visible` island loads and hydrates, then
 * waits for the network to settle and returns to the top. A page without islands has nothing
 * to wait for.
 */
export async function hydrateAll(page: Page): Promise<void> {
  if ((await page.locator('astro-island').count()) === 0) return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}
