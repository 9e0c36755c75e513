/**
 * A figure of the Gradient page reused on another term's page, with that term's caption and
 * starting state (the term's `start`): the partial-slices figure on "Partial derivative",
 * starting on the page's worked example f = x²y + sin y. The start is the server's picture,
 * the live figure's first state, and sits beneath the reader's link key by key; what the
 * figure writes into the link reproduces its state on this page. Numbers are the engine's.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compileField } from '../../src/math';
import { formatNumber as fmt } from '../../src/widgets/shared/format';
import { watchedSuite } from './harness';

const FIGURE = '[data-widget="partial-slices"]';
const PAGE = 'glossary/partial-derivative/';
const START = 'x^2*y + sin(y)';
const suite = watchedSuite();
const open = async (query = '', options: Parameters<typeof suite.open>[1] = {}): Promise<Page> => (await suite.open(`${PAGE}${query}`, options)).page;

async function hydrate(page: Page): Promise<void> {
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await page.locator(`${FIGURE} .view[data-status="live"]`).waitFor({ timeout: 30_000 });
}

/** The slopes the figure shows, and the engine's ∂f/∂x and ∂f/∂y of `source` at (x, y), formatted as the figure does. */
async function slopes(page: Page): Promise<string[]> {
  return Promise.all(['x', 'y'].map((axis) => page.locator(`${FIGURE} [data-slope="${axis}"]`).innerText()));
}
const engine = (source: string, x: number, y: number): string[] => compileField(source).gradient(x, y).map((g) => fmt(g));

describe('a figure reused on another term', () => {
  it("shows the term's own caption and the figure's title", async () => {
    const page = await open();
    const frame = page.locator('#figure-partial-slices');
    expect(await frame.locator('figcaption').innerText()).toContain('Holding one variable still');
    expect(await frame.innerText()).toContain('Partial derivatives slice a surface');
  });

  it("draws the term's start before and without JavaScript", async () => {
    const page = await open('', { javaScriptEnabled: false });
    expect(await slopes(page)).toEqual(engine(START, 1, 0.5));
  });

  it('starts live in the same state, and the reader’s link overrides it key by key', async () => {
    const page = await open();
    await hydrate(page);
    expect(await slopes(page)).toEqual(engine(START, 1, 0.5));
    const linked = await open('?x=2');
    await hydrate(linked);
    expect(await slopes(linked)).toEqual(engine(START, 2, 0.5));
  });

  it('writes a link that reproduces the state on this page', async () => {
    const page = await open();
    await hydrate(page);
    const x = page.locator(FIGURE).getByRole('slider', { name: "x₀, the point's x" });
    await x.focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('x'));
    const shown = await slopes(page);
    const at = Number(await x.getAttribute('aria-valuenow'));
    expect(shown).toEqual(engine(START, at, 0.5));
    await page.reload();
    await hydrate(page);
    expect(await slopes(page)).toEqual(shown);
  });
});
