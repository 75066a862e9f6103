// Chromium for tests, screenshots and benchmarks: Debian's /usr/bin/chromium driven by
// playwright-core (no browser download). Flags keep it off the network it cannot reach.
import { chromium } from 'playwright-core';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

export function launch() {
  return chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
}
