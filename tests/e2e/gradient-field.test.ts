/**
 * Figure "The gradient as a vector field" as a reader uses it: the static picture without
 * JavaScript, the probe by keyboard and by mouse, the function editor with good and bad input,
 * presets, state in the URL, and every example of examples.ts, whose numbers must equal the
 * engine's. Every test also checks: no console errors, no CSP violations, no off-origin request.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileField } from '../../src/math';
import { EXAMPLES } from '../../src/widgets/GradientField/examples';
import { formatNumber as fmt } from '../../src/widgets/shared/format';
import { DEFAULT_SOURCE } from '../../src/widgets/shared/field-keys';
import { cleanVector, dropNoise } from '../../src/widgets/shared/format';
import { axeViolations, WCAG_TAGS } from './axe';
import { summarise } from './checks';
import { finishClean, openAtFigure, openSite, watchedPage, type Site, type Watched } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const FIG = '[data-widget="gradient-field"]';

/** Opens the Gradient page with a query, scrolls to the figure and waits for hydration. */
const open = (query = '', options: Parameters<typeof watchedPage>[1] = {}): Promise<Watched> => openAtFigure(site, FIG, query, options);

const readout = (page: Page, key: string): Promise<string> => page.locator(`${FIG} [data-readout="${key}"]`).innerText();
const live = (page: Page): Promise<string> => page.locator(`${FIG} [data-live]`).innerText();
const svgTexts = (page: Page, selector: string): Promise<string[]> => page.locator(`${FIG} ${selector}`).evaluateAll((ts) => ts.map((t) => t.textContent ?? ''));
const bandPaths = (page: Page): Promise<string[]> => page.locator(`${FIG} .bands path`).evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));

/**
 * The readout's numbers at (x, y, u) as the engine computes them, formatted as shown: without
 * floating-point noise (a slope of 2.22×10⁻¹⁶ across ∇f is 0).
 */
function expected(source: string, x: number, y: number, u: number): Record<string, string> {
  const field = compileField(source);
  const [fx = 0, fy = 0] = cleanVector(field.gradient(x, y));
  const [c = 0, s = 0] = cleanVector([Math.cos((u * Math.PI) / 180), Math.sin((u * Math.PI) / 180)]);
  const norm = Math.hypot(fx, fy);
  return { f: fmt(field.value(x, y)), grad: `(${fmt(fx)}, ${fmt(fy)})`, norm: fmt(norm), slope: fmt(dropNoise(c * fx + s * fy, norm)) };
}

async function expectReadout(page: Page, want: Record<string, string>): Promise<void> {
  for (const [key, text] of Object.entries(want)) expect(await readout(page, key), key).toBe(text);
}

describe('gradient-field figure', () => {
  it('shows a static picture without JavaScript, with its controls disabled', async () => {
    const w = await watchedPage(site, { javaScriptEnabled: false });
    await w.page.goto(`${site.url}glossary/gradient/`);
    const fig = w.page.locator(FIG);
    expect(await fig.locator('.bands path').count()).toBeGreaterThan(5);
    expect((await fig.locator('defs path[id$="-arrows-2"]').getAttribute('d'))?.length).toBeGreaterThan(100);
    expect(await fig.locator('.labels text').count()).toBeGreaterThan(1);
    await expect(fig.locator('.point').getAttribute('aria-disabled')).resolves.toBe('true');
    for (const control of await fig.locator('button, input').all()) expect(await control.isDisabled()).toBe(true);
    expect(await fig.innerText()).toContain('becomes interactive when JavaScript runs');
    // The formulas were typeset at build time as MathML.
    expect(await fig.locator('.formula math').count()).toBe(3);
    await expectReadout(w.page, expected(DEFAULT_SOURCE, 1, 0.5, 30));
    await w.context.close();
  });

  it('moves the probe with the keyboard and says the engine’s numbers in the live region', async () => {
    const w = await open();
    const probe = w.page.locator(`${FIG} .point`);
    await probe.focus();
    await w.page.keyboard.press('ArrowRight'); // 1/50 of the 6-wide view
    await w.page.keyboard.press('Shift+ArrowUp'); // 1/10 of it
    const [x, y] = [1.12, 1.1];
    const field = compileField(DEFAULT_SOURCE);
    const [fx, fy] = field.gradient(x, y);
    await expect.poll(() => live(w.page)).toContain(`At (${fmt(x)}, ${fmt(y)})`);
    const text = await live(w.page);
    expect(text).toContain(`f = ${fmt(field.value(x, y))}`);
    expect(text).toContain(`Gradient (${fmt(fx)}, ${fmt(fy)}), length ${fmt(Math.hypot(fx, fy))}`);
    await expectReadout(w.page, expected(DEFAULT_SOURCE, x, y, 30));
    // The direction handle: Home points u along ∇f, so D_u f = |∇f| and the angle is 0°.
    await w.page.locator(`${FIG} .dir-handle`).focus();
    await w.page.keyboard.press('Home');
    await expect.poll(() => readout(w.page, 'between')).toBe('0°');
    expect(await readout(w.page, 'slope')).toBe(fmt(Math.hypot(fx, fy)));
    await finishClean(w);
  });

  it('drags the probe with the mouse and writes the state into the URL', async () => {
    const w = await open();
    const before = await readout(w.page, 'grad');
    const box = (await w.page.locator(`${FIG} .point .knob`).boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await w.page.mouse.move(cx, cy);
    await w.page.mouse.down();
    for (let i = 1; i <= 10; i++) await w.page.mouse.move(cx - 8 * i, cy + 5 * i);
    await w.page.mouse.up();
    expect(await readout(w.page, 'grad')).not.toBe(before);
    const url = new URL(w.page.url());
    const [x, y] = [Number(url.searchParams.get('x')), Number(url.searchParams.get('y'))];
    expect(x).toBeLessThan(0.5);
    expect(y).toBeLessThan(0);
    await finishClean(w);
  });

  it('underlines a bad expression, keeps the plot, then typesets a good one', async () => {
    const w = await open();
    const input = w.page.locator(FIG).getByRole('textbox', { name: 'f(x, y) =' });
    const plot = await bandPaths(w.page);
    await input.fill('x + foo(y)');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const errorId = await input.getAttribute('aria-describedby');
    const message = await w.page.locator(`#${errorId}`).innerText();
    expect(message).toContain("Unknown function 'foo'");
    expect(await w.page.locator(`${FIG} .mirror .bad`).innerText()).toBe('foo');
    expect(await bandPaths(w.page)).toEqual(plot);
    await input.fill('x^2 - y^2');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('false');
    await expect.poll(async () => (await bandPaths(w.page)).join('') !== plot.join('')).toBe(true);
    const formulas = w.page.locator(`${FIG} .formula`);
    await expect.poll(() => formulas.nth(2).locator('math').count()).toBe(1);
    expect(await formulas.nth(0).locator('annotation').textContent()).toBe('f(x, y) = x^{2} - y^{2}');
    expect(await formulas.nth(2).innerHTML()).not.toMatch(/\sstyle=/);
    await expectReadout(w.page, expected('x^2 - y^2', 1, 0.5, 30));
    await expect.poll(() => new URL(w.page.url()).searchParams.get('f')).toBe('x^2 - y^2');
    await finishClean(w);
  });

  it('loads presets with their own view', async () => {
    const w = await open();
    await w.page.locator(`${FIG} button`, { hasText: 'Rosenbrock valley' }).click();
    await expect(w.page.locator(`${FIG} button[aria-pressed="true"]`).innerText()).resolves.toBe('Rosenbrock valley');
    expect(await w.page.locator(FIG).getByRole('textbox', { name: 'f(x, y) =' }).inputValue()).toBe('(1 - x)^2 + 100*(y - x^2)^2');
    await expectReadout(w.page, expected('(1 - x)^2 + 100*(y - x^2)^2', -1, 0.5, 0));
    const ticks = await svgTexts(w.page, '.frame text');
    expect(ticks).toContain('−2');
    expect(ticks).toContain('3');
    await finishClean(w);
  });

  it('reads its state from the URL, and falls back with a notice on bad values', async () => {
    const good = await open('?f=x%5E2%20%2B%203*x*y&x=1&y=2&u=53.13');
    await expectReadout(good.page, expected('x^2 + 3*x*y', 1, 2, 53.13));
    expect(await readout(good.page, 'grad')).toBe('(8.000, 3.000)');
    await finishClean(good);
    // A plus typed by hand into a link is a plus sign, not a space (which would make a product).
    const typed = await open('?f=x^2+y^2&x=1&y=2');
    expect(await readout(typed.page, 'grad')).toBe('(2.000, 4.000)');
    await finishClean(typed);
    const bad = await open('?f=sin(&x=abc&y=0.5&zzz=1&w1=0.3');
    const notices = await bad.page.locator(`${FIG} .notices`).innerText();
    expect(notices).toContain('function');
    expect(notices).toContain("point's x");
    expect(notices).not.toContain('w1');
    // Said once on the page, by whichever figure starts first; the others stay quiet about it.
    await expect.poll(() => bad.page.getByText('unknown setting “zzz”').count()).toBe(1);
    await expectReadout(bad.page, expected(DEFAULT_SOURCE, 1, 0.5, 30));
    await bad.page.locator(`${FIG} .notices button`).click();
    expect(await bad.page.locator(`${FIG} .notices`).count()).toBe(0);
    await finishClean(bad);
  });

  it('pans and zooms with the buttons and the keyboard', async () => {
    const w = await open();
    const ticks = (): Promise<string[]> => svgTexts(w.page, '.frame text');
    const before = await ticks();
    await w.page.locator(`${FIG} button`, { hasText: 'Zoom in' }).click();
    await expect.poll(ticks).not.toEqual(before);
    await w.page.locator(`${FIG} button`, { hasText: 'Reset view' }).click();
    await expect.poll(ticks).toEqual(before);
    await w.page.locator(`${FIG} .pan-area`).focus();
    await w.page.keyboard.press('Shift+ArrowRight');
    await expect.poll(ticks).not.toEqual(before);
    await w.page.keyboard.press('Home');
    await expect.poll(ticks).toEqual(before);
    // Mouse: drag the empty plot to pan; ctrl + wheel zooms.
    const box = (await w.page.locator(`${FIG} .backdrop`).boundingBox())!;
    await w.page.mouse.move(box.x + 40, box.y + box.height - 40);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + 140, box.y + box.height - 60, { steps: 5 });
    await w.page.mouse.up();
    await expect.poll(ticks).not.toEqual(before);
    await w.page.locator(`${FIG} button`, { hasText: 'Reset view' }).click();
    await expect.poll(ticks).toEqual(before);
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.keyboard.down('Control');
    await w.page.mouse.wheel(0, -300);
    await w.page.keyboard.up('Control');
    await expect.poll(ticks).not.toEqual(before);
    await finishClean(w);
  });

  it('lets a finger scroll the page over the plot; only the handles take touch', async () => {
    const w = await open('', { viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
    const touch = (sel: string): Promise<string> => w.page.locator(`${FIG} ${sel}`).first().evaluate((e) => getComputedStyle(e).touchAction);
    expect(await touch('.pan-area')).toBe('auto');
    expect(await touch('.bands path')).toBe('auto');
    expect(await touch('.point')).toBe('none');
    expect(await touch('.dir-handle')).toBe('none');
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await finishClean(w);
  });

  it.each(['light', 'dark'] as const)('has no axe violations in %s mode', async (colorScheme) => {
    const w = await open('', { colorScheme });
    expect(summarise(await axeViolations(w.page, { tags: WCAG_TAGS, include: FIG }))).toEqual([]);
    await finishClean(w);
  });

  it.each(EXAMPLES.map((e) => [e.id, e] as const))('example %s shows the engine’s numbers', async (_, example) => {
    const w = await open(example.query);
    const params = new URLSearchParams(example.query);
    const source = params.get('f') ?? DEFAULT_SOURCE;
    const [x, y, u] = ['x', 'y', 'u'].map((k) => Number(params.get(k)));
    await expectReadout(w.page, expected(source, x!, y!, u!));
    expect(await w.page.locator(`${FIG} .notices`).count()).toBe(0);
    await finishClean(w);
  });
});
