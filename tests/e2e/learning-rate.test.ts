/**
 * Figure "Step size and stability" as a reader uses it, on /glossary/learning-rate/: the
 * static picture without JavaScript; every example's iterates, numbers and sentences against
 * the engine's own run (computed here from the same modules); the sliders by keyboard; the
 * link written, read back and refused with a notice; the live region. Every test also checks:
 * no console errors, no CSP violations, no off-origin request.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { descend, outcomeOf } from '../../src/widgets/LearningRate/descent';
import { outcomeSentence, regimeSentence } from '../../src/widgets/LearningRate/describe';
import { LEARNING_RATE_EXAMPLES } from '../../src/widgets/LearningRate/examples';
import { makeLoss } from '../../src/widgets/LearningRate/losses';
import { DEFAULTS, LEARNING_RATE_URL, RANGES, settingsFromValues, type LearningRateSettings } from '../../src/widgets/LearningRate/params';
import { regimeOf } from '../../src/widgets/LearningRate/regime';
import { formatNumber } from '../../src/widgets/shared/format';
import { readParams } from '../../src/widgets/shared/url-params';
import { watchedSuite } from './harness';

const FIG = '[data-widget="learning-rate"]';
const PAGE = 'glossary/learning-rate/';

const suite = watchedSuite();

/** The engine's run and sentences for a setting. */
function engine(s: LearningRateSettings) {
  const loss = makeLoss(s.loss, s.a);
  const run = descend(loss, s.eta, s.theta0, s.steps);
  const { outcome, alternating } = outcomeOf(run);
  return { run, theory: regimeSentence(regimeOf(s.eta, loss.curvature), s.eta, loss), observed: outcomeSentence(run, outcome, alternating) };
}

async function open(query = '', options: Parameters<typeof suite.open>[1] = {}): Promise<Page> {
  const { page } = await suite.open(`${PAGE}${query}`, options);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  if (options.javaScriptEnabled !== false) await page.waitForSelector(`${FIG}[data-ready]`);
  return page;
}

/** What the figure shows: the readout's numbers, its two sentences and the iterates drawn in the sequence plot. */
async function shown(page: Page) {
  const text = (sel: string) => page.locator(`${FIG} ${sel}`).innerText();
  return {
    theta: await text('[data-readout="theta"]'),
    loss: await text('[data-readout="loss"]'),
    theory: await text('.theory'),
    observed: await text('.observed'),
    dots: await page.locator(`${FIG} svg[aria-label^="The iterates"] circle`).count(),
  };
}

const expected = (s: LearningRateSettings) => {
  const e = engine(s);
  return { theta: formatNumber(e.run.thetas.at(-1)!), loss: formatNumber(e.run.losses.at(-1)!), theory: e.theory, observed: e.observed, dots: e.run.thetas.length };
};

describe('learning-rate figure', () => {
  it('shows the default run without JavaScript, with its controls disabled', async () => {
    const page = await open('', { javaScriptEnabled: false });
    expect(await shown(page)).toEqual(expected(DEFAULTS));
    expect(await page.locator(`${FIG} svg[aria-label^="The loss curve"] circle:is(.iterate, .knob)`).count()).toBe(DEFAULTS.steps + 1);
    for (const input of await page.locator(`${FIG} input`).all()) expect(await input.isDisabled()).toBe(true);
    expect(await page.locator(`${FIG} .static-note`).isVisible()).toBe(true);
  });

  it.for(LEARNING_RATE_EXAMPLES)('example $id shows the engine’s iterates, numbers and sentences', async (example) => {
    const page = await open(example.query);
    expect(await shown(page)).toEqual(expected(settingsFromValues(readParams(example.query, LEARNING_RATE_URL).values)));
    expect(await page.locator(`${FIG} .notices`).count()).toBe(0);
  });

  it('moves every setting by keyboard, and the picture and the words follow', async () => {
    const page = await open();
    const eta = page.getByRole('slider', { name: 'learning rate η' });
    await eta.focus();
    await page.keyboard.press('End');
    expect(await shown(page)).toEqual(expected({ ...DEFAULTS, eta: RANGES.eta.max }));
    expect(await page.locator(`${FIG} .theory`).innerText()).toMatch(/^η > 2\/a/);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toEqual(expected({ ...DEFAULTS, eta: RANGES.eta.min + RANGES.eta.step }));
    await page.getByRole('radio', { name: /log-cosh/ }).check();
    await page.getByRole('slider', { name: 'steps' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await shown(page)).toEqual(expected({ ...DEFAULTS, loss: 'logcosh', eta: RANGES.eta.min + RANGES.eta.step, steps: DEFAULTS.steps - 1 }));
    const defaults = page.getByRole('button', { name: 'Default settings' });
    await defaults.click();
    expect(await shown(page)).toEqual(expected(DEFAULTS));
    expect(await defaults.isDisabled()).toBe(true);
  });

  it('moves the start θ₀ by dragging it on the curve and by its keys', async () => {
    const page = await open();
    const handle = page.getByRole('slider', { name: 'start θ₀ on the curve' });
    const plot = (await page.locator(`${FIG} svg[aria-label^="The loss curve"]`).boundingBox())!;
    const dot = (await handle.locator('.knob').boundingBox())!;
    await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await page.mouse.down();
    await page.mouse.move(plot.x + 5, dot.y, { steps: 6 });
    await page.mouse.up();
    // Dragged past the left end: the start stops at the end of its range.
    expect(await handle.getAttribute('aria-valuenow')).toBe(String(RANGES.theta0.min));
    expect(await shown(page)).toEqual(expected({ ...DEFAULTS, theta0: RANGES.theta0.min }));
    expect(await page.locator(`${FIG} input[id$="-theta0-number"]`).inputValue()).toBe('-3');
    await handle.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toEqual(expected({ ...DEFAULTS, theta0: -1.9 }));
    await page.keyboard.press('End');
    expect(await handle.getAttribute('aria-valuenow')).toBe(String(RANGES.theta0.max));
  });

  it('writes its settings into the link, reads them back, and says the live region’s sentence', async () => {
    const page = await open();
    await page.getByRole('slider', { name: 'learning rate η' }).fill('2');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lr') === '2');
    await expect.poll(() => page.locator(`${FIG} [data-live]`).textContent()).toContain(engine({ ...DEFAULTS, eta: 2 }).observed);
    await page.reload();
    await page.locator(FIG).scrollIntoViewIfNeeded();
    await page.locator(`${FIG}[data-ready]`).waitFor();
    expect(await shown(page)).toEqual(expected({ ...DEFAULTS, eta: 2 }));
  });

  it('refuses a bad link with a notice, keeps the defaults, and lets the notice be dismissed', async () => {
    const page = await open('?lr=1e9&loss=cubic&zz=1');
    const notices = page.locator(`${FIG} .notices`);
    expect(await notices.locator('li').count()).toBe(3);
    expect(await notices.textContent()).toContain('unknown setting “zz”');
    expect(await shown(page)).toEqual(expected(DEFAULTS));
    await notices.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notices.count()).toBe(0);
  });

  it('fits a 360 px phone', async () => {
    const page = await open('?lr=2.2&th0=1', { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    const overflow = await page.locator(FIG).evaluate((el) => [...el.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length);
    expect(overflow).toBe(0);
  });
});
