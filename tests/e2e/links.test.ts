/**
 * Every internal link and #fragment in the built site resolves, checked by linkinator crawling
 * dist/ from the home page and the 404 page. Links to other origins are listed, not fetched
 * (the network is closed here and they are not ours to check).
 */
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';

describe('links in the built site', () => {
  it('all resolve, fragments included', async () => {
    const checker = new LinkChecker();
    const external = new Set<string>();
    const result = await checker.check({
      path: ['/', '/404.html'].map((p) => p),
      serverRoot: process.env['DIST_DIR'] ?? 'dist',
      recurse: true,
      checkFragments: true,
      checkCss: true,
      linksToSkip: async (link) => {
        const local = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link);
        if (!local) external.add(link);
        return !local;
      },
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.status} ${l.url} (on ${l.parent})`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((l) => l.state === LinkState.OK);
    expect(checked.length).toBeGreaterThan(60);
    // The only other origins linked are the contact page and the video host.
    for (const link of external) expect(link).toMatch(/^(https:\/\/chrispaton\.org|https:\/\/www\.youtube\.com\/watch\?v=)/);
  }, 120_000);
});
