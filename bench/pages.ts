/**
 * Page budgets: for the home page, the glossary index and the Gradient page, the gzipped bytes
 * of HTML, CSS and JavaScript loaded before any interaction (phone viewport, no scrolling), and
 * Lighthouse's mobile scores with LCP, CLS and TBT. Prints a table; never fails on a number.
 * Needs a build in dist/ (`npm run bench:pages` builds first).
 */
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { chromiumPath, launchOptions } from '../tests/e2e/browser.mjs';
import { kB, markdownTable } from './lib/table';

const PAGES = ['/', '/glossary/', '/glossary/gradient/'];

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';

function kindOf(contentType: string): Kind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('font')) return 'font';
  return 'other';
}

/** Gzipped bytes per kind of everything a phone loads before the reader touches the page. */
async function initialBytes(url: string): Promise<Record<Kind, number>> {
  const browser = await chromium.launch(launchOptions());
  const page = await browser.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
  const totals: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const kind = kindOf(response.headers()['content-type'] ?? '');
        totals[kind] += kind === 'font' ? body.length : gzipSync(body).length;
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await browser.close();
  return totals;
}

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  cls: number;
  tbt: number;
}

async function lighthouseScores(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
  };
}

const server = await startServer({ port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...launchOptions().args],
});
const rows: (string | number)[][] = [];
try {
  for (const path of PAGES) {
    const url = new URL(path, server.url).href;
    const bytes = await initialBytes(url);
    const s = await lighthouseScores(url, chrome.port);
    rows.push([path, kB(bytes.html), kB(bytes.css), kB(bytes.js), kB(bytes.font), s.performance, s.accessibility, s.bestPractices, s.seo, `${Math.round(s.lcp)} ms`, s.cls.toFixed(3), `${Math.round(s.tbt)} ms`]);
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log('\n## Page budgets (gzipped kB before any interaction, phone; Lighthouse mobile)\n');
console.log(markdownTable(['page', 'HTML', 'CSS', 'JS', 'fonts (woff2)', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT'], rows));
console.log('\nTargets: JS before a figure is visible ≤ 40 kB; performance ≥ 98; accessibility, best practices, SEO = 100.');
