/**
 * The strict Content-Security-Policy holds on every page: no violation while the page loads
 * and its figures hydrate, no console errors, nothing requested from another origin; and the
 * policy really blocks an injected inline script and an inline event handler. (Eval cannot be
 * shown from a test: DevTools-evaluated code is exempt; the policy text is checked instead.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, openSite, watchedPage, type Site } from './harness';
import { hydrateAll, PAGES } from './pages';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('strict CSP', () => {
  it.each(PAGES)('%s loads and hydrates without a violation', async (path) => {
    const { page, context, consoleErrors, offOrigin } = await watchedPage(site);
    await page.goto(new URL(path, site.url).href);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
    await hydrateAll(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(consoleErrors.filter((e) => !(path === '/404.html' && /404/.test(e)))).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('blocks an injected inline script and an inline event handler', async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.url}glossary/gradient/`);
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as { __pwned?: number };
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      document.body.append(script);
      const handler = document.createElement('button');
      handler.setAttribute('onclick', 'window.__pwned = 2');
      document.body.append(handler);
      handler.click();
      await new Promise((r) => setTimeout(r, 50));
      return { pwned: w.__pwned ?? 0 };
    });
    expect(outcome).toEqual({ pwned: 0 });
    const violations = await cspViolations(page);
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    await context.close();
  });
});
