/**
 * The strict Content-Security-Policy holds on every page. Every built page is read as HTML:
 * its policy is strict, and nothing in it needs what the policy forbids (a style attribute, an
 * event-handler attribute, an inline script or style whose hash the policy does not list).
 * Browsers load every page (every-page.test.ts) and hydrate the figures of a sample covering
 * every kind of page (accessibility.test.ts), failing on any violation. And the policy blocks
 * an injected inline script and an inline event handler. (Eval cannot be shown from a test:
 * DevTools-evaluated code is exempt; the policy text is checked.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, openSite, watchedPage, type Site } from './harness';
import { PAGES } from './pages';

const dist = process.env['DIST_DIR'] ?? 'dist';
const fileOf = (path: string) => join(dist, path === '/' ? 'index.html' : path.endsWith('/') ? `${path}index.html` : path);
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What in a page's HTML the policy would refuse; empty when the page is sound. */
function staticProblems(html: string): string[] {
  const problems: string[] = [];
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (!policy) return ['no content-security-policy meta tag'];
  const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  if (/unsafe-(eval|inline|hashes)/.test(policy)) problems.push(`the policy is loose: ${policy}`);
  // Attributes inside tags only: the text of the page (and KaTeX's MathML) is not markup.
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    if (/\sstyle\s*=/.test(tag)) problems.push(`style attribute: ${tag.slice(0, 80)}`);
    if (/\son[a-z]+\s*=/.test(tag)) problems.push(`event-handler attribute: ${tag.slice(0, 80)}`);
  }
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /type="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '';
    if (type !== '' && type !== 'module' && !/javascript/.test(type)) continue;
    if (!directive('script-src').includes(hash(m[2] ?? ''))) problems.push(`inline script without its hash: ${(m[2] ?? '').slice(0, 60)}`);
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    if (!directive('style-src').includes(hash(m[1] ?? ''))) problems.push(`inline style without its hash: ${(m[1] ?? '').slice(0, 60)}`);
  }
  return problems;
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('strict CSP', () => {
  it(`every one of the ${PAGES.length} pages needs nothing the policy forbids`, () => {
    const problems = PAGES.flatMap((path) => staticProblems(readFileSync(fileOf(path), 'utf8')).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('the static check would catch what the policy forbids', () => {
    const page = readFileSync(fileOf('/glossary/gradient/'), 'utf8');
    expect(staticProblems(page)).toEqual([]);
    expect(staticProblems(page.replace('<body', '<body style="color:red"'))).toEqual([expect.stringMatching(/^style attribute/)]);
    expect(staticProblems(page.replace('<body', '<body onload="x()"'))).toEqual([expect.stringMatching(/^event-handler attribute/)]);
    expect(staticProblems(page.replace('</body>', '<script>alert(1)</script></body>'))).toEqual([expect.stringMatching(/^inline script without its hash/)]);
    expect(staticProblems(page.replace('</body>', '<style>p{}</style></body>'))).toEqual([expect.stringMatching(/^inline style without its hash/)]);
    expect(staticProblems(page.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toEqual([expect.stringMatching(/^the policy is loose/)]);
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
