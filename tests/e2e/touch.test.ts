/**
 * The figures on a phone, driven by real touch events (CDP Input.dispatchTouchEvent on a
 * mobile-emulated page 360 px wide): a finger on a handle drags it by the distance it moves
 * and the readouts follow, while a swipe anywhere else on a figure scrolls the page. On the 3D
 * view one finger scrolls, two fingers turn it, and the "two fingers" hint goes once they have.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileField } from '../../src/math';
import { formatNumber as fmt } from '../../src/widgets/shared/format';
import { DEFAULT_SOURCE } from '../../src/widgets/shared/field-keys';
import { finishClean, openSite, watchedPage, type Site, type Watched } from './harness';

const FIELD = '[data-widget="gradient-field"]';
const SURFACE = '[data-widget="partial-slices"]';
const PHONE = { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let site: Site;
let current: Watched | null = null;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());
afterEach(async () => {
  if (!current) return;
  const w = current;
  current = null;
  await finishClean(w);
});

type Point = { x: number; y: number };

/** A phone page at a term page (the Gradient page by default), with a CDP session for touch input. */
async function phone(term = 'gradient'): Promise<{ page: Page; cdp: CDPSession }> {
  current = await watchedPage(site, PHONE);
  const page = current.page;
  await page.goto(`${site.url}glossary/${term}/`);
  return { page, cdp: await current.context.newCDPSession(page) };
}

/** Fingers moving together from their start points by (dx, dy), in `steps` touch moves. */
async function touchMove(page: Page, cdp: CDPSession, from: Point[], dx: number, dy: number, steps = 12): Promise<void> {
  const at = (k: number) => from.map((p, id) => ({ x: p.x + (dx * k) / steps, y: p.y + (dy * k) / steps, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let k = 1; k <= steps; k++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k) });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForTimeout(150);
}

/** Centre of an element on screen. */
async function centre(l: Locator): Promise<Point> {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Puts an element in the middle of the viewport (so a drag has room on every side). */
async function centreOnScreen(page: Page, l: Locator): Promise<void> {
  await l.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(200);
}

/** Scrolls to the vector-field figure and waits until it has hydrated. */
async function ready(page: Page): Promise<void> {
  await page.locator(FIELD).scrollIntoViewIfNeeded();
  await page.locator(`${FIELD}[data-ready]`).waitFor();
}

const scrollY = (page: Page): Promise<number> => page.evaluate(() => window.scrollY);

describe('touch on the vector-field figure', () => {
  it('drags the probe by the distance the finger moves, and the readout follows', async () => {
    const { page, cdp } = await phone();
    await ready(page);
    const knob = page.locator(`${FIELD} .point .knob`);
    await centreOnScreen(page, knob);
    const start = await centre(knob);
    const before = await scrollY(page);
    await touchMove(page, cdp, [start], -60, 40);
    const end = await centre(knob);
    expect(end.x - start.x).toBeCloseTo(-60, 0);
    expect(end.y - start.y).toBeCloseTo(40, 0);
    expect(await scrollY(page)).toBe(before);
    // The readout shows f at the point the link now records (the engine's numbers).
    await expect.poll(() => new URL(page.url()).searchParams.get('x')).not.toBeNull();
    const url = new URL(page.url());
    const [x, y] = [Number(url.searchParams.get('x')), Number(url.searchParams.get('y'))];
    expect(x).toBeLessThan(1);
    expect(y).toBeLessThan(0.5);
    const f = compileField(DEFAULT_SOURCE).value(x, y);
    expect(Math.abs(Number((await page.locator(`${FIELD} [data-readout="f"]`).innerText()).replace('−', '-')) - f)).toBeLessThan(0.002);
  });

  it('turns u with a finger on its handle', async () => {
    const { page, cdp } = await phone();
    await ready(page);
    const handle = page.locator(`${FIELD} .dir-handle`);
    await centreOnScreen(page, handle);
    const probe = await centre(page.locator(`${FIELD} .point .knob`));
    const start = await centre(handle);
    // From 30° to straight up: the handle ends above the probe.
    const r = Math.hypot(start.x - probe.x, start.y - probe.y);
    await touchMove(page, cdp, [start], probe.x - start.x, probe.y - r - start.y);
    const end = await centre(handle);
    expect(end.x).toBeCloseTo(probe.x, 0);
    expect(end.y).toBeCloseTo(probe.y - r, 0);
    expect(await handle.getAttribute('aria-valuenow')).toBe('90');
    const [ux, uy] = (await page.locator(`${FIELD} [data-readout="u"]`).innerText()).slice(1, -1).split(', ').map((t) => Number(t.replace('−', '-')));
    expect(Math.abs(ux!)).toBeLessThan(0.01);
    expect(uy).toBe(1);
  });

  it('scrolls the page when a finger swipes the plot away from the handles', async () => {
    const { page, cdp } = await phone();
    await ready(page);
    const plot = page.locator(`${FIELD} .backdrop`);
    await centreOnScreen(page, plot);
    const box = (await plot.boundingBox())!;
    const before = await scrollY(page);
    const url = page.url();
    await touchMove(page, cdp, [{ x: box.x + box.width * 0.15, y: box.y + box.height * 0.85 }], 0, -200);
    expect(await scrollY(page)).toBeGreaterThan(before + 100);
    expect(page.url()).toBe(url);
  });
});

describe('touch on the learning-rate figure', () => {
  it('drags the start θ₀ along the loss curve, and the page stays where it was', async () => {
    const { page, cdp } = await phone('learning-rate');
    const handle = page.locator('[data-widget="learning-rate"] .handle');
    await centreOnScreen(page, handle);
    await page.locator('[data-widget="learning-rate"] .handle[aria-disabled="false"]').waitFor();
    const start = await centre(handle.locator('.knob'));
    const before = await scrollY(page);
    await touchMove(page, cdp, [start], -60, 0);
    expect(await scrollY(page)).toBe(before);
    const theta0 = Number(await handle.getAttribute('aria-valuenow'));
    expect(theta0).toBeLessThan(2.5);
    expect(Math.round(theta0 * 20)).toBeCloseTo(theta0 * 20, 9); // snapped to 0.05
    const end = await centre(handle.locator('.knob'));
    expect(Math.abs(end.x - start.x + 60)).toBeLessThan(3);
  });
});

describe('touch on the surface figure', () => {
  it('drags a slice handle by the distance the finger moves, and its slope follows', async () => {
    const { page, cdp } = await phone();
    const handle = page.locator(`${SURFACE} .panel .handle`).first();
    await centreOnScreen(page, handle);
    await page.locator(`${SURFACE} .panel .handle[aria-disabled="false"]`).first().waitFor();
    const dot = handle.locator('.knob');
    const start = await centre(dot);
    const slope = await page.locator(`${SURFACE} [data-slope="x"]`).innerText();
    const before = await scrollY(page);
    await touchMove(page, cdp, [start], 50, 0);
    const end = await centre(dot);
    // Drags snap to a tenth of a key step (a few hundredths of a pixel here).
    expect(Math.abs(end.x - start.x - 50)).toBeLessThan(1.5);
    expect(await scrollY(page)).toBe(before);
    const x = Number(await handle.getAttribute('aria-valuenow'));
    expect(x).toBeGreaterThan(1);
    const [gx] = compileField(DEFAULT_SOURCE).gradient(x, 0.5);
    const shown = await page.locator(`${SURFACE} [data-slope="x"]`).innerText();
    expect(shown).not.toBe(slope);
    expect(shown).toBe(fmt(gx));
  });

  it('scrolls the page when a finger swipes a slice panel away from its handle', async () => {
    const { page, cdp } = await phone();
    const panel = page.locator(`${SURFACE} .panel svg`).first();
    await centreOnScreen(page, panel);
    await page.locator(`${SURFACE} .panel .handle[aria-disabled="false"]`).first().waitFor();
    const box = (await panel.boundingBox())!;
    const before = await scrollY(page);
    await touchMove(page, cdp, [{ x: box.x + box.width * 0.2, y: box.y + box.height * 0.8 }], 0, -200);
    expect(await scrollY(page)).toBeGreaterThan(before + 100);
    expect(await page.locator(`${SURFACE} .panel .handle`).first().getAttribute('aria-valuenow')).toBe('1');
  });

  it('scrolls under one finger on the 3D view, turns under two, and then drops the hint', async () => {
    const { page, cdp } = await phone();
    const view = page.locator(`${SURFACE} .view`);
    await centreOnScreen(page, view);
    await page.locator(`${SURFACE} .view[data-status="live"]`).waitFor({ timeout: 30_000 });
    const box = (await view.boundingBox())!;
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const before = await scrollY(page);
    await touchMove(page, cdp, [mid], 0, -120);
    expect(await scrollY(page)).toBeGreaterThan(before + 50);
    await expect.poll(() => page.locator(`${SURFACE} .hint`).count()).toBe(1);
    const words = await page.locator(`${SURFACE} .orbit`).innerText();
    const two = (await view.boundingBox())!;
    const a = { x: two.x + two.width * 0.35, y: two.y + two.height / 2 };
    const b = { x: two.x + two.width * 0.65, y: two.y + two.height / 2 };
    await touchMove(page, cdp, [a, b], 80, 0);
    await expect.poll(() => page.locator(`${SURFACE} .orbit`).innerText()).not.toBe(words);
    // The reader has used two fingers: the hint is gone at once, not 2.5 s later.
    expect(await page.locator(`${SURFACE} .hint`).count()).toBe(0);
  });
});
