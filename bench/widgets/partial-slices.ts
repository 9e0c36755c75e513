/**
 * Benchmark of the surface figure ("Partial derivatives slice a surface") on the Gradient page,
 * measured from outside the page (no hooks in the figure). Per-frame main-thread work is
 * Chromium's TaskDuration counter (CDP Performance.getMetrics: every main-thread task, script +
 * style + layout + paint, and the WebGL calls; SwiftShader's rasterising runs in the GPU
 * process) read before and after each frame. Scenarios:
 * - point: the x₀ handle dragged back and forth in its slice panel, one mouse move per frame,
 *   200 frames (each moves the shared point: slices resampled, both panels and the 3D planes,
 *   curves, tangents and arrows updated, the vector-field figure's probe too);
 * - keys: 200 presses of an arrow key on the y₀ handle, one per frame;
 * - orbit: a mouse drag across the 3D view, one move per frame, 200 frames;
 * - idle: the same loop with the mouse moving over the page's margin, where nothing reacts: what
 *   the measuring itself costs a frame (CDP calls, the frame wait). The "net" rows subtract its
 *   median from every frame, as the vector-field benchmark does;
 * - worker: the 3D view draws in a worker (an OffscreenCanvas), so the frames above cost the
 *   main thread only input, the panels and a message. What a frame costs the worker is read
 *   from a Chromium trace of a second orbit (100 frames): the worker thread's top-level tasks
 *   that draw (longer than 0.5 ms), mostly waiting for SwiftShader to finish the picture;
 * - firstFrame: from scrolling the figure into view to its first WebGL frame (ms, one sample);
 * - bareWebGL: a blank page clearing a WebGL canvas of the view's size each frame, the floor
 *   set by this machine (software compositing reads every WebGL frame back on the main thread,
 *   so here TaskDuration includes SwiftShader's drawing; compare ratios, and the script part).
 * Also the gzipped bytes of JavaScript requested once the figure scrolls into view. Never fails
 * on a time. Standalone: DIST_DIR=/tmp/dist-x npx tsx bench/widgets/partial-slices.ts
 */
import type { CDPSession, Page } from 'playwright-core';
import { nextFrame, openFigure } from '../lib/figure';
import { runStandalone } from '../lib/standalone';
import { gzipSum, stats, type Stats } from '../lib/stats';
export type { Stats } from '../lib/stats';

/** Main-thread work per frame (all tasks) and the part of it that is JavaScript. */
export interface FrameStats extends Stats {
  script: Stats;
}

/** What `benchPartialSlices` measures. */
export interface PartialSlicesBench {
  point: FrameStats;
  keys: FrameStats;
  orbit: FrameStats;
  /** The measuring loop with nothing to update. */
  idle: Stats;
  /** point, keys and orbit minus the idle median: the work the figure itself causes. */
  net: { point: Stats; keys: Stats; orbit: Stats };
  /** What drawing one frame costs the worker thread while orbiting (null: no worker ran). */
  worker: Stats | null;
  /** A bare WebGL clear of a canvas the size of the view, per frame: the floor of this machine. */
  bareWebGL: Stats;
  firstFrameMs: number;
  /** Gzipped JS requested after the figure came into view (the island and three.js). */
  jsGzipBytes: number;
}

const FIG = '[data-widget="partial-slices"]';

/** Chromium's cumulative main-thread task time and script time, in ms. */
async function taskMs(cdp: CDPSession): Promise<[number, number]> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return [ms('TaskDuration'), ms('ScriptDuration')];
}

/** Resolves after the next frame has been produced (rAF, then a task after it). */

/** Main-thread work (all tasks, and script) of each frame, ms. */
interface Frames {
  task: number[];
  script: number[];
}

const frameStats = (f: Frames): FrameStats => ({ ...stats(f.task), script: stats(f.script) });

/** Work per frame while `step(i)` runs once per frame for `frames` frames. */
async function perFrame(page: Page, cdp: CDPSession, frames: number, step: (i: number) => Promise<unknown>): Promise<Frames> {
  const task: number[] = [];
  const script: number[] = [];
  for (let i = 0; i < frames; i++) {
    const [a, sa] = await taskMs(cdp);
    await step(i);
    await nextFrame(page);
    const [b, sb] = await taskMs(cdp);
    task.push(b - a);
    script.push(sb - sa);
  }
  return { task, script };
}

/** Per-frame work of clearing a bare WebGL canvas of the view's size, in a blank page. */
async function bareWebGL(page: Page, width: number, height: number): Promise<Stats> {
  const blank = await page.context().browser()!.newPage({ viewport: page.viewportSize() ?? { width: 1280, height: 900 } });
  await blank.setContent('<canvas></canvas>');
  const cdp = await blank.context().newCDPSession(blank);
  await cdp.send('Performance.enable');
  await blank.evaluate(([w, h]) => {
    const c = document.querySelector('canvas')!;
    c.width = w!;
    c.height = h!;
    (window as unknown as { gl: WebGL2RenderingContext }).gl = c.getContext('webgl2', { antialias: false })!;
  }, [Math.round(width), Math.round(height)]);
  const frames = await perFrame(blank, cdp, 60, (i) =>
    blank.evaluate((v) => {
      const gl = (window as unknown as { gl: WebGL2RenderingContext }).gl;
      gl.clearColor(v, 0, 0, 1);
      gl.clear(gl.COLOR_BUFFER_BIT);
    }, (i % 10) / 10),
  );
  await cdp.detach();
  await blank.close();
  return stats(frames.task);
}

/** Durations (ms) of the worker thread's drawing tasks in a Chromium trace, or null if none ran. */
function workerTasks(trace: Buffer): number[] | null {
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } };
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const thread = events.find((e) => e.name === 'thread_name' && /^DedicatedWorker/.test(e.args?.name ?? ''));
  if (!thread) return null;
  return events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 500).map((e) => e.dur! / 1000);
}

/** Runs the scenarios on `baseUrl` (the site's root, ending in '/'). */
export async function benchPartialSlices(page: Page, baseUrl: string): Promise<PartialSlicesBench> {
  const { onView, cdp, readyMs: firstFrameMs } = await openFigure(page, baseUrl, FIG, `${FIG} .view[data-status="live"]`);

  // Idle: the same loop over the page's margin, where nothing reacts.
  const margin = (await page.locator('body').boundingBox())!;
  const idle = await perFrame(page, cdp, 100, (i) => page.mouse.move(margin.x + 4, 200 + (i % 50)));

  // Point: drag the x₀ handle along its panel and back.
  const fig = page.locator(FIG);
  const knob = (await fig.getByRole('slider', { name: "x₀, the point's x" }).locator('.knob').boundingBox())!;
  const panel = (await fig.locator('.panel svg').first().boundingBox())!;
  const [kx, ky] = [knob.x + knob.width / 2, knob.y + knob.height / 2];
  const left = panel.x + panel.width * 0.15;
  const right = panel.x + panel.width * 0.95;
  await page.mouse.move(kx, ky);
  await page.mouse.down();
  const point = await perFrame(page, cdp, 200, (i) => {
    const t = 0.5 - 0.5 * Math.cos((i / 200) * 4 * Math.PI);
    return page.mouse.move(kx + (left - kx) * t + (right - left) * 0.3 * Math.sin((i / 200) * 2 * Math.PI), ky);
  });
  await page.mouse.up();

  // Keys: the y₀ handle stepped up and down by its arrow keys.
  await fig.getByRole('slider', { name: "y₀, the point's y" }).focus();
  const keys = await perFrame(page, cdp, 200, (i) => page.keyboard.press(i % 80 < 40 ? 'ArrowRight' : 'ArrowLeft'));

  // Orbit: drag across the 3D view.
  const view = (await fig.locator('.view').boundingBox())!;
  const [cx, cy] = [view.x + view.width / 2, view.y + view.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const orbitTo = (i: number) => page.mouse.move(cx + view.width * 0.3 * Math.sin((i / 200) * 2 * Math.PI), cy + view.height * 0.2 * Math.sin((i / 200) * 4 * Math.PI));
  const orbit = await perFrame(page, cdp, 200, orbitTo);
  await page.mouse.up();

  // The worker's side of the same orbit, from a trace (which slows every thread a little).
  const browser = page.context().browser()!;
  await page.mouse.down();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
  for (let i = 0; i < 100; i++) {
    await orbitTo(i);
    await nextFrame(page);
  }
  const tasks = workerTasks(await browser.stopTracing());
  await page.mouse.up();
  await cdp.detach();
  const idleMedian = stats(idle.task).p50;
  const net = (f: Frames) => stats(f.task.map((t) => t - idleMedian));
  return {
    point: frameStats(point),
    keys: frameStats(keys),
    orbit: frameStats(orbit),
    idle: stats(idle.task),
    net: { point: net(point), keys: net(keys), orbit: net(orbit) },
    worker: tasks && tasks.length > 0 ? stats(tasks) : null,
    bareWebGL: await bareWebGL(page, view.width, view.height),
    firstFrameMs,
    jsGzipBytes: await gzipSum(onView, page),
  };
}

if (process.argv[1]?.endsWith('partial-slices.ts')) await runStandalone(benchPartialSlices);
