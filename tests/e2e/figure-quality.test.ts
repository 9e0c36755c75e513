/**
 * What a reader sees of the figures' own quality, in the built site: the probe cannot be lost,
 * numbers carry no floating-point noise and use one notation, a tiny gradient is "nearly zero",
 * colours belong to values (a pan does not recolour a point) and the contour plot and the surface
 * cut heights at the same levels, on the server's picture as live, the probe's ∇f stands apart from
 * the field's arrows, level labels sit over the arrows, the formulas use the prose's fonts and
 * a tight unary minus, a long formula scrolls with a cue, typed numbers out of range are
 * explained, and the neuron's Rewind and Default settings say and do what they mean.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { finishClean, openAtFigure, openSite, watchedPage, type Site, type Watched } from './harness';

const FIELD = '[data-widget="gradient-field"]';
const SURFACE = '[data-widget="partial-slices"]';
const NEURON = '[data-widget="neuron"]';

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

async function field(query = '', options: Parameters<typeof watchedPage>[1] = {}): Promise<Page> {
  current = await openAtFigure(site, FIELD, query, options);
  return current.page;
}

const readout = (page: Page, key: string): Promise<string> => page.locator(`${FIELD} [data-readout="${key}"]`).innerText();

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const input = page.locator(FIELD).getByLabel(label, { exact: true });
  await input.fill(text);
  await input.press('Enter');
}

/** The colour drawn at a screen point, with everything over the bands hidden. */
async function bandColourAt(page: Page, x: number, y: number): Promise<string> {
  const shot = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return shot.toString('base64');
}

describe('the vector-field figure', () => {
  it('keeps the probe inside the plot while it is dragged past the edge', async () => {
    const page = await field();
    const knob = page.locator(`${FIELD} .point .knob`);
    const box = (await knob.boundingBox())!;
    const plot = (await page.locator(`${FIELD} .backdrop`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width + 300, plot.y - 200, { steps: 8 });
    await page.mouse.up();
    const end = (await knob.boundingBox())!;
    const [cx, cy] = [end.x + end.width / 2, end.y + end.height / 2];
    expect(cx).toBeCloseTo(plot.x + plot.width, 0);
    expect(cy).toBeCloseTo(plot.y, 0);
    expect(await page.locator(`${FIELD} [data-away]`).count()).toBe(0);
  });

  it('points to a probe panned out of view, and Reset view brings it back', async () => {
    const page = await field();
    for (let i = 0; i < 6; i++) await page.locator(FIELD).getByRole('button', { name: 'Pan right' }).click();
    await expect.poll(() => page.locator(`${FIELD} [data-away]`).count()).toBe(1);
    expect(await page.locator(FIELD).innerText()).toContain('The point is outside the view');
    await page.locator(FIELD).getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(() => page.locator(`${FIELD} [data-away]`).count()).toBe(0);
    const knob = (await page.locator(`${FIELD} .point .knob`).boundingBox())!;
    const plot = (await page.locator(`${FIELD} .backdrop`).boundingBox())!;
    expect(knob.x).toBeGreaterThan(plot.x);
    expect(knob.x + knob.width).toBeLessThan(plot.x + plot.width);
  });

  it('pans the view to a point typed outside it, and explains a number out of reach', async () => {
    const page = await field();
    await typeInto(page, 'x₀', '40');
    await expect.poll(() => page.locator(`${FIELD} .frame text`).allTextContents()).toContain('40');
    expect(await page.locator(`${FIELD} [data-away]`).count()).toBe(0);
    await typeInto(page, 'y₀', '5000');
    expect(await page.locator(`${FIELD} .field-error`).innerText()).toBe('y₀ goes from −1000 to 1000 (as far as the figure reaches); 5000 is outside, so y₀ stays 0.5.');
  });

  it('shows u at 90° as (0.000, 1.000), without floating-point noise', async () => {
    const page = await field();
    await typeInto(page, 'θ (°)', '90');
    await expect.poll(() => readout(page, 'u')).toBe('(0.000, 1.000)');
  });

  it('calls a tiny gradient "nearly zero", and only an exact zero a stationary point', async () => {
    const tiny = await field('?f=x%5E2%2By%5E2&x=1e-15&y=0');
    const note = tiny.locator(`${FIELD} [data-note]`);
    expect(await note.innerText()).toMatch(/^∇f is nearly zero here \(‖∇f‖ = 2\.00×10⁻¹⁵/);
    expect(await note.innerText()).not.toMatch(/^∇f = 0/);
    await finishClean(current!);
    const exact = await field('?f=x%5E2%2By%5E2&x=0&y=0');
    expect(await exact.locator(`${FIELD} [data-note]`).innerText()).toMatch(/^∇f = 0: a stationary point/);
  });

  it('writes small numbers the same way on the plot and in the readout (×10ⁿ, never 1.0e-4)', async () => {
    const page = await field('?f=0.0001*x%5E2&x=1&y=0');
    const texts = [
      ...(await page.locator(`${FIELD} .labels text`).allTextContents()),
      await page.locator(`${FIELD} .legend`).innerText(),
      await readout(page, 'f'),
    ].join(' ');
    expect(texts).toContain('×10⁻');
    expect(texts).not.toMatch(/\de[+-]?\d/);
  });

  it('keeps the colour of a point when the view pans', async () => {
    const page = await field();
    // Hide what is drawn over the bands (styles set from script pass the page's CSP).
    const hide = (): Promise<void> =>
      page.evaluate((sel) => document.querySelectorAll<SVGElement | HTMLElement>(sel).forEach((e) => (e.style.display = 'none')), `${FIELD} .arrows, ${FIELD} .labels, ${FIELD} .lines, ${FIELD} .overlay`);
    const knob = page.locator(`${FIELD} .point .knob`);
    const at = async (): Promise<[number, number]> => {
      const b = (await knob.boundingBox())!;
      return [Math.round(b.x + b.width / 2 + 30), Math.round(b.y + b.height / 2 + 30)];
    };
    const show = async (): Promise<void> => {
      await page.evaluate((sel) => void document.querySelector<HTMLElement>(sel)!.style.removeProperty('display'), `${FIELD} .overlay`);
    };
    const [x0, y0] = await at();
    await hide();
    const before = await bandColourAt(page, x0, y0);
    await show();
    await page.locator(FIELD).getByRole('button', { name: 'Pan left' }).click();
    await page.waitForTimeout(300);
    const [x1, y1] = await at();
    await hide();
    expect(x1 - x0).toBeGreaterThan(20);
    expect(await bandColourAt(page, x1, y1)).toBe(before);
  });

  it('draws the probe’s ∇f in the gradient colour, apart from the field’s arrows, and labels over the arrows', async () => {
    const page = await field();
    const fill = (selector: string): Promise<string> => page.locator(`${FIELD} ${selector}`).first().evaluate((e) => getComputedStyle(e).fill);
    expect(await fill('.probe .grad')).not.toBe(await fill('.arrows use.arrow'));
    const labelsAfterArrows = await page.locator(`${FIELD} .arrows`).evaluate((arrows) => {
      const labels = arrows.closest('svg')!.querySelector('.labels')!;
      return Boolean(arrows.compareDocumentPosition(labels) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(labelsAfterArrows).toBe(true);
  });

  it('typesets its formulas in the prose’s fonts with a tight unary minus', async () => {
    const page = await field();
    const dy = page.locator(`${FIELD} .formula`).nth(2);
    expect(await dy.locator('mo[form="prefix"]').count()).toBe(1);
    const font = await dy.locator('mi.v').first().evaluate((e) => getComputedStyle(e).fontFamily);
    expect(font).toMatch(/^KaTeX_Math/);
    // The minus sits against the "sin" after it (a binary minus would leave about 4 px).
    const gap = await dy.locator('mo[form="prefix"]').evaluate((mo) => mo.nextElementSibling!.getBoundingClientRect().left - mo.getBoundingClientRect().right);
    expect(gap).toBeLessThan(2);
  });

  it('scrolls a long formula with a cue and keyboard focus at 360 px', async () => {
    const page = await field('', { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
    await page.locator(FIELD).getByRole('textbox', { name: 'f(x, y) =' }).fill('sin(x)*cos(y) + exp(-(x^2 + y^2)) * softplus(3*x - 2*y) + sigmoid(x*y - 1)');
    const box = page.locator(`${FIELD} .scroll-cue`).nth(1);
    await expect.poll(() => box.getAttribute('data-overflowing')).toBe('true');
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await box.getAttribute('role')).toBe('group');
    expect(await box.evaluate((e) => getComputedStyle(e).backgroundImage)).toContain('radial-gradient');
    // Measured, not assumed: a formula that fits is no tab stop.
    await page.locator(FIELD).getByRole('textbox', { name: 'f(x, y) =' }).fill('x + y');
    await expect.poll(() => box.getAttribute('data-overflowing')).toBe(null);
    expect(await box.getAttribute('tabindex')).toBe(null);
  });
});

describe('the surface figure', () => {
  it('explains a typed x₀ outside the window instead of clamping it silently', async () => {
    current = await watchedPage(site);
    const page = current.page;
    await page.goto(`${site.url}glossary/gradient/`);
    await page.locator(SURFACE).scrollIntoViewIfNeeded();
    const fieldX = page.locator(SURFACE).getByRole('textbox', { name: "x₀, the point's x" });
    await expect.poll(() => fieldX.isEnabled()).toBe(true);
    await fieldX.fill('99');
    await fieldX.press('Enter');
    const message = page.locator(`#${await fieldX.getAttribute('aria-describedby')}`);
    expect(await message.innerText()).toBe('x₀ goes from −3 to 3 (the window the figure shows); 99 is outside, so x₀ stays 1.');
    expect(await fieldX.inputValue()).toBe('99');
  });
});

describe('the two field figures', () => {
  const fills = (page: Page, selector: string): Promise<string[]> => page.locator(selector).evaluateAll((es) => es.map((e) => e.getAttribute('fill') ?? ''));

  it('colour the surface with the contour plot’s levels: every colour of its key is a band of the plot', async () => {
    const page = await field('?f=x%5E2%20%2B%20y%5E2&x=1.5&y=1');
    const plot = await fills(page, `${FIELD} .bands path`);
    await page.locator(SURFACE).scrollIntoViewIfNeeded();
    await page.locator(`${SURFACE} .view:not([data-status="static"]):not([data-status="starting"])`).waitFor({ timeout: 30_000 });
    const key = await fills(page, `${SURFACE} .legend rect`);
    expect(key.length).toBeGreaterThan(5);
    for (const colour of key) expect(plot).toContain(colour);
  });

  it('keep the levels of the server’s picture when the plot comes alive', async () => {
    const example = `#example-gradient-field-bowl ${FIELD}`;
    const still = await watchedPage(site, { javaScriptEnabled: false });
    await still.page.goto(`${site.url}gallery/`);
    const before = await fills(still.page, `${example} .bands path`);
    await finishClean(still);
    current = await watchedPage(site);
    const page = current.page;
    await page.goto(`${site.url}gallery/`);
    await page.locator(example).scrollIntoViewIfNeeded();
    await page.locator(`${example}[data-ready]`).waitFor();
    // The live drawing (finer grid, paths with decimals) has replaced the server's.
    const live = (): Promise<boolean> => page.locator(`${example} .bands path`).evaluateAll((es) => es.some((e) => /\.\d/.test(e.getAttribute('d') ?? '')));
    await expect.poll(live).toBe(true);
    expect(before.length).toBeGreaterThan(5);
    expect(await fills(page, `${example} .bands path`)).toEqual(before);
  });
});

describe('the neuron figure', () => {
  async function neuron(): Promise<Page> {
    current = await watchedPage(site, { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
    const page = current.page;
    await page.goto(`${site.url}glossary/gradient/`);
    await page.locator(NEURON).scrollIntoViewIfNeeded();
    await page.locator(`${NEURON}[data-ready]`).waitFor();
    return page;
  }

  it('rewinds the passes without claiming that nothing is computed, and restores the defaults', async () => {
    const page = await neuron();
    await page.locator(NEURON).getByRole('button', { name: /^Rewind/ }).click();
    const panel = page.locator(`${NEURON} [aria-label="Current step"]`);
    expect(await panel.innerText()).toContain('The panels below still show the results for these settings.');
    expect(await panel.innerText()).not.toMatch(/nothing computed/i);
    const defaults = page.locator(NEURON).getByRole('button', { name: 'Default settings' });
    expect(await defaults.isDisabled()).toBe(true);
    const w1 = page.locator(NEURON).getByRole('textbox', { name: 'weight w1, exact value' });
    await w1.fill('2.5');
    await w1.press('Enter');
    await expect.poll(() => defaults.isDisabled()).toBe(false);
    await defaults.click();
    expect(await w1.inputValue()).toBe('0.5');
    expect(await defaults.isDisabled()).toBe(true);
  });

  it('fits its explanation panel to the step shown, with no reserved blank space', async () => {
    const page = await neuron();
    const blank = await page.locator(`${NEURON} [aria-label="Current step"]`).evaluate((panel) => {
      const kids = [...panel.children];
      const bottom = Math.max(...kids.map((k) => k.getBoundingClientRect().bottom));
      return panel.getBoundingClientRect().bottom - bottom;
    });
    expect(blank).toBeLessThan(16);
  });
});
