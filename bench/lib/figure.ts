import type { CDPSession, Page } from 'playwright-core';

/** Milliseconds of main-thread work so far: Chromium's TaskDuration counter (script, style, layout, paint). */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Resolves after the next animation frame has been produced. */
export const nextFrame = (page: Page): Promise<unknown> => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));

/** A figure opened for a benchmark: the JS it loaded on view, and a CDP session for timings. */
export interface OpenedFigure {
  /** Every script URL the page has requested so far; it keeps growing. */
  requested: Set<string>;
  /** URLs of the scripts requested after the figure was scrolled into view. */
  onView: Set<string>;
  /** Milliseconds from scrolling the figure into view until `ready` matched. */
  readyMs: number;
  cdp: CDPSession;
}

/**
 * Opens a term page (`path`, the Gradient page by default), scrolls the figure `selector` to the top, waits for `ready` (a
 * selector that matches once the figure is interactive), and starts Chromium's performance
 * metrics. The scripts requested from the scroll on are the figure's own loading cost.
 */
export async function openFigure(page: Page, baseUrl: string, selector: string, ready: string, path = 'glossary/gradient/'): Promise<OpenedFigure> {
  const requested = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) requested.add(r.url());
  });
  await page.goto(new URL(path, baseUrl).href);
  await page.waitForLoadState('load');
  const before = new Set(requested);
  const start = Date.now();
  await page.locator(selector).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.waitForSelector(ready, { timeout: 60_000 });
  const readyMs = Date.now() - start;
  await nextFrame(page);
  await page.waitForTimeout(300);
  const onView = new Set([...requested].filter((u) => !before.has(u)));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { requested, onView, readyMs, cdp };
}
