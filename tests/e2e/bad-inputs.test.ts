/**
 * Bad input of every kind, as a reader meets it in the browser. Each row says what is done and
 * what must happen; in every row nothing crashes, nothing injected runs (no dialog, no console
 * error, no CSP violation), the page stays responsive, and the reader gets a clear message.
 * The engine-level table (every input class against `parse`) is src/math/bad-input.test.ts;
 * URL parameters at the unit level are in src/widgets/shared/url-params.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cspViolations, openSite, watchedPage, type Site } from './harness';
import { figurePage } from './pages';
import { FIGURE_NAMES } from '../../src/widgets/registry';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const FIELD = '[data-widget="gradient-field"]';

/** Opens the Gradient page (with a query), waits until the vector-field figure is interactive. */
async function openField(query = '') {
  const watched = await watchedPage(site);
  const dialogs: string[] = [];
  watched.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await watched.page.goto(`${site.url}glossary/gradient/${query}`);
  await watched.page.locator(FIELD).scrollIntoViewIfNeeded();
  await watched.page.locator(FIELD).getByRole('textbox', { name: 'f(x, y) =' }).and(watched.page.locator(':not([disabled])')).waitFor();
  return { ...watched, dialogs };
}

/** All path data of the figure's plot: equal before and after means the picture did not change. */
const plotSignature = (page: Page) => page.locator(`${FIELD} svg path`).evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? '').join('|'));

/**
 * The plot's signature once it has settled: the figure redraws at its measured width a frame
 * or two after it becomes interactive (sooner or later on a busy machine), and the 3D figure
 * below starts at the same time.
 */
async function settledPlot(page: Page): Promise<string> {
  let last = await plotSignature(page);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const now = await plotSignature(page);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** Milliseconds for the page to answer a trivial script: it is still responsive. */
async function responsiveness(page: Page): Promise<number> {
  const start = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  return Date.now() - start;
}

// Typed into "f(x, y) =": [what, text, expected message (null: accepted, the plot redraws)].
const TYPED: [string, string, RegExp | null][] = [
  ['1,000-deep parentheses', `${'('.repeat(1000)}x${')'.repeat(1000)}`, /Too long: 2001 characters/],
  ['100,000-deep parentheses', '('.repeat(100_000), /Too long: 100000 characters/],
  ['101-deep parentheses (under the length cap)', `${'('.repeat(101)}x${')'.repeat(101)}`, /deep|nest/i],
  ['a 1 MB expression', 'x+'.repeat(500_000), /Too long: 1000000 characters/],
  ['a constructor chain', 'constructor.constructor("alert(1)")()', /./],
  ['__proto__', '__proto__', /./],
  ['a string', '"alert(1)"', /Quotes are not part of a formula/],
  ['an array', '[1,2]', /Use \( \) for grouping/],
  ['an assignment', 'x=1', /without '='/],
  ['a function definition', 'f(x)=x^2', /without '='/],
  ['KaTeX \\href injection', '\\href{javascript:alert(1)}{x}', /Unexpected character/],
  ['KaTeX macro bomb', '\\def\\a{\\a\\a}\\a', /Unexpected character/],
  ['huge \\rule', '\\rule{100000em}{100000em}', /Unexpected character/],
  ['a Cyrillic look-alike x', 'х^2 + y', /only looks like 'x'/],
  ['an invisible character', 'x\u200b+ y', /Invisible character/],
  ['empty input', '', /Type a function/],
  ['syntax junk', ')(*&^', /./],
  ['an unknown function', 'sine(x)', /did you mean sin\?/],
  ['1/0 (Infinity everywhere: accepted)', '1/0 + x', null],
  ['0/0 (NaN everywhere: accepted)', '0/0 + x', null],
  ['log(0)', 'log(0) + y', null],
  ['sqrt(-1)', 'sqrt(-1) + x', null],
  ['x^1e308', 'x^1e308 + y', null],
  ['exp(1000)', 'exp(1000) + x', null],
  ['tan(x) across its poles', 'tan(x) + y', null],
  ['1/x across its pole', '1/x + y', null],
  ['sin(1/x)', 'sin(1/x) + y', null],
];

/** A sound function each row starts from, so that every row compares with a known good picture. */
const SOUND = 'x^2 - y^2';

// One page takes every row in turn, as a reader typing one thing after another would: each row
// first types the sound function back, then its own input.
describe('typed into the function editor', () => {
  let field: Awaited<ReturnType<typeof openField>>;
  beforeAll(async () => {
    field = await openField();
  });
  afterAll(async () => field?.context.close());

  it.each(TYPED)('%s', async (_what, text, message) => {
    const { page, consoleErrors, dialogs } = field;
    consoleErrors.length = 0;
    const input = page.locator(FIELD).getByRole('textbox', { name: 'f(x, y) =' });
    await input.fill(SOUND);
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('false');
    const before = await settledPlot(page);
    await input.fill(text);
    await page.waitForTimeout(400);
    if (message) {
      await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
      const id = await input.getAttribute('aria-describedby');
      const shown = await page.locator(`[id="${id}"]`).textContent();
      expect(shown).toMatch(message);
      expect(shown).toMatch(/last function that worked/);
      expect(await plotSignature(page)).toBe(before);
    } else {
      await expect(input.getAttribute('aria-invalid')).resolves.toBe('false');
      expect(await plotSignature(page)).not.toBe(before);
    }
    expect(await responsiveness(page)).toBeLessThan(2000);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

// In the link: [what, query, expected notice (null: no notice, the state is used)].
const LINKS: [string, string, RegExp | null][] = [
  ['script text as the function', '?f=%3Cscript%3Ealert(1)%3C%2Fscript%3E', /function could not be used/],
  ['malformed percent-encoding', '?f=%E0%A4%A', /not properly encoded/],
  ['NaN and Infinity as the point', '?x=NaN&y=Infinity', /is not a number/],
  ['a huge number', '?x=1e308', /outside/],
  ['a function that does not parse', '?f=sin(x', /function could not be used/],
  ['an expression bomb', `?f=${'('.repeat(5000)}`, /function could not be used/],
  ['an unknown key', '?zz=1', /unknown setting/],
  ['a hundred unknown keys, said in one line', `?${Array.from({ length: 100 }, (_, i) => `k${i}=1`).join('&')}`, /Ignored 100 unknown settings in the link: “k0”, “k1”, “k2” and 97 more\./],
  ['a sum typed by hand with raw plus signs', '?f=x^2+y^2&x=1&y=-1', null],
  ['a repeated key', '?x=1&x=2', /more than once/],
  ['a valid state', '?f=x%5E2-y%5E2&x=1&y=-1&u=45', null],
];

describe('settings in the link', () => {
  it.each(LINKS)('%s', async (_what, query, notice) => {
    const { page, context, consoleErrors, dialogs } = await openField(query);
    // An unknown key is told by whichever figure of the page starts first, the others in the field figure.
    const notices = page.locator(notice?.source.includes('unknown setting') ? '[data-widget] .notices' : `${FIELD} .notices`);
    if (notice) await expect.poll(async () => (await notices.allTextContents()).join(' ')).toMatch(notice);
    else expect(await notices.count()).toBe(0);
    expect(await page.locator(`${FIELD} svg path`).count()).toBeGreaterThan(3);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('when the page cannot run as designed', () => {
  it('without JavaScript every figure shows its static picture and caption', async () => {
    const { page, context } = await watchedPage(site, { javaScriptEnabled: false });
    // Every figure of the registry, on its term page.
    for (const name of FIGURE_NAMES) {
      if (page.url() !== new URL(figurePage(name), site.url).href) await page.goto(new URL(figurePage(name), site.url).href);
      const root = page.locator(`[data-widget="${name}"]`);
      expect(await root.locator('svg').count(), name).toBeGreaterThan(0);
      await expect(page.locator(`#figure-${name} figcaption`).textContent()).resolves.toMatch(/Figure \d/);
    }
    await context.close();
  });

  it('when a figure’s code fails to load, its static picture stays', async () => {
    const { page, context } = await watchedPage(site);
    await context.route(/\/_astro\/GradientField\.[^/]*\.js$/, (route) => route.abort('failed'));
    await page.goto(`${site.url}glossary/gradient/`);
    const root = page.locator(FIELD);
    await root.scrollIntoViewIfNeeded();
    await page.waitForTimeout(1000);
    expect(await root.locator('svg path').count()).toBeGreaterThan(3);
    await expect(page.locator(`#figure-gradient-field figcaption`).isVisible()).resolves.toBe(true);
    // The other figures are unaffected.
    await page.locator('[data-widget="neuron"]').scrollIntoViewIfNeeded();
    await page.locator('[data-widget="neuron"] button:not([disabled])').first().waitFor({ timeout: 10_000 });
    await context.close();
  });

  it('when WebGL loses its context, the 3D figure says so and its slices keep working', async () => {
    const { page, context } = await watchedPage(site);
    // Drawn on the page (no OffscreenCanvas), where the test can reach the context to lose it.
    await context.addInitScript(() => {
      delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown }).transferControlToOffscreen;
    });
    await page.goto(`${site.url}glossary/gradient/`);
    const root = page.locator('[data-widget="partial-slices"]');
    await root.scrollIntoViewIfNeeded();
    await root.locator('canvas').waitFor({ timeout: 15_000 });
    await root.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const gl = c.getContext('webgl2') ?? c.getContext('webgl');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expect(root.getByText(/3D view unavailable/).first().waitFor({ timeout: 5000 })).resolves.toBeUndefined();
    const handle = root.locator('[role="slider"]').first();
    const before = await handle.getAttribute('aria-valuetext');
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => handle.getAttribute('aria-valuetext')).not.toBe(before);
    await context.close();
  });
});
