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

/** The same Chromium for measuring: /dev/shm may be small in containers. */
export const BENCH_ARGS = [...CHROME_ARGS, '--disable-dev-shm-usage'];

/** @param {string[]} [extra] more flags (the scroll benchmark turns off smooth scrolling) */
export function launch(extra = []) {
  return chromium.launch({ executablePath: CHROME, args: [...CHROME_ARGS, ...extra] });
}
