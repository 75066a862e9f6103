// Firefox for tests: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (no browser
// download; Playwright cannot drive a stock Firefox). Headless, so it needs no display.
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * @param {object} options
 * @param {string} options.profile an empty folder for the profile; the caller removes it
 * @param {boolean} [options.javascript] false: the page's own scripts do not run. Firefox ESR has no
 *   BiDi command for this (`page.setJavaScriptEnabled` throws), so it is a pref, fixed at launch;
 *   `page.evaluate` still works.
 */
export function launchFirefox({ profile, javascript = true }) {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // Scrollbars that take no layout width, as on phones (headless Firefox would keep 12 px).
      'ui.useOverlayScrollbars': 1,
      'javascript.enabled': javascript
    }
  });
}
