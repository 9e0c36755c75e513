/**
 * Per-frame work of every figure in the registry, driven in headless Chromium on its own term
 * page (bench/widgets/<figure>.ts, listed in bench/widgets/index.ts): drags, keys, typing and
 * re-sampling as a reader would. Prints p50/p95/max per scenario and the gzipped JavaScript
 * each figure loads. Never fails on a time. Needs a build in dist/ (`npm run bench:widgets`
 * builds first).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { launchOptions } from '../tests/e2e/browser.mjs';
import type { Stats } from './lib/stats';
import { kB, markdownTable } from './lib/table';
import { FIGURES } from '../src/widgets/registry';
import { FIGURE_BENCHES } from './widgets/index';

const row = (figure: string, scenario: string, s: Stats, target: string): (string | number)[] => [
  figure,
  scenario,
  s.n,
  s.p50.toFixed(2),
  s.p95.toFixed(2),
  s.max.toFixed(2),
  target,
];

/** Gzipped JS the Gradient page loads at the top, before any figure is near the viewport. */
async function jsBeforeFigures(browser: Browser, url: string): Promise<{ bytes: number; files: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
  const files: string[] = [];
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (!(r.headers()['content-type'] ?? '').includes('javascript')) return;
    files.push(new URL(r.url()).pathname);
    pending.push(r.body().then((b) => void (bytes += gzipSync(b).length)).catch(() => undefined));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await page.close();
  return { bytes, files };
}

const server = await startServer({ port: 0 });
const browser = await chromium.launch(launchOptions());
const rows: (string | number)[][] = [];
const bytes: (string | number)[][] = [];
try {
  const gradientUrl = new URL('/glossary/gradient/', server.url).href;
  const before = await jsBeforeFigures(browser, gradientUrl);

  bytes.push(['Gradient page before any figure is near', kB(before.bytes), before.files.join(', ') || 'none']);
  for (const figure of FIGURES) {
    const result = await FIGURE_BENCHES[figure.name](browser, server.url);
    for (const [scenario, s, target] of result.frames) rows.push(row(figure.name, scenario, s, target));
    for (const [when, n, files] of result.bytes) bytes.push([when, kB(n), files]);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\n## Figures: main-thread work per frame (ms), headless Chromium on this 2-core machine\n');
console.log(markdownTable(['figure', 'scenario', 'frames', 'p50', 'p95', 'max', 'target'], rows));
console.log('\n## JavaScript each figure loads (gzipped kB)\n');
console.log(markdownTable(['when', 'kB', 'files'], bytes));
