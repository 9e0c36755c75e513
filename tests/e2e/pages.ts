/** The built pages, as URL paths, read from dist/ (DIST_DIR overrides). */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

const dist = process.env['DIST_DIR'] ?? 'dist';

/** Every built page's path: `/`, `/glossary/gradient/`, `/404.html` ... */
export const PAGES: string[] = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => (f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
  .sort();

/**
 * Scrolls through the page so that every `client:visible` island loads and hydrates, then
 * waits for the network to settle and returns to the top.
 */
export async function hydrateAll(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}
