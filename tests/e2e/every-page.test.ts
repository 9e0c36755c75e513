/**
 * One visit to every built page on a 360 px phone, running every check a page's own content
 * can fail: nothing wider than the screen; display formulas in focusable regions that scroll
 * with a cue; inline formulas that keep their punctuation, relations and brackets on one line;
 * a video poster that fits; "Discussed in" excerpts that end a sentence or say they were cut;
 * the axe rules that content can break; and no console error, CSP violation or request to
 * another origin while it loads. Pages are visited a few at a time (the e2e project's
 * maxConcurrency), each in its own context.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations } from './axe';
import { CONTENT_RULES, excerptProblems, mathLayoutProblems, posterProblems, summarise } from './checks';
import { cspViolations, openSite, watchedPage, type Site } from './harness';
import { PAGES } from './pages';

const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('every page on a 360 px phone', () => {
  it('finds the pages', ({ expect }) => expect(PAGES.length).toBeGreaterThanOrEqual(15));

  it.concurrent.for(PAGES)('%s fits the screen, lays out its maths, video and excerpts well, and passes the content axe rules', async (path, { expect }) => {
    const { page, context, consoleErrors, offOrigin } = await watchedPage(site, PHONE);
    try {
      await page.goto(new URL(path, site.url).href);
      await page.evaluate(() => document.fonts.ready);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      const problems = [
        ...(wide > 0 ? [`the page is ${wide} px wider than the screen`] : []),
        ...(await mathLayoutProblems(page)),
        ...(await excerptProblems(page)),
        ...(await posterProblems(page)),
      ];
      const violations = await axeViolations(page, { rules: CONTENT_RULES });
      expect(problems).toEqual([]);
      expect(summarise(violations)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(consoleErrors.filter((e) => !(path === '/404.html' && /404/.test(e)))).toEqual([]);
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
