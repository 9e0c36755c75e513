#!/usr/bin/env node
/**
 * Takes screenshots of built pages as a reader would see them: phone (360 px) and desktop,
 * light and dark. Usage: node scripts/screenshots.mjs [path ...] (default: the main pages).
 * Writes PNG files to bench/out/screens/ (SCREENS_DIR overrides). Needs a build in dist/
 * (DIST_DIR overrides).
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { launchOptions } from '../tests/e2e/browser.mjs';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/glossary/', '/glossary/gradient/', '/articles/how-a-neuron-learns/'];
const out = process.env.SCREENS_DIR ?? 'bench/out/screens';
await mkdir(out, { recursive: true });
const server = await startServer({ root: process.env.DIST_DIR ?? 'dist', port: 0 });
const browser = await chromium.launch(launchOptions());
try {
  for (const scheme of ['light', 'dark']) {
    for (const [device, viewport] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]]) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      for (const path of paths) {
        await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
        await page.waitForTimeout(300);
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${scheme}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: true });
        console.log(`${out}/${name}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
