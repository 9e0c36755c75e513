/**
 * Benchmark of the learning-rate figure on its term page, measured from outside the page, as
 * the neuron's: per-frame main-thread work is Chromium's TaskDuration counter read before and
 * after each frame. Scenarios:
 * - start: the start θ₀ dragged along the loss curve and back, one mouse move per frame, 100
 *   frames (each move reruns the descent and redraws both plots and the readout);
 * - eta: the learning-rate slider dragged across its track and back, 100 frames (the run, the
 *   regime, the ruler and the sentences follow);
 * - keys: Shift+Arrow on the θ₀ handle, 32 presses (work per press).
 * Also the gzipped bytes of JavaScript requested once the figure scrolls into view. Never fails
 * on a time. Standalone: DIST_DIR=/tmp/dist-x npx tsx bench/widgets/learning-rate.ts
 */
import type { CDPSession, Page } from 'playwright-core';
import { nextFrame, openFigure, taskMs } from '../lib/figure';
import { runStandalone } from '../lib/standalone';
import { gzipSum, stats, type Stats } from '../lib/stats';

/** What `benchLearningRate` measures. */
export interface LearningRateBench {
  start: Stats;
  eta: Stats;
  keys: Stats;
  jsGzipBytes: number;
}

const FIG = '[data-widget="learning-rate"]';


/** A mouse drag from `x(0)` out along `x(t)` (t in −1…1, one sine period) at height y, one move per frame. */
async function sweep(page: Page, cdp: CDPSession, y: number, x: (t: number) => number): Promise<number[]> {
  await page.mouse.move(x(0), y);
  await page.mouse.down();
  const work: number[] = [];
  for (let i = 0; i < 100; i++) {
    const a = await taskMs(cdp);
    await page.mouse.move(x(Math.sin((i / 100) * 2 * Math.PI)), y);
    await nextFrame(page);
    work.push((await taskMs(cdp)) - a);
  }
  await page.mouse.up();
  return work;
}

/** Runs the scenarios on `baseUrl` (the site's root, ending in '/'). */
export async function benchLearningRate(page: Page, baseUrl: string): Promise<LearningRateBench> {
  const { onView, cdp } = await openFigure(page, baseUrl, FIG, `${FIG}[data-ready]`, 'glossary/learning-rate/');
  const handle = page.locator(`${FIG} .handle`);
  const dot = (await handle.locator('.knob').boundingBox())!;
  const plot = (await page.locator(`${FIG} svg[aria-label^="The loss curve"]`).boundingBox())!;
  const cx = dot.x + dot.width / 2;
  // θ₀ = 2.5 sits right of centre: sweep it across most of the curve.
  const start = await sweep(page, cdp, dot.y + dot.height / 2, (t) => cx + t * (cx - plot.x - 0.12 * plot.width));

  const slider = (await page.locator(`${FIG} input[id$="-eta-range"]`).boundingBox())!;
  const eta = await sweep(page, cdp, slider.y + slider.height / 2, (t) => slider.x + slider.width * (0.5 + 0.45 * t));

  await handle.focus();
  const keys: number[] = [];
  for (let i = 0; i < 32; i++) {
    await nextFrame(page);
    const a = await taskMs(cdp);
    await page.keyboard.press(i % 8 < 4 ? 'Shift+ArrowLeft' : 'Shift+ArrowRight');
    await nextFrame(page);
    keys.push((await taskMs(cdp)) - a);
  }
  await cdp.detach();
  return { start: stats(start), eta: stats(eta), keys: stats(keys), jsGzipBytes: await gzipSum(onView, page) };
}

if (process.argv[1]?.endsWith('learning-rate.ts')) await runStandalone(benchLearningRate);
