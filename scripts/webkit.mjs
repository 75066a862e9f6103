// WebKit for tests: Debian's WebKitGTK MiniBrowser, driven by its own WebKitWebDriver (WebDriver
// classic: WebKitGTK has no BiDi) through webdriverio. MiniBrowser has no headless mode, so it
// draws on a private Xvfb display started here. Nothing is downloaded: webdriverio is always
// given the host and port of the driver spawned here, so it never looks for a driver itself.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { remote } from 'webdriverio';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ??
  ['x86_64-linux-gnu', 'aarch64-linux-gnu']
    .map((triplet) => `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`)
    .find((p) => existsSync(p)) ??
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// MiniBrowser's GTK toolbar keeps its window at least 447 CSS px wide. This user stylesheet
// shrinks the toolbar to nothing, so the page can be 390 or 320 px wide like a phone.
const GTK_CSS =
  '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; ' +
  '-gtk-icon-transform: scale(0.1); }\n';

/**
 * @typedef {object} WebKit
 * @property {() => Promise<WebdriverIO.Browser>} session a new MiniBrowser with JavaScript on
 * @property {() => Promise<WebdriverIO.Browser>} sessionWithoutJavaScript MiniBrowser with its
 *   page scripts off (`--enable-javascript=false`; `execute` still works)
 * @property {() => Promise<void>} close ends the sessions, their drivers and the display
 */

/**
 * Starts Xvfb; each session gets a WebKitWebDriver of its own (a driver serves one session at a
 * time). Everything they write (GTK config, caches) goes under `dir`, which the caller removes.
 * @param {string} dir an empty folder
 * @returns {Promise<WebKit>}
 */
export async function startWebKit(dir) {
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  /** @type {WebdriverIO.Browser[]} */
  const sessions = [];
  // If the test process ends without close() (a crash, a timeout), take the display and the
  // drivers with it; MiniBrowser exits with its display.
  const orphans = () => children.forEach((child) => child.kill('SIGKILL'));
  process.once('exit', orphans);
  const close = async () => {
    for (const s of sessions.splice(0)) await s.deleteSession().catch(() => {});
    for (const child of children.splice(0).reverse()) await stop(child);
    process.off('exit', orphans);
  };
  try {
    const display = await startXvfb(children);
    for (const sub of ['config/gtk-3.0', 'cache', 'data']) mkdirSync(join(dir, sub), { recursive: true });
    mkdirSync(join(dir, 'runtime'), { mode: 0o700 });
    writeFileSync(join(dir, 'config/gtk-3.0/gtk.css'), GTK_CSS);
    const env = {
      ...process.env,
      DISPLAY: display,
      // MiniBrowser inherits these: the stylesheet above, and caches kept out of $HOME.
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_CACHE_HOME: join(dir, 'cache'),
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_RUNTIME_DIR: join(dir, 'runtime'),
      // Mesa's shader cache would be written by web processes still exiting after close().
      MESA_SHADER_CACHE_DISABLE: 'true'
    };

    /** @param {string[]} args */
    const open = async (args) => {
      const port = await freePort();
      const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env
      });
      children.push(driver);
      await untilListening(driver, port, 'WebKitWebDriver');
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        // A MiniBrowser that cannot start (e.g. no Mesa DRI driver) hangs the new-session request:
        // fail in a minute, once, rather than retry into "Maximum number of active sessions".
        connectionRetryCount: 0,
        connectionRetryTimeout: 60_000,
        // (webdriverio's types do not list WebKitGTK's vendor capability.)
        capabilities: /** @type {WebdriverIO.Capabilities} */ ({
          browserName: 'MiniBrowser',
          // WebKitGTK speaks classic WebDriver only; asking for BiDi fails the session.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] }
        })
      });
      sessions.push(browser);
      return browser;
    };
    return {
      session: () => open([]),
      sessionWithoutJavaScript: () => open(['--enable-javascript=false']),
      close
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * Sizes the window so that the page's viewport is exactly `width`×`height` CSS px (the window
 * includes MiniBrowser's toolbar), and checks that it is. The window manager-less X server
 * applies a new size a moment after the command returns, so this measures and corrects again.
 * @param {WebdriverIO.Browser} browser
 * @param {number} width
 * @param {number} height
 */
export async function setViewport(browser, width, height) {
  /** @returns {Promise<number[]>} */
  const inner = () => browser.execute(() => [innerWidth, innerHeight]);
  let [w, h] = await inner();
  for (let attempt = 0; attempt < 10 && (w !== width || h !== height); attempt++) {
    const rect = await browser.getWindowRect();
    await browser.setWindowRect(null, null, rect.width + width - (w ?? 0), rect.height + height - (h ?? 0));
    await browser.pause(50 * attempt);
    [w, h] = await inner();
  }
  if (w !== width || h !== height)
    throw new Error(
      `MiniBrowser viewport is ${w}×${h}, not ${width}×${height} (is the GTK stylesheet applied?)`
    );
}

/**
 * A private X display: Xvfb picks a free display number itself (-displayfd) and reports it once
 * it accepts connections. Local socket only; no TCP.
 * @param {import('node:child_process').ChildProcess[]} children
 * @returns {Promise<string>} e.g. ":1"
 */
function startXvfb(children) {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe']
  });
  children.push(xvfb);
  let stderr = '';
  xvfb.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in 10 s: ${stderr}`)), 10_000);
    xvfb.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run Xvfb (apt-get install xvfb): ${e.message}`));
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code}: ${stderr}`));
    });
    /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]).on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
  });
}

/** @returns {Promise<number>} a port that was free a moment ago */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Waits until the driver answers /status, or fails with what it printed.
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} port
 * @param {string} name
 */
async function untilListening(child, port, name) {
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  /** @type {Error | null} */
  let failed = null;
  child.once('error', (e) => (failed = new Error(`cannot run ${name}: ${e.message}`)));
  child.once('exit', (code) => (failed ??= new Error(`${name} exited with ${code}: ${stderr}`)));
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (failed) throw failed;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not listen on port ${port} in 10 s: ${stderr}`);
}

/**
 * Ends a child process we started: SIGTERM, then SIGKILL after 3 s.
 * @param {import('node:child_process').ChildProcess} child
 */
function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    child.kill('SIGTERM');
  });
}
