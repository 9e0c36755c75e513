/**
 * One visit to every built page on a 360 px phone, running every check a page's own content
 * can fail: nothing wider than the screen; display formulas in focusable regions that scroll
 * with a cue; inline formulas that keep their punctuation, relations and brackets on one line;
 * a video poster that fits; "Discussed in" excerpts that end a sentence or say they were cut;
 * the axe rules that content can break; and no console error, CSP violation or request to
 * another origin while it loads. Pages are visited a few at a time (the e2e project's
 * maxConcurrency) by a pool of as many browser tabs, each going from page to page as a reader
 * would; a tab that keeps its renderer compiles axe and the site's scripts once, not per page.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations } from './axe';
import { CONTENT_RULES, excerptProblems, mathLayoutProblems, posterProblems, summarise } from './checks';
import { cspViolations, openSite, watchedPage, type Site, type Watched } from './harness';
import { PAGES } from './pages';

const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

/** As many tabs as pages visited at once (vitest.config.ts, e2e maxConcurrency). */
const TABS = 3;

let site: Site;
const free: Watched[] = [];
const waiting: ((tab: Watched) => void)[] = [];
beforeAll(async () => {
  site = await openSite();
  for (let i = 0; i < TABS; i++) free.push(await watchedPage(site, PHONE));
});
afterAll(async () => site?.close());

/** A tab to visit one page with, its records of the last visit cleared. */
async function borrow(): Promise<Watched> {
  const tab = free.pop() ?? (await new Promise<Watched>((take) => waiting.push(take)));
  tab.consoleErrors.length = 0;
  tab.offOrigin.length = 0;
  return tab;
}

function giveBack(tab: Watched): void {
  const next = waiting.shift();
  if (next) next(tab);
  else free.push(tab);
}

describe('every page on a 360 px phone', () => {
  it('finds the pages', ({ expect }) => expect(PAGES.length).toBeGreaterThanOrEqual(15));

  it.concurrent.for(PAGES)('%s fits the screen, lays out its maths, video and excerpts well, and passes the content axe rules', async (path, { expect }) => {
    const tab = await borrow();
    const { page, consoleErrors, offOrigin } = tab;
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
      giveBack(tab);
    }
  });
});
