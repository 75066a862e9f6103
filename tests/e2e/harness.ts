import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { outline } from '$lib/content/outline';
import { createServer } from '../../scripts/serve.mjs';
import { launch } from '../../scripts/browser.mjs';

/** Every step in the article, in reading order, with its URL fragment. */
export const steps = outline.flatMap((c) =>
  c.charts.flatMap((chart) =>
    chart.steps.map((st, i) => ({
      chapter: c.slug,
      chart: chart.id,
      step: st.id,
      alt: st.alt,
      key: st.key,
      first: i === 0,
      last: i === chart.steps.length - 1
    }))
  )
);
export type StepRef = (typeof steps)[number];

export interface Harness {
  /** The site's address, ending in `/` (with the sub-path, if served under one). */
  url: string;
  /** The site's origin (scheme, host and port). */
  origin: string;
  browser: Browser;
  /** Console errors and warnings, page errors, CSP violations, failed or third-party requests. */
  problems: string[];
  page(options?: BrowserContextOptions): Promise<Page>;
  /**
   * Serves `html` at the root of another origin (127.0.0.2, another port): a page of some other
   * site, to embed ours in. Its requests count as first-party. Returns its address.
   */
  host(html: string): Promise<string>;
  close(): Promise<void>;
}

/** One rule of the build's `_headers` file (Netlify / Cloudflare Pages syntax). */
interface HeaderRule {
  path: string;
  headers: [string, string][];
}

function readHeaderRules(dir: string): HeaderRule[] {
  const file = new URL(`../../${dir}/_headers`, import.meta.url).pathname;
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first`);
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    } else rules.push({ path: line.trim(), headers: [] });
  }
  return rules;
}

/**
 * Serves `dir` (the built site) on a free port, under `base` if given, and starts Chromium.
 * Called inside the first test rather than a hook where that matters: a failed hook only marks
 * tests skipped (scripts/test-all.mjs counts those as failures too).
 */
export async function start({ dir = 'build', base = '', headers = false } = {}): Promise<Harness> {
  const files = createServer(new URL(`../../${dir}`, import.meta.url).pathname, { base });
  // With `headers`, every response also carries what the build's _headers file gives its path
  // (who may frame it), as a host that reads the file would send.
  const rules = headers ? readHeaderRules(dir) : [];
  const serve = files.listeners('request')[0] as http.RequestListener;
  const server = http
    .createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      for (const rule of rules) {
        const hit = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : rule.path === path;
        if (hit) for (const [name, value] of rule.headers) res.setHeader(name, value);
      }
      serve(req, res);
    })
    .listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${origin}${base}/`;
  const browser: Browser = await launch();
  const problems: string[] = [];
  const contexts: { close(): Promise<void> }[] = [];
  const hosts: http.Server[] = [];
  const firstParty = [origin];
  return {
    url,
    origin,
    browser,
    problems,
    async host(html) {
      const other = http
        .createServer((_, res) =>
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
        )
        .listen(0, '127.0.0.2');
      await new Promise((r) => other.once('listening', r));
      hosts.push(other);
      const address = `http://127.0.0.2:${(other.address() as AddressInfo).port}`;
      firstParty.push(address);
      return `${address}/`;
    },
    async page(options = {}) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
      contexts.push(context);
      const page = await context.newPage();
      // A Content-Security-Policy violation is only an event in the page: make it a console error.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
        );
      });
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) => {
        // A navigation or reload cancels what the previous page was still loading: not a fault.
        if (r.failure()?.errorText !== 'net::ERR_ABORTED')
          problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      page.on('request', (r) => {
        if (!firstParty.some((o) => r.url().startsWith(o)) && !/^(data|about):/.test(r.url()))
          problems.push(`third-party request: ${r.url()}`);
      });
      return page;
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => {})));
      await browser.close();
      server.close();
      for (const other of hosts) other.close();
    }
  };
}

/**
 * An init script (page.addInitScript) that records, on every animation frame from the moment
 * the document exists, what the chart of the block a link lands in shows: `live:<step>` (the
 * live chart), `img:<file>` (a static frame image that has loaded and is visible) or `blank`.
 * Read the record with `landingSeen(page)`. On a page whose fragment names no step (a share page
 * on its way to the article) it records nothing.
 */
export function sampleLandingBlock() {
  const seen: string[] = [];
  (window as unknown as { seen: string[] }).seen = seen;
  const id = decodeURIComponent(location.hash.slice(1));
  const sample = () => {
    const block = document.getElementById(id)?.closest('section.scrolly');
    let now = 'blank';
    const live = block?.querySelector('.live');
    const img = block?.querySelector<HTMLImageElement>('.canvas > img');
    if (live) now = `live:${live.getAttribute('data-step')}`;
    else if (img && img.complete && img.naturalWidth > 0 && getComputedStyle(img).visibility === 'visible') {
      now = `img:${img.src.split('/').pop()}`;
    }
    if (block && seen[seen.length - 1] !== now) seen.push(now);
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/** What `sampleLandingBlock` recorded in the page's current document. */
export async function landingSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

/**
 * Throws unless the landing block showed nothing but `step` (blank, its static frame, its live
 * chart) and ended on its live chart.
 */
export function expectOnlyStep(seen: string[], step: string): void {
  const allowed = new Set(['blank', `img:${step}.svg`, `live:${step}`]);
  const other = seen.filter((x) => !allowed.has(x));
  if (other.length || seen.at(-1) !== `live:${step}`) {
    throw new Error(`expected only ${step}, ending live; seen: ${seen.join(' → ') || 'nothing'}`);
  }
}

const liveSelector = (chart: string) => `section[data-chart="${chart}"] .live`;

/**
 * The live chart's SVG once it shows `step` and has stopped moving, serialised canonically
 * (attributes sorted: a DOM that got there by updates lists them in another order, not another frame).
 */
export async function settledFrame(page: Page, chart: string, step: string): Promise<string> {
  const sel = `${liveSelector(chart)}[data-step="${step}"][data-settled="true"] svg`;
  try {
    await page.waitForSelector(sel, { state: 'attached', timeout: 15_000 });
  } catch {
    const seen = await page.evaluate(
      (s) => ({
        hash: location.hash,
        scrollY,
        live: document.querySelector(s)?.getAttribute('data-step') ?? null,
        settled: document.querySelector(s)?.getAttribute('data-settled') ?? null
      }),
      liveSelector(chart)
    );
    throw new Error(`${chart}/${step} never settled: ${JSON.stringify(seen)}`);
  }
  return page.$eval(sel, (root) => {
    const out: string[] = [];
    const walk = (el: Element) => {
      const attrs = [...el.attributes].map((a) => `${a.name}="${a.value}"`).sort();
      out.push(`<${el.tagName} ${attrs.join(' ')}>${el.children.length ? '' : (el.textContent ?? '')}`);
      for (const child of el.children) walk(child);
    };
    walk(root);
    return out.join('\n');
  });
}

/**
 * Scroll a step to its reading position, as a reader (or a link) would put it: the browser's
 * own scrollIntoView, which honours the step's scroll-margin (just under the chart on a phone).
 */
export async function scrollToStep(page: Page, key: string): Promise<void> {
  await page.evaluate(
    (id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }),
    key
  );
}

/** The URL fragment, decoded, once it has stopped changing. */
export async function hashOf(page: Page): Promise<string> {
  return page.evaluate(() => decodeURIComponent(location.hash));
}

/**
 * Which of the step's marks a reader can see: each text label and each mark in a story colour
 * (accent, contrast, warn) is sampled at the centre of its box with elementFromPoint. A mark is
 * seen when the topmost element there is the mark itself (or inside it) — not the text column,
 * not another block, not off screen. Returns the ones that are not seen.
 */
export async function hiddenMarks(page: Page, chart: string): Promise<{ total: number; hidden: string[] }> {
  return page.$eval(liveSelector(chart), (live) => {
    const marks = [
      ...live.querySelectorAll('text, .f-accent, .f-contrast, .f-warn, .s-accent, .s-contrast, .s-warn')
    ];
    const hidden: string[] = [];
    let total = 0;
    for (const m of marks) {
      const r = m.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (getComputedStyle(m).opacity === '0' || m.closest('[opacity="0"]')) continue;
      total++;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const at = document.elementFromPoint(x, y);
      const inView = x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
      if (!inView || !at || !(at === m || m.contains(at) || at.closest('.live') === live)) {
        hidden.push(
          `${m.tagName.toLowerCase()} "${(m.textContent ?? '').slice(0, 30)}" at ${Math.round(x)},${Math.round(y)}`
        );
      }
    }
    return { total, hidden };
  });
}

/**
 * The page's script has run: it loads after the first paint (src/app.html), and until then the
 * reader's tools, shown from the first paint, do nothing yet. It marks <html data-share>.
 */
export async function scriptStarted(page: Page): Promise<void> {
  await page.waitForSelector('html[data-share]', { state: 'attached' });
}

/** The WCAG levels every page is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe finds on the page, one line per rule broken with its first three nodes. `configure`
 * narrows the run (a part of the page, some rules); by default every WCAG rule on the whole page.
 */
export async function axeViolations(
  page: Page,
  configure: (axe: AxeBuilder) => AxeBuilder = (axe) => axe.withTags(WCAG_TAGS)
): Promise<string[]> {
  const results = await configure(new AxeBuilder({ page })).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`
  );
}
