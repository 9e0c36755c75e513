/**
 * Figure "One neuron, forward pass and backward pass" as a reader uses it: the static picture
 * without JavaScript; Forward and Backward by button and by keyboard; every backward step's
 * numbers against the engine's own trace (computed here from src/math/autodiff); the finite-
 * difference table; "Take a step"; the activation; the URL; every example; reduced motion.
 * Every test also checks: no console errors, no CSP violations, no off-origin request.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeuron, gradientCheck, type GraphNode } from '../../src/math/autodiff';
import { NEURON_EXAMPLES } from '../../src/widgets/Neuron/examples';
import { formatNumber, formatPrecise } from '../../src/widgets/shared/format';
import { DEFAULT_PARAMS, paramsFromQuery, type NeuronSettings } from '../../src/widgets/Neuron/params';
import { finishClean, openAtFigure, openSite, watchedPage, type Site, type Watched } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const FIG = '[data-widget="neuron"]';
const SUB: Record<string, string> = { '1': '₁', '2': '₂' };
/** How the figure writes a node's name: w1 → w₁. */
const name = (id: string): string => id.replace(/\d/g, (d) => SUB[d] ?? d);

/** The engine's own numbers for a setting: node values and gradients, trace and check. */
function engine(p: NeuronSettings) {
  const { graph, loss } = createNeuron({ x1: p.x1, x2: p.x2, w1: p.w1, w2: p.w2, b: p.b, y: p.y, activation: p.act });
  const checks = gradientCheck(graph, loss, ['w1', 'w2', 'b', 'x1', 'x2']);
  const trace = graph.backward(loss);
  const node = (id: string): GraphNode => {
    const n = graph.get(id);
    if (!n) throw new Error(`no node ${id}`);
    return n;
  };
  return { node, loss: loss.value, trace, checks };
}

/** Opens the Gradient page with a query, scrolls to the figure and waits for hydration. */
const open = (query = '', options: Parameters<typeof watchedPage>[1] = {}): Promise<Watched> => openAtFigure(site, FIG, query, options);

const heading = (page: Page): Promise<string> => page.locator(`${FIG} [aria-label="Current step"] .heading`).innerText();
const panel = (page: Page): Promise<string> => page.locator(`${FIG} [aria-label="Current step"]`).evaluate((el) => el.textContent ?? '');
const live = (page: Page): Promise<string> => page.locator(`${FIG} [data-live]`).evaluate((el) => el.textContent ?? '');
const nodeText = (page: Page, id: string, cls: 'value' | 'grad'): Promise<string> =>
  page.locator(`${FIG} .graph-wrap [data-node="${id}"] text.${cls}`).first().evaluate((el) => el.textContent ?? '');
const lossShown = async (page: Page): Promise<string> => (await page.locator(`${FIG} [data-testid="loss"] strong`).innerText()).trim();
const focusGraph = (page: Page): Promise<void> => page.locator(`${FIG} .graph-wrap`).focus();
const waitHeading = (page: Page, text: string, timeout = 20_000): Promise<unknown> =>
  page.waitForFunction(([sel, t]) => document.querySelector(sel)?.textContent?.trim() === t, [`${FIG} [aria-label="Current step"] .heading`, text] as const, { timeout });
const waitLive = (page: Page, text: string): Promise<unknown> =>
  page.waitForFunction(([sel, t]) => document.querySelector(sel)?.textContent?.includes(t) ?? false, [`${FIG} [data-live]`, text] as const, { timeout: 5_000 });

describe('neuron figure', () => {
  it('shows both passes without JavaScript, with its controls disabled', async () => {
    const w = await watchedPage(site, { javaScriptEnabled: false });
    await w.page.goto(new URL('glossary/gradient/', site.url).href);
    const e = engine(DEFAULT_PARAMS);
    for (const id of ['m1', 'z', 'a', 'L', 'w1', 'b']) {
      expect(await nodeText(w.page, id, 'value')).toBe(formatNumber(e.node(id).value));
      expect(await nodeText(w.page, id, 'grad')).toBe(formatNumber(e.node(id).grad));
    }
    expect(await lossShown(w.page)).toBe(formatNumber(e.loss));
    for (const control of await w.page.locator(`${FIG} button, ${FIG} input`).all()) expect(await control.isDisabled()).toBe(true);
    expect(await w.page.locator(FIG).innerText()).toContain('With JavaScript the figure becomes interactive');
    expect(await heading(w.page)).toBe('Forward and backward pass complete');
    await w.context.close();
  });

  it('plays Forward and Backward from the buttons, node by node', async () => {
    const w = await open();
    const e = engine(DEFAULT_PARAMS);
    await w.page.locator(FIG).getByRole('button', { name: /^Rewind/ }).click();
    expect(await heading(w.page)).toBe('Back to the start of the passes');
    expect(await nodeText(w.page, 'a', 'value')).toBe('?');
    await w.page.locator(FIG).getByRole('button', { name: /^Forward/ }).click();
    expect(await heading(w.page)).toBe('Forward step 1 of 5');
    await waitHeading(w.page, 'Forward step 5 of 5');
    expect(await nodeText(w.page, 'L', 'value')).toBe(formatNumber(e.loss));
    expect(await w.page.locator(`${FIG} .graph-wrap [data-node="a"] text.grad`).count()).toBe(0);
    await w.page.locator(FIG).getByRole('button', { name: /^Backward/ }).click();
    expect(await heading(w.page)).toBe('Backward step 1 of 11');
    await waitHeading(w.page, 'Backward step 11 of 11', 30_000);
    expect(await nodeText(w.page, 'w1', 'grad')).toBe(formatNumber(e.node('w1').grad));
    await finishClean(w);
  });

  it('plays from the keyboard shortcuts, and leaves keys typed into fields alone', async () => {
    const w = await open('', { reducedMotion: 'reduce' });
    await focusGraph(w.page);
    await w.page.keyboard.press('r');
    expect(await heading(w.page)).toBe('Back to the start of the passes');
    await w.page.keyboard.press('f');
    expect(await heading(w.page)).toBe('Forward step 5 of 5');
    await w.page.keyboard.press('b');
    expect(await heading(w.page)).toBe('Backward step 11 of 11');
    await w.page.keyboard.press('r');
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('n');
    expect(await heading(w.page)).toBe('Forward step 2 of 5');
    expect(await w.page.locator(FIG).getByRole('button', { name: /^Forward/ }).getAttribute('aria-keyshortcuts')).toBe('F');
    // Typing into a number field is not a shortcut.
    const field = w.page.locator(`${FIG} input[id$="-w1-number"]`);
    await field.fill('');
    await field.pressSequentially('1.5');
    await w.page.keyboard.press('r');
    expect(await heading(w.page)).toBe('Forward step 2 of 5');
    expect(await field.inputValue()).toBe('1.5r');
    await finishClean(w);
  });

  it('shows the engine’s numbers at every backward step', async () => {
    const w = await open('', { reducedMotion: 'reduce' });
    const e = engine(DEFAULT_PARAMS);
    await focusGraph(w.page);
    await w.page.keyboard.press('f');
    await w.page.keyboard.press('n');
    expect(await heading(w.page)).toBe('Backward step 1 of 11');
    expect(await nodeText(w.page, 'L', 'grad')).toBe('1.000');
    // The figure draws z = (m1 + m2) + b and L = ½(a − y)² as one node each: its steps are the
    // engine's steps that reach a drawn node.
    const drawn = e.trace.filter((s) => !['s', 'e', 'e2'].includes(s.node));
    expect(drawn).toHaveLength(10);
    for (const [k, s] of drawn.entries()) {
      await w.page.keyboard.press('n');
      expect(await heading(w.page)).toBe(`Backward step ${k + 2} of 11`);
      const grad = formatNumber(e.node(s.node).grad);
      const text = await panel(w.page);
      // The gradient arriving from above, and the result, as the engine computed them.
      const upstreamId = s.from === 's' ? 'z' : s.from === 'e' ? 'L' : s.from;
      expect(text).toContain(`∂L/∂${name(s.node)} = `);
      expect(text).toContain(`= ${grad}`);
      expect(text).toContain(formatNumber(s.contribution));
      if (upstreamId !== 'L') expect(text).toContain(formatNumber(e.node(upstreamId).grad).replace(/^−(.*)$/, '(−$1)'));
      if (s.from === s.from.replace(/^[se]$/, '')) expect(text).toContain(formatNumber(s.local).replace(/^−(.*)$/, '(−$1)'));
      expect(await nodeText(w.page, s.node, 'grad')).toBe(grad);
      await waitLive(w.page, `gradient reaches ${name(s.node)}. ∂L/∂${name(s.node)} = ${grad}.`);
    }
    await finishClean(w);
  });

  it('checks backprop against finite differences', async () => {
    const w = await open();
    const e = engine(DEFAULT_PARAMS);
    for (const c of e.checks) {
      const row = w.page.locator(`${FIG} [data-check="${c.id}"]`);
      const cells = await row.locator('td').allInnerTexts();
      expect(cells.slice(0, 3)).toEqual([formatPrecise(c.analytic), formatPrecise(c.numeric), formatNumber(c.error)]);
      expect(cells[3]).toContain('✓');
    }
    await finishClean(w);
  });

  it('takes a gradient step: the loss falls to the engine’s new loss', async () => {
    const w = await open();
    let p = { ...DEFAULT_PARAMS };
    for (let i = 0; i < 3; i++) {
      const before = engine(p);
      expect(await lossShown(w.page)).toBe(formatNumber(before.loss));
      p = { ...p, w1: p.w1 - p.eta * before.node('w1').grad, w2: p.w2 - p.eta * before.node('w2').grad, b: p.b - p.eta * before.node('b').grad };
      const after = engine(p);
      if (i === 0) await w.page.locator(FIG).getByRole('button', { name: /^Take a step/ }).click();
      else {
        await focusGraph(w.page);
        await w.page.keyboard.press('g');
      }
      expect(await lossShown(w.page)).toBe(formatNumber(after.loss));
      expect(after.loss).toBeLessThan(before.loss);
      await waitLive(w.page, `Took a gradient step with η = 1.000: loss fell from ${formatNumber(before.loss)} to ${formatNumber(after.loss)}.`);
    }
    expect(await w.page.locator(`${FIG} .history .list`).innerText()).toMatch(/0\.096 → 0\.042 → 0\.025 → 0\.017/);
    await finishClean(w);
  });

  it('switches the activation and recomputes', async () => {
    const w = await open();
    await w.page.locator(FIG).getByRole('radio', { name: 'tanh' }).check();
    const e = engine({ ...DEFAULT_PARAMS, act: 'tanh' });
    expect(await nodeText(w.page, 'a', 'value')).toBe(formatNumber(e.node('a').value));
    expect(await nodeText(w.page, 'z', 'grad')).toBe(formatNumber(e.node('z').grad));
    expect(await lossShown(w.page)).toBe(formatNumber(e.loss));
    await w.page.waitForFunction(() => location.search.includes('act=tanh'));
    await finishClean(w);
  });

  it('writes its settings to the URL and reads them back', async () => {
    const w = await open('?f=x%5E2&x=0.5');
    await w.page.locator(`${FIG} input[id$="-w1-number"]`).fill('1.25');
    await w.page.locator(`${FIG} input[id$="-y-range"]`).focus();
    await w.page.keyboard.press('Shift+ArrowLeft');
    await w.page.waitForFunction(() => location.search.includes('w1=1.25') && location.search.includes('t=0.5'));
    const search = await w.page.evaluate(() => location.search);
    expect(search).toContain('f=x%5E2');
    expect(search).toContain('x=0.5');
    await w.page.reload();
    await w.page.locator(FIG).scrollIntoViewIfNeeded();
    await w.page.waitForSelector(`${FIG}[data-ready]`);
    const e = engine({ ...DEFAULT_PARAMS, w1: 1.25, y: 0.5 });
    expect(await w.page.locator(`${FIG} input[id$="-w1-number"]`).inputValue()).toBe('1.25');
    expect(await nodeText(w.page, 'a', 'value')).toBe(formatNumber(e.node('a').value));
    expect(await lossShown(w.page)).toBe(formatNumber(e.loss));
    await finishClean(w);
  });

  it('falls back to defaults with a notice for bad values in the link', async () => {
    const w = await open('?act=%3Cscript%3Ealert(1)%3C/script%3E&w1=NaN&x1=1e400');
    const notices = w.page.locator(`${FIG} .notices li`);
    expect(await notices.count()).toBe(3);
    expect(await notices.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('activation'), expect.stringContaining('weight w1'), expect.stringContaining('input x1')]));
    expect(await w.page.locator(`${FIG} .notices`).innerHTML()).not.toContain('<script');
    const e = engine(DEFAULT_PARAMS);
    expect(await lossShown(w.page)).toBe(formatNumber(e.loss));
    expect(await w.page.locator(FIG).getByRole('radio', { name: 'sigmoid' }).isChecked()).toBe(true);
    await finishClean(w);
  });

  it.each(NEURON_EXAMPLES.map((x) => [x.id, x] as const))('shows the engine’s numbers for example %s', async (_id, example) => {
    const w = await open(example.query);
    const p = paramsFromQuery(example.query).params;
    const e = engine(p);
    expect(await lossShown(w.page)).toBe(formatNumber(e.loss));
    for (const id of ['z', 'a', 'w1', 'w2', 'b']) {
      expect(await nodeText(w.page, id, 'value')).toBe(formatNumber(e.node(id).value));
      expect(await nodeText(w.page, id, 'grad')).toBe(formatNumber(e.node(id).grad));
    }
    for (const c of e.checks) {
      const agree = c.error <= 1e-6 * Math.max(1, Math.abs(c.analytic));
      expect(await w.page.locator(`${FIG} [data-check="${c.id}"] td`).last().innerText()).toContain(agree ? '✓' : '✗');
    }
    expect(await w.page.locator(`${FIG} .notices`).count()).toBe(0);
    await finishClean(w);
  });

  it('jumps instead of animating with reduced motion', async () => {
    const w = await open('', { reducedMotion: 'reduce' });
    expect(await w.page.locator(FIG).innerText()).toContain('Reduced motion is on');
    await w.page.locator(FIG).getByRole('button', { name: /^Rewind/ }).click();
    await w.page.locator(FIG).getByRole('button', { name: /^Play/ }).click();
    expect(await heading(w.page)).toBe('Backward step 11 of 11');
    await w.page.waitForTimeout(400);
    expect(await live(w.page)).toContain('Backward step 11 of 11: gradient reaches x₁.');
    expect(await w.page.locator(`${FIG} .comet`).evaluateAll((els) => els.every((el) => getComputedStyle(el).display === 'none'))).toBe(true);
    await w.page.locator(FIG).getByRole('button', { name: /^Forward/ }).click();
    expect(await heading(w.page)).toBe('Forward step 5 of 5');
    await finishClean(w);
  });
});
