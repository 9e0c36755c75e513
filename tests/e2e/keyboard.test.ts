/**
 * Keyboard only: every figure of the registry, on its term page, can be walked with Tab alone, every stop
 * shows a visible focus indicator, and every slider-like control moves with the arrow keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cspViolations, openSite, watchedPage, type Site } from './harness';
import { figurePage, hydrateAll } from './pages';
import { FIGURE_NAMES } from '../../src/widgets/registry';

/** Every figure of the registry. */
const FIGURES = FIGURE_NAMES;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** Describes the focused element: a readable key, whether it is in the figure, and where it is. */
async function focused(page: Page, figure: string) {
  return page.evaluate((name) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const root = document.querySelector(`[data-widget="${name}"]`);
    const r = el.getBoundingClientRect();
    const label = el.getAttribute('aria-label') ?? el.getAttribute('id') ?? el.textContent?.trim().slice(0, 30) ?? '';
    return {
      key: `${el.tagName.toLowerCase()}[${el.getAttribute('role') ?? (el as HTMLInputElement).type ?? ''}] ${label}`,
      inside: root?.contains(el) ?? false,
      box: { x: Math.max(0, r.x - 6), y: Math.max(0, r.y - 6), width: r.width + 12, height: r.height + 12 },
    };
  }, figure);
}

/**
 * Whether focus is visible on the focused element, whatever draws it (an outline, a shadow, an
 * SVG ring): the pixels around it differ when focus moves back to the previous stop.
 */
async function focusIsVisible(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<boolean> {
  const withFocus = await page.screenshot({ clip: box, animations: 'disabled', caret: 'hide' });
  await page.keyboard.press('Shift+Tab');
  const without = await page.screenshot({ clip: box, animations: 'disabled', caret: 'hide' });
  await page.keyboard.press('Tab');
  return !withFocus.equals(without);
}

describe.each(FIGURES)('the %s figure by keyboard alone', (figure) => {
  it('is walked by Tab with a visible focus ring at every stop, and its sliders move with the arrows', async () => {
    const { page, consoleErrors } = await watchedPage(site);
    await page.goto(new URL(figurePage(figure), site.url).href);
    await hydrateAll(page);
    const root = page.locator(`[data-widget="${figure}"]`);
    await root.scrollIntoViewIfNeeded();
    const expected = await root.evaluate((el) =>
      [...el.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.offsetParent !== null && !e.closest('[inert]') && !(e instanceof HTMLInputElement && e.type === 'radio' && !e.checked),
      ).length,
    );
    expect(expected).toBeGreaterThan(2);
    // Start just before the figure, then Tab through it.
    await root.evaluate((el) => {
      const before = document.createElement('button');
      before.textContent = 'start';
      el.before(before);
      before.focus();
    });
    const stops: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page, figure);
      if (!f || !f.inside) {
        if (stops.length > 0) break;
        continue;
      }
      expect(await focusIsVisible(page, f.box), `no visible focus on ${f.key}`).toBe(true);
      stops.push(f.key);
    }
    expect(stops.length).toBeGreaterThanOrEqual(expected);
    // Every slider (ARIA or native range) responds to the arrow keys.
    const sliders = root.locator('[role="slider"], input[type="range"]');
    const count = await sliders.count();
    for (let i = 0; i < count; i++) {
      const slider = sliders.nth(i);
      if (!(await slider.isVisible()) || (await slider.isDisabled().catch(() => false))) continue;
      const read = () => slider.evaluate((e) => e.getAttribute('aria-valuetext') ?? e.getAttribute('aria-valuenow') ?? (e as HTMLInputElement).value);
      await slider.focus();
      const before = await read();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowUp');
      await page.waitForTimeout(50);
      const after = await read();
      if (after === before) {
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowDown');
        await page.waitForTimeout(50);
      }
      expect(await read(), `slider ${i} of ${figure} did not move`).not.toBe(before);
    }
    expect(consoleErrors).toEqual([]);
    // Driving the figure broke no rule of the Content-Security-Policy.
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });
});
