import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

/**
 * Two projects mirror the two kinds of test:
 * - unit: pure code under src/ (maths engine, content graph, plugins, integrations) and the
 *   widgets' `*.svelte.ts` state modules, compiled by the Svelte plugin for the client runtime
 *   (tests/setup/runes-environment.ts), so runes are reactive without a browser;
 * - build: builds copies of the site with broken content and checks that the build refuses them;
 * - e2e: Playwright specs driving the system Chromium against the built site in dist/.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [svelte()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          setupFiles: ['tests/setup/fast-check.ts'],
          environment: './tests/setup/runes-environment.ts',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Broken copies of the site built two at a time (tests marked concurrent).
          maxConcurrency: 2,
          environment: 'node',
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Tests marked concurrent (the sweep over every page) run this many pages at once; two
          // files run side by side (npm run test:e2e: --max-workers=2), each with its own
          // browser and server, as much of a figure test's time is spent waiting on the page.
          maxConcurrency: 3,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
