/**
 * The glossary as a whole, as a reader moves through it: each term says its area and what to
 * read first and next, each area has a page, the notation page is one click away, and the
 * numbers of a worked example are the engine's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScope, evaluateIn, runBlock } from '../../src/math/calc';
import { site as config } from '../../src/site.config';
import { openSite, watchedPage, type Site } from './harness';

const { contact } = config;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('the glossary', () => {
  it('places a term in its area, with what to read first and what builds on it', async () => {
    const { page, consoleErrors } = await watchedPage(site);
    await page.goto(`${site.url}glossary/gradient/`);
    const place = page.locator('.place');
    await expect(place.getByRole('link', { name: 'Calculus' }).getAttribute('href')).resolves.toBe('/glossary/areas/calculus/');
    await expect(place.getByRole('link', { name: 'Partial Derivative' }).getAttribute('href')).resolves.toBe('/glossary/partial-derivative/');
    // "Read next" lists the terms that name this one as a prerequisite; each leads to a page
    // whose "Read first" names this term back.
    const next = await page.locator('section:has(#read-next) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(next.length).toBeGreaterThan(0);
    for (const href of next.slice(0, 3)) {
      await page.goto(new URL(href, site.url).href);
      await expect(page.locator('.place').getByRole('link', { name: 'Gradient', exact: true }).count()).resolves.toBe(1);
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('ends each term page with when it last changed and where to report a mistake', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.url}glossary/hessian/`);
    const foot = page.locator('.term-foot');
    await expect(foot.locator('time').getAttribute('datetime')).resolves.toMatch(/^20\d\d-\d\d-\d\d$/);
    await expect(foot.getByRole('link', { name: /Report it/ }).getAttribute('href')).resolves.toBe(contact.href);
    await page.context().close();
  });

  it('lists an area’s terms on its own page, and only those', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.url}glossary/areas/information-theory/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Information theory');
    const links = await page.locator('dl dt a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toContain('/glossary/entropy/');
    for (const href of links) {
      await page.goto(new URL(href, site.url).href);
      await expect(page.locator('.place').getByRole('link', { name: 'Information theory' }).count()).resolves.toBe(1);
    }
    await page.context().close();
  });

  it('opens the notation page from every page header', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.url}glossary/hessian/`);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Notation' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Notation');
    const headings = await page.locator('.prose h2').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Derivatives', 'Probability and information']));
    await expect(page.locator('.prose').textContent()).resolves.toMatch(/column vectors/);
    await page.context().close();
  });

  it('shows the worked example’s numbers as the engine computes them', async () => {
    const scope = createScope();
    runBlock('f(x, y) = x^2 + 3x*y\ng = grad(f, [1, 2])', scope);
    const [gx, gy] = evaluateIn('g', scope) as number[];
    const norm = (evaluateIn('norm(g)', scope) as number).toPrecision(4);
    const { page } = await watchedPage(site);
    await page.goto(`${site.url}glossary/gradient/`);
    // The TeX that KaTeX typeset is kept in the MathML annotation: the computed values.
    const tex = await page.locator('#definition annotation').allTextContents();
    expect(tex.some((t) => t.includes(`\\begin{bmatrix} ${gx} \\\\ ${gy} \\end{bmatrix}`))).toBe(true);
    expect(tex.some((t) => t.includes(`\\approx {${norm}}`))).toBe(true);
    expect(tex.some((t) => /\\calc/.test(t))).toBe(false);
    await page.context().close();
  });
});
