import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { scanChapter } from '$lib/content/markdown.js';
import { createServer } from '../../scripts/serve.mjs';
import { launch } from '../../scripts/browser.mjs';

/** Every step in the article, in reading order, with its URL fragment. */
export const steps = readdirSync('content/en/chapters')
  .filter((f) => f.endsWith('.md'))
  .sort()
  .flatMap((f) => {
    const text = readFileSync(`content/en/chapters/${f}`, 'utf8');
    const slug = /^slug:\s*(\S+)/m.exec(text)?.[1];
    return scanChapter(text, f).scrollies.flatMap((s) =>
      s.steps.map((st, i) => ({
        chapter: slug!,
        chart: s.chart!,
        step: st.id!,
        key: `${slug}/${s.chart}/${st.id}`,
        last: i === s.steps.length - 1
      }))
    );
  });

export interface Harness {
  url: string;
  browser: Browser;
  /** Console errors, page errors and failed requests seen by any page. */
  problems: string[];
  page(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

export async function start(): Promise<Harness> {
  const server = createServer(new URL('../../build', import.meta.url).pathname).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser: Browser = await launch();
  const problems: string[] = [];
  const contexts: { close(): Promise<void> }[] = [];
  return {
    url,
    browser,
    problems,
    async page(options = {}) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) => {
        // A navigation or reload cancels what the previous page was still loading: not a fault.
        if (r.failure()?.errorText !== 'net::ERR_ABORTED')
          problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
      });
      page.on('request', (r) => {
        if (!r.url().startsWith(url) && !r.url().startsWith('data:'))
          problems.push(`third-party request: ${r.url()}`);
      });
      return page;
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => {})));
      await browser.close();
      server.close();
    }
  };
}

/**
 * The live chart's SVG once it shows `step` and has stopped moving, serialised canonically
 * (attributes sorted: a DOM that got there by updates lists them in another order, not another frame).
 */
export async function settledFrame(page: Page, chart: string, step: string): Promise<string> {
  const sel = `section[data-chart="${chart}"] .live[data-step="${step}"][data-settled="true"] svg`;
  try {
    await page.waitForSelector(sel, { state: 'attached', timeout: 15_000 });
  } catch {
    const seen = await page.evaluate(
      (c) => ({
        hash: location.hash,
        scrollY,
        live: document.querySelector(`section[data-chart="${c}"] .live`)?.getAttribute('data-step') ?? null,
        settled:
          document.querySelector(`section[data-chart="${c}"] .live`)?.getAttribute('data-settled') ?? null
      }),
      chart
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

/** Scroll so that a step's top sits just above the trigger line, as a reader would. */
export async function scrollToStep(page: Page, key: string): Promise<void> {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.45, behavior: 'instant' });
  }, key);
}
