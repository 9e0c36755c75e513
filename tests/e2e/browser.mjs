/**
 * How every browser test and script starts Chromium: the system browser (never a downloaded
 * one), headless, with the flags that keep it from reaching the network on its own.
 */
import { existsSync } from 'node:fs';

/** Path of the system Chromium: CHROMIUM_PATH, else the usual Debian locations. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

/** Launch options for playwright-core's chromium.launch. */
export function launchOptions(extraArgs = []) {
  return {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  };
}
