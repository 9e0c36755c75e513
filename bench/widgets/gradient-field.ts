/**
 * Benchmark of the gradient-field figure on the Gradient page, measured from outside the page
 * (no test hooks in the figure). Per-frame main-thread work is Chromium's own TaskDuration
 * counter (CDP Performance.getMetrics: all main-thread tasks, script + style + layout + paint)
 * read before and after each frame. Scenarios:
 * - idle: the same loop with the mouse moving over the page and nothing to update: the cost of
 *   the measurement itself (CDP calls, the frame wait), to subtract from the drag;
 * - drag: the probe dragged along a loop, one page.mouse move per animation frame, 200 frames
 *   (other figures on the page react to the shared point too and are included);
 * - typing: the last keystroke of a new f to the redrawn bands (latency, including the 150 ms
 *   debounce, and main-thread work over that span);
 * - view: a zoom step (the plot re-sampled at 200×200 and redrawn), latency and work.
 * Also the gzipped bytes of JavaScript requested once the figure scrolls into view, and of
 * what typing a function loads on top (KaTeX). Never fails on a time.
 */
import type { Page } from 'playwright-core';
import { nextFrame, openFigure, taskMs } from '../lib/figure';
import { runStandalone } from '../lib/standalone';
import { gzipSum, stats, type Stats } from '../lib/stats';
export type { Stats } from '../lib/stats';

/** What `benchGradientField` measures. */
export interface GradientFieldBench {
  idle: Stats;
  drag: Stats;
  /** Drag frames minus the idle median: the work the drag itself causes. */
  dragNet: Stats;
  typingLatency: Stats;
  typingWork: Stats;
  viewLatency: Stats;
  viewWork: Stats;
  /** Gzipped JS requested after the figure came into view, and after typing a function. */
  jsGzipBytes: number;
  jsGzipBytesAfterTyping: number;
}

const FIG = '[data-widget="gradient-field"]';


/** Resolves after the next frame has been produced (rAF, then a task after it). */

/** Arms a one-shot observer of the bands; resolves (in page) with the time of their change. */
const armBands = (page: Page): Promise<unknown> =>
  page.evaluate((sel) => {
    const w = window as unknown as { __bandsChanged?: Promise<number> };
    const bands = document.querySelector(`${sel} .bands`)!;
    w.__bandsChanged = new Promise((ok) => {
      const mo = new MutationObserver(() => {
        mo.disconnect();
        ok(performance.now());
      });
      setTimeout(() => {
        mo.disconnect();
        ok(Number.NaN);
      }, 5000);
      mo.observe(bands, { subtree: true, attributes: true, childList: true });
    });
  }, FIG);

const bandsChanged = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __bandsChanged: Promise<number> }).__bandsChanged);

/** Runs the scenarios on `baseUrl` (the site's root, ending in '/'). */
export async function benchGradientField(page: Page, baseUrl: string, options: { alone?: boolean } = {}): Promise<GradientFieldBench> {
  // Alone: the other figures' code is not loaded, so the numbers are this figure's own work and
  // not that of the 3D view, which follows the shared point on the full page.
  if (options.alone) await page.route(/\/_astro\/(PartialSlices|Neuron|surface-scene)[^/]*\.js$/, (r) => r.abort());
  const { requested, onView, cdp } = await openFigure(page, baseUrl, FIG, `${FIG}[data-ready]`);

  // Drag: a loop around the probe's start, one move per frame.
  const knob = (await page.locator(`${FIG} .point .knob`).boundingBox())!;
  const plot = (await page.locator(`${FIG} .backdrop`).boundingBox())!;
  const [x0, y0] = [knob.x + knob.width / 2, knob.y + knob.height / 2];
  const radius = Math.min(plot.width, plot.height) * 0.3;
  const [cx, cy] = [plot.x + plot.width / 2, plot.y + plot.height / 2];
  const path = (i: number): [number, number] => {
    const t = (i / 200) * 2 * Math.PI;
    return [cx + radius * Math.cos(t) + (x0 - cx) * (1 - i / 200), cy + radius * Math.sin(2 * t) * 0.8];
  };
  const loop = async (): Promise<number[]> => {
    const frames: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = await taskMs(cdp);
      await page.mouse.move(...path(i));
      await nextFrame(page);
      frames.push((await taskMs(cdp)) - a);
    }
    return frames;
  };
  // Idle: the same moves over the page's margin, where nothing reacts.
  const margin = (await page.locator('body').boundingBox())!;
  const idle: number[] = [];
  for (let i = 0; i < 100; i++) {
    const a = await taskMs(cdp);
    await page.mouse.move(margin.x + 4, 200 + (i % 50));
    await nextFrame(page);
    idle.push((await taskMs(cdp)) - a);
  }
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const drag = await loop();
  await page.mouse.up();
  const idleMedian = stats(idle).p50;

  // Typing: complete a function with its last keystroke; the bands redraw after the debounce.
  const input = page.locator(FIG).getByRole('textbox', { name: 'f(x, y) =' });
  const sources = ['x^2 + y^', 'x^2 - y^', 'sin(x)*y^', 'x*y + x^', 'exp(-x^2) - y^'];
  const typingLatency: number[] = [];
  const typingWork: number[] = [];
  const beforeTyping = new Set(requested);
  for (let round = 0; round < 4; round++) {
    for (const s of sources) {
      await input.fill(`${s}${round + 1}`.slice(0, -1));
      await page.waitForTimeout(250);
      await nextFrame(page);
      await armBands(page);
      const a = await taskMs(cdp);
      const start = await page.evaluate(() => performance.now());
      await input.press(String(round + 2));
      const end = await bandsChanged(page);
      await nextFrame(page);
      typingWork.push((await taskMs(cdp)) - a);
      if (Number.isFinite(end)) typingLatency.push(end - start);
    }
  }
  await page.waitForTimeout(500);
  const onTyping = new Set([...requested].filter((u) => !beforeTyping.has(u)));

  // View: zoom in and out with the keys of the focused plot area.
  await page.locator(`${FIG} button`, { hasText: 'Ripples' }).click();
  await page.waitForTimeout(300);
  await page.locator(`${FIG} .pan-area`).focus();
  const viewLatency: number[] = [];
  const viewWork: number[] = [];
  for (let i = 0; i < 20; i++) {
    await nextFrame(page);
    await armBands(page);
    const a = await taskMs(cdp);
    const start = await page.evaluate(() => performance.now());
    await page.keyboard.press(i % 2 === 0 ? '+' : '-');
    const end = await bandsChanged(page);
    await nextFrame(page);
    viewWork.push((await taskMs(cdp)) - a);
    if (Number.isFinite(end)) viewLatency.push(end - start);
  }
  await cdp.detach();
  return {
    idle: stats(idle),
    drag: stats(drag),
    dragNet: stats(drag.map((d) => d - idleMedian)),
    typingLatency: stats(typingLatency),
    typingWork: stats(typingWork),
    viewLatency: stats(viewLatency),
    viewWork: stats(viewWork),
    jsGzipBytes: await gzipSum(onView, page),
    jsGzipBytesAfterTyping: await gzipSum(onTyping, page),
  };
}

if (process.argv[1]?.endsWith('gradient-field.ts')) await runStandalone(benchGradientField);
