/**
 * Figure 3 of the Gradient page, "Partial derivatives slice a surface", in the built site:
 * the no-JS picture, the live WebGL view, keyboard on the handles and the view, the state
 * shared with the vector-field figure, the WebGL fallbacks, and every example. Numbers shown
 * are checked against the engine, computed here. (About 400 lines: it is the figure’s one
 * browser suite, and the harness gives each figure one file.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compileField } from '../../src/math';
import { DEFAULT_SOURCE } from '../../src/widgets/shared/field-keys';
import { EXAMPLES } from '../../src/widgets/PartialSlices/examples';
import { formatNumber as fmt } from '../../src/widgets/shared/format';
import { finishClean, openSite, watchedPage, type Site, type Watched } from './harness';

const FIGURE = '[data-widget="partial-slices"]';
const PAGE = 'glossary/gradient/';
let site: Site;
let current: Watched | null = null;

beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

/** Fails the test on console errors, CSP violations or requests to other origins. */
afterEach(async () => {
  if (!current) return;
  const w = current;
  current = null;
  await finishClean(w);
});

/** Opens the Gradient page with a query, in a watched context. */
async function open(query = '', options: Parameters<typeof watchedPage>[1] = {}): Promise<Page> {
  current = await watchedPage(site, options);
  await current.page.goto(`${site.url}${PAGE}${query}`);
  return current.page;
}

/** Scrolls the figure into view and waits for its first WebGL frame (or its fallback). */
async function hydrate(page: Page, status: 'live' | 'failed' = 'live'): Promise<void> {
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await page.locator(`${FIGURE} .view[data-status="${status}"]`).waitFor({ timeout: 30_000 });
}

/** Expects a shown number ("−0.403"; the examples stay within 0.01 … 10 000) to be the engine's, to the shown precision. */
function expectShown(text: string, value: number): void {
  expect(Math.abs(Number(text.trim().replace('−', '-')) - value)).toBeLessThanOrEqual(0.0005 + 1e-9 * Math.abs(value));
}

async function slopes(page: Page): Promise<[string, string]> {
  return [await page.locator(`${FIGURE} [data-slope="x"]`).innerText(), await page.locator(`${FIGURE} [data-slope="y"]`).innerText()];
}

/** Expects both shown slopes to be the engine's ∂f/∂x and ∂f/∂y of `source` at the shown point. */
async function expectSlopes(page: Page, source = DEFAULT_SOURCE): Promise<void> {
  const [x, y] = await point(page);
  const [gx, gy] = compileField(source).gradient(x, y);
  const [sx, sy] = await slopes(page);
  expectShown(sx, gx);
  expectShown(sy, gy);
}

/** Presses keys one after another. */
async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

const handle = (page: Page, axis: 'x' | 'y') => page.locator(FIGURE).getByRole('slider', { name: `${axis}₀, the point's ${axis}` });

/** The words under the 3D view that describe the camera. */
async function viewText(page: Page): Promise<string> {
  const id = await page.locator(FIGURE).getByRole('application').getAttribute('aria-describedby');
  return page.locator(`#${id}`).innerText();
}

async function point(page: Page): Promise<[number, number]> {
  return [Number(await handle(page, 'x').getAttribute('aria-valuenow')), Number(await handle(page, 'y').getAttribute('aria-valuenow'))];
}

/**
 * Runs `setup` in every worker the page starts, before the worker's own code: through CDP each
 * worker waits at its start until patched. `run` evaluates an expression in the last one later.
 */
async function patchWorkers(w: Watched, setup: string): Promise<{ urls: string[]; run(expression: string): Promise<unknown> }> {
  const cdp = await w.context.newCDPSession(w.page);
  let id = 0;
  let last = '';
  const urls: string[] = [];
  const send = (sessionId: string, method: string, params: object = {}) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params }) });
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type !== 'worker') return;
    urls.push(e.targetInfo.url);
    last = e.sessionId;
    void send(e.sessionId, 'Runtime.evaluate', { expression: setup }).then(() => send(e.sessionId, 'Runtime.runIfWaitingForDebugger'));
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return { urls, run: (expression) => send(last, 'Runtime.evaluate', { expression }) };
}

/** Expects turning the view by two key presses to change its pixels (it draws). */
async function expectRedraw(page: Page): Promise<void> {
  const view = page.locator(`${FIGURE} .view`);
  const before = await view.screenshot();
  await view.focus();
  await press(page, 'ArrowLeft', 'ArrowLeft');
  await expect.poll(async () => (await view.screenshot()).equals(before), { timeout: 10_000 }).toBe(false);
}

describe('partial-slices figure', () => {
  it('shows a static picture and both slices without JavaScript', async () => {
    const page = await open('', { javaScriptEnabled: false });
    const fig = page.locator(FIGURE);
    expect(await fig.locator('svg.static path.wire').count()).toBeGreaterThan(3);
    expect(await fig.locator('svg.static path.slice.x').getAttribute('d')).toMatch(/^M/);
    expect(await fig.locator('.panel.x path.curve').getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L/);
    expect(await fig.locator('.panel.y path.tangent').getAttribute('d')).toMatch(/^M/);
    expect(await fig.innerText()).toContain('interactive with JavaScript');
    expect(await fig.locator('input[type="range"]').first().isDisabled()).toBe(true);
    expect(await fig.locator('canvas').count()).toBe(0);
    expect(await point(page)).toEqual([1, 0.5]);
    await expectSlopes(page);
  });

  it('starts a WebGL view when it scrolls into view', async () => {
    const page = await open();
    expect(await page.locator(`${FIGURE} canvas`).count()).toBe(0);
    await hydrate(page);
    // Drawn by a worker on an OffscreenCanvas; turning the view by a key changes the picture.
    expect(page.workers().some((w) => /scene-worker/.test(w.url()))).toBe(true);
    await expectRedraw(page);
    expect(await page.locator(`${FIGURE} svg.static`).count()).toBe(0);
    expect(await page.locator(FIGURE).innerText()).not.toContain('interactive with JavaScript');
  });

  it('moves the point with the keyboard on the handles and the fields; the slopes are the engine’s', async () => {
    const page = await open();
    await hydrate(page);
    await handle(page, 'x').focus();
    await press(page, 'ArrowRight', 'ArrowRight', 'Shift+ArrowRight');
    expect((await point(page))[0]).toBeCloseTo(1.6, 9);
    await handle(page, 'y').focus();
    await press(page, 'ArrowLeft');
    expect(await point(page)).toEqual([1.6, 0.45]);
    await expectSlopes(page);
    await press(page, 'End');
    expect((await point(page))[1]).toBe(3);
    await press(page, 'Home');
    expect((await point(page))[1]).toBe(-3);
    await expect.poll(() => page.locator(`${FIGURE} [aria-live="polite"]`).innerText()).toContain('Point (1.600, −3.000)');
    await expect.poll(() => page.url()).toContain('y=-3');
    // and the number fields, with a true minus sign
    const fieldX = page.locator(FIGURE).getByRole('textbox', { name: "x₀, the point's x" });
    await fieldX.fill('−2.25');
    await fieldX.press('Enter');
    expect(await point(page)).toEqual([-2.25, -3]);
    await expectSlopes(page);
  });

  it('keeps what a reader typed that is not a number, says so, and keeps the point', async () => {
    const page = await open();
    await hydrate(page);
    const fieldX = page.locator(FIGURE).getByRole('textbox', { name: "x₀, the point's x" });
    await fieldX.fill('2 + abc');
    await fieldX.press('Enter');
    expect(await point(page)).toEqual([1, 0.5]);
    expect(await fieldX.inputValue()).toBe('2 + abc');
    expect(await fieldX.getAttribute('aria-invalid')).toBe('true');
    const message = page.locator(`#${await fieldX.getAttribute('aria-describedby')}`);
    expect(await message.innerText()).toBe('“2 + abc” is not a number; x₀ stays 1.');
    // A number then moves the point and clears the message.
    await fieldX.fill('2');
    await fieldX.press('Enter');
    expect(await point(page)).toEqual([2, 0.5]);
    expect(await fieldX.getAttribute('aria-invalid')).toBe('false');
    expect(await page.locator(`${FIGURE} .field-error`).count()).toBe(0);
    await expectSlopes(page);
  });

  it('drags the point along a slice panel, and a press on the panel jumps it there', async () => {
    const page = await open();
    await hydrate(page);
    const dot = (await handle(page, 'x').locator('.knob').boundingBox())!;
    const panel = (await page.locator(`${FIGURE} .panel svg`).first().boundingBox())!;
    await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await page.mouse.down();
    await page.mouse.move(panel.x + panel.width * 0.3, dot.y + 40, { steps: 5 });
    await page.mouse.up();
    const [x, y] = await point(page);
    expect(x).toBeLessThan(0);
    expect(y).toBe(0.5);
    await expectSlopes(page);
    const other = (await page.locator(`${FIGURE} .panel svg`).nth(1).boundingBox())!;
    await page.mouse.click(other.x + other.width * 0.9, other.y + other.height * 0.2);
    expect((await point(page))[1]).toBeGreaterThan(2);
    expect(Math.round(x * 200)).toBeCloseTo(x * 200, 9); // snapped to 0.005
    await expect.poll(() => page.url()).toContain(`x=${x}`);
  });

  it('orbits when the view is dragged with the mouse', async () => {
    const page = await open();
    await hydrate(page);
    const view = page.locator(FIGURE).getByRole('application');
    const box = (await view.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2 + 20, { steps: 4 });
    // Mid-drag the camera's words wait, dimmed; they catch up when the drag ends.
    expect(await viewText(page)).toContain('azimuth −120°, elevation 30°');
    expect(await page.locator(`${FIGURE} .orbit.turning`).count()).toBe(1);
    await page.mouse.up();
    expect(await viewText(page)).toContain('azimuth −165°, elevation 39°');
    expect(await page.locator(`${FIGURE} .orbit.turning`).count()).toBe(0);
  });

  it('turns under two fingers on a touch screen; one finger gets a hint and keeps scrolling', async () => {
    const page = await open('', { hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });
    await hydrate(page);
    // One finger moves 30 px down; then two fingers move 100 px right. Which moves were taken?
    const taken = await page.locator(FIGURE).getByRole('application').evaluate((el, gestures) =>
      gestures.map(([from, to]) => {
        const r = el.getBoundingClientRect();
        const at = (xs: number[], dy: number) => xs.map((dx, identifier) => new Touch({ identifier, target: el, clientX: r.left + r.width / 2 + dx, clientY: r.top + r.height / 2 + dy }));
        const fire = (type: string, list: Touch[]) => el.dispatchEvent(new TouchEvent(type, { touches: list, changedTouches: list, cancelable: true, bubbles: true }));
        fire('touchstart', at(from!, 0));
        const free = fire('touchmove', at(to!, from!.length === 1 ? 30 : 0));
        fire('touchend', []);
        return !free;
      }), [[[0], [0]], [[-20, 20], [80, 120]]]);
    expect(taken).toEqual([false, true]);
    // The one-finger swipe showed the hint; two fingers then turned the view, so it has gone.
    expect(await page.locator(`${FIGURE} .hint`).count()).toBe(0);
    // the fingers' midpoint moved 100 px right: 0.45° a pixel turns the view 45°
    expect(await viewText(page)).toContain('azimuth −165°, elevation 30°');
  });

  it('starts from the link after the vector-field figure has read it', async () => {
    const page = await open('?f=x%5E2%2By%5E2&x=2&y=-1');
    await page.locator('[data-widget="gradient-field"]').scrollIntoViewIfNeeded();
    await page.locator('[data-widget="gradient-field"] [data-readout="grad"]').waitFor();
    await expect.poll(() => page.locator('[data-widget="gradient-field"] [data-readout="grad"]').innerText()).toBe('(4.000, −2.000)');
    await hydrate(page);
    expect(await point(page)).toEqual([2, -1]);
    expect(await slopes(page)).toEqual(['4.000', '−2.000']);
  });

  it('moves the window to a point the link puts outside it', async () => {
    const page = await open('?x=40&y=-0.5');
    await hydrate(page);
    expect(await point(page)).toEqual([40, -0.5]);
    expect(await handle(page, 'x').getAttribute('aria-valuemin')).toBe('37');
    await expectSlopes(page);
  });

  it('shares the point with the vector-field figure, both ways', async () => {
    const page = await open();
    const other = page.locator('[data-widget="gradient-field"]');
    await other.scrollIntoViewIfNeeded();
    const probe = other.getByRole('slider', { name: 'Probe point (x₀, y₀)' });
    await probe.waitFor();
    await expect.poll(() => probe.getAttribute('tabindex')).toBe('0');
    await hydrate(page);
    // here → there
    await handle(page, 'x').focus();
    await press(page, 'Shift+ArrowLeft');
    const [gx, gy] = compileField(DEFAULT_SOURCE).gradient(0.5, 0.5);
    await expect.poll(() => other.locator('[data-readout="grad"]').innerText()).toBe(`(${fmt(gx)}, ${fmt(gy)})`);
    // there → here
    await probe.focus();
    await press(page, 'ArrowUp');
    expect((await point(page))[1]).toBeGreaterThan(0.5);
    await expectSlopes(page);
  });

  it('orbits with the keyboard and the buttons, and keeps the view in the link', async () => {
    const page = await open();
    await hydrate(page);
    const view = page.locator(FIGURE).getByRole('application');
    const desc = () => viewText(page);
    expect(await desc()).toContain('azimuth −120°, elevation 30°');
    await view.focus();
    await press(page, 'ArrowLeft', 'Shift+ArrowUp');
    expect(await desc()).toContain('azimuth −115°, elevation 50°');
    await press(page, '-');
    expect(await desc()).toContain('distance 6.1');
    await expect.poll(() => page.url()).toContain('cam=-115%2C50%2C6.05');
    await press(page, 'Home');
    expect(await desc()).toContain('azimuth −120°, elevation 30°, distance 5.5');
    await page.locator(FIGURE).getByRole('button', { name: 'Turn the view right' }).click();
    expect(await desc()).toContain('azimuth −125°');
  });

  // The vector-field figure reports unknown link settings; `cam` belongs to this figure.
  it('keeps the vector-field figure quiet about this figure’s cam setting', async () => {
    const other = (await open('?cam=-60,35,5.5')).locator('[data-widget="gradient-field"]');
    await other.scrollIntoViewIfNeeded();
    await expect.poll(() => other.locator('[data-readout="grad"]').count()).toBe(1);
    expect(await other.innerText()).not.toContain('“cam”');
  });

  it('reads the camera from the link and explains a bad one', async () => {
    const page = await open('?cam=45,60,4');
    await hydrate(page);
    expect(await viewText(page)).toContain('azimuth 45°, elevation 60°, distance 4.0');
    await page.goto(`${site.url}${PAGE}?cam=banana`);
    await hydrate(page);
    expect(await page.locator(`${FIGURE} .notices`).innerText()).toContain('camera angle');
  });

  it('says so when WebGL is missing, and the slices still work', async () => {
    current = await watchedPage(site);
    // A browser with no WebGL and no OffscreenCanvas (a worker's WebGL cannot be switched off
    // from the page; see the next test for the worker failing).
    await current.context.addInitScript(() => {
      delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown }).transferControlToOffscreen;
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/.test(type)) return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    const page = current.page;
    await page.goto(`${site.url}${PAGE}`);
    await hydrate(page, 'failed');
    expect(await page.locator(`${FIGURE} .message`).innerText()).toContain('3D view unavailable: this browser could not start WebGL. The two slices below still work.');
    expect(await page.locator(`${FIGURE} svg.static`).count()).toBe(1);
    await handle(page, 'x').focus();
    await press(page, 'ArrowLeft');
    expect(await point(page)).toEqual([0.95, 0.5]);
    await expectSlopes(page);
  });

  it('draws on the page when its worker cannot start', async () => {
    current = await watchedPage(site);
    await current.context.route(/\/_astro\/scene-worker[^/]*\.js$/, (route) => route.abort('failed'));
    const page = current.page;
    await page.goto(`${site.url}${PAGE}`);
    await hydrate(page);
    // The worker is ended by the page once it has said it cannot draw; Playwright learns of it a moment later.
    await expect.poll(() => page.workers().length).toBe(0);
    expect(await page.locator(`${FIGURE} canvas`).evaluate((c: HTMLCanvasElement) => c.getContext('webgl2')?.isContextLost())).toBe(false);
    expect(await page.locator(`${FIGURE} .message`).count()).toBe(0);
    // The refused worker script is the only console error, and it is expected here.
    expect(current.consoleErrors.every((e) => /ERR_FAILED|Failed to load|worker/i.test(e))).toBe(true);
    current.consoleErrors.length = 0;
  });

  it('draws on the page when its worker has no WebGL (OffscreenCanvas without WebGL, as in Safari 16.4)', async () => {
    current = await watchedPage(site);
    const page = current.page;
    const workers = await patchWorkers(current, 'OffscreenCanvas.prototype.getContext = () => null');
    await page.goto(`${site.url}${PAGE}`);
    await hydrate(page);
    expect(workers.urls.some((url) => /scene-worker/.test(url))).toBe(true);
    // The worker is ended by the page once it has said it cannot draw; Playwright learns of it a moment later.
    await expect.poll(() => page.workers().length).toBe(0);
    expect(await page.locator(`${FIGURE} canvas`).evaluate((c: HTMLCanvasElement) => c.getContext('webgl2')?.isContextLost())).toBe(false);
    expect(await page.locator(`${FIGURE} .message`).count()).toBe(0);
  });

  it('says so when its worker loses the WebGL context, and draws again when it is restored', async () => {
    current = await watchedPage(site);
    const page = current.page;
    // Keep a handle on the worker's context so the test can lose and restore it.
    const worker = await patchWorkers(
      current,
      `{ const get = OffscreenCanvas.prototype.getContext;
         OffscreenCanvas.prototype.getContext = function (...args) { const gl = get.apply(this, args); if (gl) self.lose = gl.getExtension('WEBGL_lose_context'); return gl; }; }`,
    );
    await page.goto(`${site.url}${PAGE}`);
    await hydrate(page);
    expect(page.workers().length).toBe(1);
    await worker.run('self.lose.loseContext()');
    await page.locator(`${FIGURE} .view[data-status="lost"]`).waitFor();
    expect(await page.locator(`${FIGURE} .message`).innerText()).toContain('3D view unavailable');
    await handle(page, 'y').focus();
    await press(page, 'ArrowRight');
    expect((await point(page))[1]).toBeCloseTo(0.55, 9);
    await expectSlopes(page);
    await worker.run('self.lose.restoreContext()');
    await page.locator(`${FIGURE} .view[data-status="live"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator(`${FIGURE} .message`).count()).toBe(0);
    await expectRedraw(page);
  });

  it('on the page too (no OffscreenCanvas), says so when the context is lost and draws again when restored', async () => {
    // On the page (as in a browser without OffscreenCanvas), where a test can reach the context.
    current = await watchedPage(site);
    await current.context.addInitScript(() => {
      delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown }).transferControlToOffscreen;
    });
    const page = current.page;
    await page.goto(`${site.url}${PAGE}`);
    await hydrate(page);
    const lose = await page.locator(`${FIGURE} canvas`).evaluateHandle((c: HTMLCanvasElement) => c.getContext('webgl2')!.getExtension('WEBGL_lose_context')!);
    await lose.evaluate((ext) => ext.loseContext());
    await page.locator(`${FIGURE} .view[data-status="lost"]`).waitFor();
    expect(await page.locator(`${FIGURE} .message`).innerText()).toContain('3D view unavailable');
    await handle(page, 'y').focus();
    await press(page, 'ArrowRight');
    expect((await point(page))[1]).toBeCloseTo(0.55, 9);
    await lose.evaluate((ext) => ext.restoreContext());
    await page.locator(`${FIGURE} .view[data-status="live"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator(`${FIGURE} .message`).count()).toBe(0);
    // The restored view draws again: turning it changes the picture.
    await expectRedraw(page);
  });

  it.each(EXAMPLES.map((e) => [e.id, e] as const))('example %s shows the engine’s numbers', async (_, example) => {
    const page = await open(example.query);
    await hydrate(page);
    const params = new URLSearchParams(example.query);
    const source = params.get('f') ?? DEFAULT_SOURCE;
    const field = compileField(source);
    const [x, y] = [Number(params.get('x')), Number(params.get('y'))];
    expect(await point(page)).toEqual([x, y]);
    await expectSlopes(page, source);
    const [gx, gy] = field.gradient(x, y);
    const live = page.locator(`${FIGURE} [aria-live="polite"]`);
    await expect.poll(() => live.innerText()).toContain(`f = ${fmt(field.value(x, y))}`);
    expect(await live.innerText()).toContain(`gradient (${fmt(gx)}, ${fmt(gy)})`);
    if (params.get('cam')) {
      const [az] = params.get('cam')!.split(',');
      expect(await page.locator(FIGURE).innerText()).toContain(`azimuth ${az!.replace('-', '−')}°`);
    }
  });
});
