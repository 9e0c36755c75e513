/**
 * One benchmark per figure of the registry (src/widgets/registry.ts): the table is typed by the
 * figure names, so a figure added to the registry without a benchmark here does not compile.
 * Each returns its rows of the frame table and of the bytes table; bench/widgets.ts prints them.
 */
import type { Browser, Page } from 'playwright-core';
import type { FigureName } from '../../src/widgets/registry';
import type { Stats } from '../lib/stats';
import { benchGradientField } from './gradient-field';
import { benchLearningRate } from './learning-rate';
import { benchNeuron } from './neuron';
import { benchPartialSlices } from './partial-slices';

/** A frame-table row: scenario, its frame times, the target it is read against ('' if none). */
export type FrameRow = [scenario: string, stats: Stats, target: string];
/** A bytes-table row: when, gzipped bytes, the files (or ''). */
export type BytesRow = [when: string, bytes: number, files: string];
export interface FigureBenchResult {
  frames: FrameRow[];
  bytes: BytesRow[];
}

/** Runs `bench` on a fresh desktop-sized page. */
async function onPage<T>(browser: Browser, bench: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    return await bench(page);
  } finally {
    await page.close();
  }
}

export const FIGURE_BENCHES: Record<FigureName, (browser: Browser, url: string) => Promise<FigureBenchResult>> = {
  neuron: async (browser, url) => {
    const n = await onPage(browser, (p) => benchNeuron(p, url));
    return {
      frames: [
        ['play the backward pass', n.backward, ''],
        ['drag a weight slider', n.drag, ''],
        ['(bare range input dragged: the floor)', n.dragFloor, ''],
        ['take a gradient step', n.step, ''],
        ['step to the next node', n.next, ''],
      ],
      bytes: [['neuron, on view', n.jsGzipBytes, '']],
    };
  },
  'gradient-field': async (browser, url) => {
    const alone = await onPage(browser, (p) => benchGradientField(p, url, { alone: true }));
    const field = await onPage(browser, (p) => benchGradientField(p, url));
    return {
      frames: [
        ['alone: drag the probe, 200×200 sampling', alone.drag, 'p95 < 8 ms'],
        ['alone: drag, net of the idle frame cost', alone.dragNet, 'p95 < 8 ms'],
        ['on the page: drag the probe, 3D view following', field.drag, ''],
        ['on the page: (idle frame: measuring cost)', field.idle, ''],
        ['type a function (work)', field.typingWork, ''],
        ['pan/zoom re-sample 200×200 (work)', field.viewWork, ''],
      ],
      bytes: [
        ['vector field alone, on view', alone.jsGzipBytes, ''],
        ['vector field on the page, on view (the 3D figure just below hydrates too)', field.jsGzipBytes, ''],
        ['vector field, after typing (KaTeX)', field.jsGzipBytesAfterTyping, ''],
      ],
    };
  },
  'partial-slices': async (browser, url) => {
    const s = await onPage(browser, (p) => benchPartialSlices(p, url));
    const frames: FrameRow[] = [
      ['move the point', s.point, 'p95 < 12 ms'],
      ['move the point by keyboard', s.keys, 'p95 < 12 ms'],
      ['orbit', s.orbit, 'p95 < 12 ms'],
      ['(idle frame: measuring cost)', s.idle, ''],
      ['move the point, net of the idle frame', s.net.point, 'p95 < 12 ms'],
      ['keyboard, net of the idle frame', s.net.keys, 'p95 < 12 ms'],
      ['orbit, net of the idle frame', s.net.orbit, 'p95 < 12 ms'],
    ];
    if (s.worker) frames.push(['(worker) draw a frame while orbiting, off the main thread', s.worker, '']);
    frames.push(['(bare WebGL clear, the floor here)', s.bareWebGL, '']);
    return { frames, bytes: [['3D surface, on view (with three.js)', s.jsGzipBytes, '']] };
  },
  'learning-rate': async (browser, url) => {
    const l = await onPage(browser, (p) => benchLearningRate(p, url));
    return {
      frames: [
        ['drag the start θ₀ along the curve', l.start, ''],
        ['drag the learning-rate slider', l.eta, ''],
        ['Shift+arrow on θ₀ (work per press)', l.keys, ''],
      ],
      bytes: [['learning-rate figure, on view', l.jsGzipBytes, '']],
    };
  },
};
