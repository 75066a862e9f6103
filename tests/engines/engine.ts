/**
 * One small interface over two drivers, so that the reading checks (checks.ts) are written once
 * and run in Firefox (puppeteer-core over WebDriver BiDi) and WebKit (webdriverio over classic
 * WebDriver). Browsers are launched lazily, inside the first test that needs them: a launch that
 * fails then fails that test, and every later one, instead of marking them skipped (a failing
 * beforeAll would, and the test runner counts skipped tests as passing).
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser as PuppeteerBrowser, Page } from 'puppeteer-core';
import { createServer } from '../../scripts/serve.mjs';
import { launchFirefox } from '../../scripts/firefox.mjs';
import { setViewport, startWebKit } from '../../scripts/webkit.mjs';

/** A page in the browser, loaded with the article (or about:blank). */
export interface Tab {
  /** A fresh load of `url`, as from another site (not a same-page fragment change). */
  open(url: string): Promise<void>;
  /** Runs `fn` in the page (serialised: it must not use anything from this file). */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Presses and releases a key, sent to the focused element. */
  press(key: 'Enter' | 'Escape'): Promise<void>;
  /** Sets the viewport, in CSS px, leaving the tab on about:blank. */
  resize(width: number, height: number): Promise<void>;
}

export interface Engine {
  name: string;
  /** The article's URL on a loopback server. */
  url: string;
  /** One tab per mode, created on first use and then reused. */
  tab(mode: 'js' | 'nojs'): Promise<Tab>;
  /** Console errors and page errors seen since the last call, in any tab. */
  problems(): Promise<string[]>;
  /** e.g. "firefox/153.8.0" (without launching anything) */
  version(): Promise<string>;
  close(): Promise<void>;
}

/**
 * A same-origin script that the test server adds to the article's <head>, before the page's own
 * script, in both engines. It records in the page: console.error calls, uncaught errors and error
 * events (such as "ResizeObserver loop completed with undelivered notifications", which
 * neither puppeteer's pageerror nor Chromium's console reports), unhandled promise rejections,
 * elements whose resource failed to load, and CSP violations.
 *
 * In WebKit it is the only source: WebKitGTK has no BiDi, so classic WebDriver gives no console
 * or error events, and MiniBrowser prints no console messages under automation. What it cannot
 * see there: messages the engine writes to the console without a DOM event (some network and
 * parser diagnostics, deprecation warnings); other realms (workers, iframes); console.warn; and
 * the page without JavaScript (the probe is a script too). Firefox adds puppeteer's console and
 * pageerror events, which see everything from the first byte.
 *
 * A page where the probe did not run (with JavaScript on) is itself reported, so a probe blocked
 * by a future CSP cannot go quiet.
 */
const PROBE = `(() => {
  const seen = (window.__engineProblems = []);
  const text = (v) => (v && v.stack) || (v && v.message) || String(v);
  const error = console.error;
  console.error = function (...args) {
    seen.push('console.error: ' + args.map(text).join(' '));
    return error.apply(this, args);
  };
  addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && t.tagName) seen.push('failed to load: <' + t.tagName.toLowerCase() + '> ' + (t.src || t.href || ''));
    else seen.push('error event: ' + (e.error ? text(e.error) : e.message));
  }, true);
  addEventListener('unhandledrejection', (e) => seen.push('unhandled rejection: ' + text(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => seen.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
})();
`;
const PROBE_PATH = '/__engines/probe.js';

function withProbe(html: string): string {
  const tag = `<script src="${PROBE_PATH}"></script>`;
  // Before the page's first script, and so after a CSP <meta>, whose policy then applies to it.
  const at = html.search(/<script[\s>]/i);
  if (at >= 0) return html.slice(0, at) + tag + html.slice(at);
  return html.replace(/<\/head>/i, `${tag}</head>`);
}

/** Serves build/ on a free loopback port, with the probe in the article. */
async function serve(): Promise<Server> {
  const dir = new URL('../../build', import.meta.url).pathname;
  const files = createServer(dir).listeners('request')[0] as RequestListener;
  const page = withProbe(readFileSync(join(dir, 'index.html'), 'utf8'));
  const server = createHttpServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/' || path === '/index.html')
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
        .end(page);
    else if (path === PROBE_PATH)
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' }).end(PROBE);
    else files(req, res);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return server;
}

const address = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

/** Makes a value once, on first use; a failure is kept and thrown to every caller. */
function once<T>(make: () => Promise<T>): { get(): Promise<T>; made(): Promise<T | undefined> } {
  let promise: Promise<T> | undefined;
  return {
    get: () => (promise ??= make()),
    made: async () => (promise ? promise.catch(() => undefined) : undefined)
  };
}

/** A tab as both engines make it: the driver's few primitives, plus reading the probe. */
interface Driver {
  goto(url: string): Promise<void>;
  run: Tab['run'];
  press: Tab['press'];
  resize: Tab['resize'];
}

function tab(driver: Driver, javascript: boolean, problems: string[]) {
  /** Moves what the probe recorded on the current page into `problems`. */
  const collect = async () => {
    if (!javascript) return;
    const seen = await driver.run(() => {
      const w = window as unknown as { __engineProblems?: string[] };
      if (location.protocol === 'about:') return [];
      if (!w.__engineProblems) return [`the console probe did not run on ${location.href}`];
      return w.__engineProblems.splice(0);
    });
    problems.push(...seen);
  };
  const t: Tab & { collect(): Promise<void> } = {
    collect,
    async open(url) {
      await collect();
      await driver.goto('about:blank');
      await driver.goto(url);
      if (!javascript) return;
      // The article's script loads after the first paint (src/app.html): a check starts once it
      // runs (it marks <html data-share>), as a reader's first tap comes after it.
      const end = Date.now() + 15_000;
      while (!(await driver.run(() => document.documentElement.hasAttribute('data-share')))) {
        if (Date.now() > end) throw new Error(`${url}: the page's script never ran`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    run: driver.run,
    press: driver.press,
    async resize(width, height) {
      // On a blank page: resizing a loaded article is a check of its own (a rotation), which
      // these are not. (It currently logs "ResizeObserver loop completed with undelivered
      // notifications" in both engines.)
      await collect();
      await driver.goto('about:blank');
      await driver.resize(width, height);
    }
  };
  return t;
}

/** The parts both engines share: server, lazily made tabs, problems, teardown. */
function engine(
  name: string,
  makeDriver: (mode: 'js' | 'nojs', problems: string[]) => Promise<Driver>,
  server: Server,
  version: () => Promise<string>,
  stop: () => Promise<void>
): Engine {
  const problems: string[] = [];
  const tabs = {
    js: once(async () => tab(await makeDriver('js', problems), true, problems)),
    nojs: once(async () => tab(await makeDriver('nojs', problems), false, problems))
  };
  return {
    name,
    url: address(server),
    tab: (mode) => tabs[mode].get(),
    async problems() {
      // No page, no evidence: "no errors" must not pass because the browser never started.
      if (!(await tabs.js.made())) throw new Error(`${name} never opened the article with JavaScript`);
      for (const t of [tabs.js, tabs.nojs]) await (await t.made())?.collect();
      return problems.splice(0);
    },
    version,
    async close() {
      await stop();
      await new Promise((r) => server.close(r));
    }
  };
}

/**
 * Firefox: JavaScript on and off are two browsers (a pref fixed at launch), each launched when
 * first needed, with its profile under `dir`.
 */
export async function firefox(dir: string): Promise<Engine> {
  const server = await serve();
  const browsers = {
    js: once(() => launchFirefox({ profile: join(dir, 'firefox-js'), javascript: true })),
    nojs: once(() => launchFirefox({ profile: join(dir, 'firefox-nojs'), javascript: false }))
  };
  return engine(
    'Firefox',
    async (mode, problems) => firefoxDriver(await browsers[mode].get(), problems),
    server,
    async () => (await (await browsers.js.made())?.version()) ?? 'Firefox',
    async () => {
      for (const b of [browsers.js, browsers.nojs]) await (await b.made())?.close().catch(() => {});
    }
  );
}

async function firefoxDriver(browser: PuppeteerBrowser, problems: string[]): Promise<Driver> {
  const page: Page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    run: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    press: (key) => page.keyboard.press(key),
    resize: (width, height) => page.setViewport({ width, height })
  };
}

/** WebKit: MiniBrowser on a private Xvfb display, config and caches under `dir`. */
export async function webkit(dir: string): Promise<Engine> {
  const server = await serve();
  const wk = once(() => startWebKit(dir));
  const sessions = {
    js: once(async () => (await wk.get()).session()),
    nojs: once(async () => (await wk.get()).sessionWithoutJavaScript())
  };
  return engine(
    'WebKit',
    async (mode) => webkitDriver(await sessions[mode].get()),
    server,
    async () => `WebKitGTK/${(await sessions.js.made())?.capabilities.browserVersion ?? '?'}`,
    async () => (await wk.made())?.close()
  );
}

function webkitDriver(browser: WebdriverIO.Browser): Driver {
  return {
    goto: (url) => browser.url(url).then(() => {}),
    run: (fn, ...args) => browser.execute(fn as never, ...(args as unknown as never[])) as never,
    press: (key) => browser.keys(key),
    resize: (width, height) => setViewport(browser, width, height)
  };
}
