/**
 * Benchmark of the neuron figure on the Gradient page, measured from outside the page (no hooks
 * in the figure). Per-frame main-thread work is Chromium's TaskDuration counter (CDP
 * Performance.getMetrics: every main-thread task, script + style + layout + paint) read before
 * and after each frame. Scenarios:
 * - backward: Backward pressed after a reset, the whole animated backward pass (11 steps with an
 *   edge highlight each), sampled every frame until it ends;
 * - drag: the w₁ slider dragged back and forth, one mouse move per frame, 100 frames (each move
 *   reruns the engine's passes and finite-difference check and redraws the graph);
 * - dragFloor: the same drag on a bare <input type="range"> added to the page, which updates
 *   nothing: the floor of a slider drag here, to read `drag` against;
 * - step: one "Take a step" (G, a gradient step) to the next frame, 32 presses (work per press);
 * - next: one Step (N, the next node of the animation) to the next frame, 32 presses.
 * Also the gzipped bytes of JavaScript requested once the figure scrolls into view. Never fails
 * on a time. Standalone: DIST_DIR=/tmp/dist-x npx tsx bench/widgets/neuron.ts
 */
import type { Page } from 'playwright-core';
import { nextFrame, openFigure, taskMs } from '../lib/figure';
import { runStandalone } from '../lib/standalone';
import { gzipSum, stats, type Stats } from '../lib/stats';
export type { Stats } from '../lib/stats';

/** What `benchNeuron` measures. */
export interface NeuronBench {
  backward: Stats;
  drag: Stats;
  /** The same drag on a bare range input that updates nothing. */
  dragFloor: Stats;
  /** "Take a step": a gradient step. */
  step: Stats;
  /** Step (N): the next node of the animation. */
  next: Stats;
  /** Gzipped JS requested after the figure came into view. */
  jsGzipBytes: number;
}

const FIG = '[data-widget="neuron"]';


/** Resolves after the next frame has been produced (rAF, then a task after it). */

const heading = (page: Page): Promise<string> => page.locator(`${FIG} [aria-label="Current step"] .heading`).innerText();

/** Runs the scenarios on `baseUrl` (the site's root, ending in '/'). */
export async function benchNeuron(page: Page, baseUrl: string): Promise<NeuronBench> {
  const { onView, cdp } = await openFigure(page, baseUrl, FIG, `${FIG}[data-ready]`);

  // Backward: every frame of the animated pass, until its last step shows and settles.
  const fig = page.locator(FIG);
  await fig.getByRole('button', { name: /^Rewind/ }).click();
  await nextFrame(page);
  const backward: number[] = [];
  await fig.getByRole('button', { name: /^Backward/ }).click();
  let settledFrames = 0;
  for (let i = 0; i < 2000 && settledFrames < 45; i++) {
    const a = await taskMs(cdp);
    await nextFrame(page);
    backward.push((await taskMs(cdp)) - a);
    if (i % 10 === 0 && (await heading(page)) === 'Backward step 11 of 11') settledFrames += 10;
  }

  // Drag: the w1 slider's thumb across its track and back, one move per frame; then the same
  // on a bare range input that updates nothing.
  const dragSlider = async (selector: string): Promise<number[]> => {
    const box = (await page.locator(selector).boundingBox())!;
    const y = box.y + box.height / 2;
    const at = (t: number): number => box.x + 8 + t * (box.width - 16);
    await page.mouse.move(at(0.5), y);
    await page.mouse.down();
    const work: number[] = [];
    for (let i = 0; i < 100; i++) {
      const a = await taskMs(cdp);
      await page.mouse.move(at(0.5 + 0.45 * Math.sin((i / 100) * 2 * Math.PI)), y);
      await nextFrame(page);
      work.push((await taskMs(cdp)) - a);
    }
    await page.mouse.up();
    return work;
  };
  const drag = await dragSlider(`${FIG} input[id$="-w1-range"]`);
  await page.evaluate(() => {
    const bare = document.createElement('input');
    Object.assign(bare, { type: 'range', id: 'bench-bare-range', min: '-4', max: '4', step: '0.05' });
    bare.style.cssText = 'position:fixed;top:120px;left:120px;width:220px';
    document.body.append(bare);
  });
  const dragFloor = await dragSlider('#bench-bare-range');

  // Step (N) and Take a step (G): key presses, work until the next frame.
  await fig.locator('.graph-wrap').focus();
  const presses = async (key: string): Promise<number[]> => {
    const work: number[] = [];
    for (let i = 0; i < 32; i++) {
      await nextFrame(page);
      const a = await taskMs(cdp);
      await page.keyboard.press(key);
      await nextFrame(page);
      work.push((await taskMs(cdp)) - a);
    }
    return work;
  };
  const next = await presses('n');
  const step = await presses('g');
  await cdp.detach();
  return { backward: stats(backward), drag: stats(drag), dragFloor: stats(dragFloor), step: stats(step), next: stats(next), jsGzipBytes: await gzipSum(onView, page) };
}

if (process.argv[1]?.endsWith('neuron.ts')) await runStandalone(benchNeuron);
