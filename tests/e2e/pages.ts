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

/** The first term page that shows figure `name` (its section is `#figure-<name>`). */
export function figurePage(name: string): string {
  const page = PAGES.find((path) => /^\/glossary\/[^/]+\/$/.test(path) && html(path).includes(`id="figure-${name}"`));
  if (!page) throw new Error(`No term page shows the figure ${name}`);
  return page;
}

/**
 * A sample with one page or more of every kind, for checks that are costly per page (every axe
 * rule, light and dark, after the figures hydrate): every page with a figure, one page of each
 * kind that shares a layout (an area page, an article), the first term page of each area, and
 * every page of its own (home, indexes, notation, gallery, 404). Pages of one kind differ only
 * in their static prose and maths, which the sweep over every page checks (every-page.test.ts).
 */
export const REPRESENTATIVE_PAGES: string[] = (() => {
  const seen = new Set<string>();
  const firstOf = (kind: string) => {
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  };
  return PAGES.filter((path) => {
    if (html(path).includes('<astro-island')) return true;
    if (path.startsWith('/glossary/areas/')) return firstOf('area');
    if (/^\/articles\/[^/]+\/$/.test(path)) return firstOf('article');
    if (!/^\/glossary\/[^/]+\/$/.test(path)) return true;
    return firstOf(/href="\/glossary\/areas\/([a-z-]+)\/"/.exec(html(path))?.[1] ?? '');
  });
})();

/**
 * Scrolls through the page as a reader would, waiting `pause` ms at each screen. Sections that
 * skip drawing while off screen (content-visibility: auto) are laid out and keep their real
 * size afterwards, so geometry measured later (axe's target sizes) is the page's own, not the
 * placeholder's.
 */
export async function scrollThrough(page: Page, pause = 0): Promise<void> {
  // The page grows as sections take their real size, so its height is read at every step.
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((top) => {
      window.scrollTo(0, top);
      return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }, y);
    if (pause > 0) await page.waitForTimeout(pause);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Scrolls through the page so that every `client:visible` island loads and hydrates (and
 * every section skipped while off screen takes its real size), then waits for the network to
 * settle and returns to the top. A page without islands has only the scroll to do.
 */
export async function hydrateAll(page: Page): Promise<void> {
  if ((await page.locator('astro-island').count()) === 0) return scrollThrough(page);
  await scrollThrough(page, 60);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}
