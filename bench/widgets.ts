/**
 * Per-frame work of the three figures on the Gradient page, driven in headless Chromium: a
 * scripted probe drag, typing a function and re-sampling on pan/zoom (vector field); playing the
 * backward pass, dragging a slider and taking steps (neuron); moving the point and orbiting
 * (3D surface). Prints p50/p95/max per scenario and the gzipped JavaScript each figure loads.
 * Never fails on a time. Needs a build in dist/ (`npm run bench:widgets` builds first).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { launchOptions } from '../tests/e2e/browser.mjs';
import type { Stats } from './lib/stats';
import { kB, markdownTable } from './lib/table';
import { benchGradientField } from './widgets/gradient-field';
import { benchNeuron } from './widgets/neuron';
import { benchPartialSlices } from './widgets/partial-slices';

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

  const alonePage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const alone = await benchGradientField(alonePage, server.url, { alone: true });
  await alonePage.close();
  rows.push(row('vector field (alone)', 'drag the probe, 200×200 sampling', alone.drag, 'p95 < 8 ms'));
  rows.push(row('vector field (alone)', 'drag, net of the idle frame cost', alone.dragNet, 'p95 < 8 ms'));
  const fieldPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const field = await benchGradientField(fieldPage, server.url);
  await fieldPage.close();
  rows.push(row('vector field (page)', 'drag the probe, 3D view following', field.drag, ''));
  rows.push(row('vector field (page)', '(idle frame: measuring cost)', field.idle, ''));
  rows.push(row('vector field', 'type a function (work)', field.typingWork, ''));
  rows.push(row('vector field', 'pan/zoom re-sample 200×200 (work)', field.viewWork, ''));

  const neuronPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const neuron = await benchNeuron(neuronPage, server.url);
  await neuronPage.close();
  rows.push(row('neuron', 'play the backward pass', neuron.backward, ''));
  rows.push(row('neuron', 'drag a weight slider', neuron.drag, ''));
  rows.push(row('neuron', 'take a gradient step', neuron.step, ''));

  const surfacePage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const surface = await benchPartialSlices(surfacePage, server.url);
  await surfacePage.close();
  rows.push(row('3D surface', 'move the point', surface.point, 'p95 < 12 ms'));
  rows.push(row('3D surface', 'move the point by keyboard', surface.keys, 'p95 < 12 ms'));
  rows.push(row('3D surface', 'orbit', surface.orbit, 'p95 < 12 ms'));
  rows.push(row('3D surface', '(idle frame: measuring cost)', surface.idle, ''));
  rows.push(row('3D surface', 'move the point, net of the idle frame', surface.net.point, 'p95 < 12 ms'));
  rows.push(row('3D surface', 'keyboard, net of the idle frame', surface.net.keys, 'p95 < 12 ms'));
  rows.push(row('3D surface', 'orbit, net of the idle frame', surface.net.orbit, 'p95 < 12 ms'));
  if (surface.worker) rows.push(row('3D surface (worker)', 'draw a frame while orbiting, off the main thread', surface.worker, ''));
  rows.push(row('3D surface', '(bare WebGL clear, the floor here)', surface.bareWebGL, ''));

  bytes.push(['Gradient page before any figure is near', kB(before.bytes), before.files.join(', ') || 'none']);
  bytes.push(['vector field alone, on view', kB(alone.jsGzipBytes), '']);
  bytes.push(['vector field on the page, on view (the 3D figure just below hydrates too)', kB(field.jsGzipBytes), '']);
  bytes.push(['vector field, after typing (KaTeX)', kB(field.jsGzipBytesAfterTyping), '']);
  bytes.push(['neuron, on view', kB(neuron.jsGzipBytes), '']);
  bytes.push(['3D surface, on view (with three.js)', kB(surface.jsGzipBytes), '']);
} finally {
  await browser.close();
  await server.close();
}

console.log('\n## Figures: main-thread work per frame (ms), headless Chromium on this 2-core machine\n');
console.log(markdownTable(['figure', 'scenario', 'frames', 'p50', 'p95', 'max', 'target'], rows));
console.log('\n## JavaScript each figure loads (gzipped kB)\n');
console.log(markdownTable(['when', 'kB', 'files'], bytes));
