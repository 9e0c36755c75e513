/**
 * What every browser test needs: the built site served on a free port, the system Chromium,
 * and a page that records console errors, CSP violations and any request that leaves the
 * site's origin (which is then aborted, so a page that tries shows up as a failure).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { launchOptions } from './browser.mjs';

/** The built site being served. DIST_DIR overrides the folder (default dist). */
export interface Site {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Starts the server and the browser; call `close` in afterAll. */
export async function openSite(): Promise<Site> {
  const server = (await startServer({ root: process.env['DIST_DIR'] ?? 'dist', port: 0 })) as { url: string; close: () => Promise<void> };
  const browser = await chromium.launch(launchOptions());
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A page plus what it did that a test may want to fail on. */
export interface Watched {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  cspViolations: string[];
  offOrigin: string[];
}

/** Opens a fresh context and page that record errors, CSP violations and off-origin requests. */
export async function watchedPage(
  site: Site,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<Watched> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const origin = new URL(site.url).origin;
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return route.continue();
    offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ''}`);
    });
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  const watched: Watched = { page, context, consoleErrors, cspViolations: [], offOrigin };
  return watched;
}

/** The CSP violations the page has seen so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Opens the Gradient page with `query` in a watched context, scrolls to `figure` and waits until it is ready. */
export async function openAtFigure(site: Site, figure: string, query = '', options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const w = await watchedPage(site, options);
  await w.page.goto(new URL(`glossary/gradient/${query}`, site.url).href);
  await w.page.locator(figure).scrollIntoViewIfNeeded();
  await w.page.waitForSelector(`${figure}[data-ready]`);
  return w;
}

/** Closes the context, then fails on any console error, CSP violation or request to another origin it saw. */
export async function finishClean(w: Watched): Promise<void> {
  const csp = await cspViolations(w.page).catch(() => []);
  await w.context.close();
  expect(w.consoleErrors).toEqual([]);
  expect(csp).toEqual([]);
  expect(w.offOrigin).toEqual([]);
}

/**
 * The set-up of a browser test file: the site, served once for the file, and `open`, which
 * loads a path of it in a fresh watched context. Each context is checked clean (finishClean)
 * when the next one is opened and when the test ends.
 */
export function watchedSuite(): { open: (path: string, options?: Parameters<Browser['newContext']>[0]) => Promise<Watched> } {
  let site: Site | undefined;
  let current: Watched | null = null;
  const finish = async (): Promise<void> => {
    if (!current) return;
    const w = current;
    current = null;
    await finishClean(w);
  };
  beforeAll(async () => void (site = await openSite()));
  afterAll(async () => site?.close());
  afterEach(finish);
  return {
    async open(path, options = {}) {
      await finish();
      current = await watchedPage(site!, options);
      await current.page.goto(new URL(path, site!.url).href);
      return current;
    },
  };
}
