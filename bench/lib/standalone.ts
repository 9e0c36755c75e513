import type { Page } from 'playwright-core';

/**
 * Runs one figure's benchmark on its own and prints its raw numbers as JSON:
 * `DIST_DIR=/tmp/dist-x npx tsx bench/widgets/<figure>.ts`. `npm run bench:widgets` runs every
 * figure of the registry and prints the table instead.
 */
export async function runStandalone(bench: (page: Page, baseUrl: string) => Promise<unknown>): Promise<void> {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../../scripts/serve.mjs');
  const { launchOptions } = await import('../../tests/e2e/browser.mjs');
  const server = await startServer({ root: process.env['DIST_DIR'] ?? 'dist', port: 0 });
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    console.log(JSON.stringify(await bench(page, server.url), null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}
