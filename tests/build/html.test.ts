/**
 * Checks on the prerendered site in build/ (run after `vite build`): what a reader without
 * JavaScript, a crawler and a printer receive.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvAllowed } from '$lib/content/licences';
import { scanChapter } from '$lib/content/markdown.js';
import { getChart } from '$lib/server/charts';

const html = readFileSync('build/index.html', 'utf8');
const chapters = readdirSync('content/en/chapters')
  .filter((f) => f.endsWith('.md'))
  .map((f) => scanChapter(readFileSync(`content/en/chapters/${f}`, 'utf8'), f));
const scrollies = chapters.flatMap((c) => c.scrollies);
const count = (re: RegExp) => (html.match(re) ?? []).length;

describe('build/index.html', () => {
  it('declares its language, title, description and viewport', () => {
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<title>[^<]{10,}<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1"/);
  });

  it('has exactly one h1', () => {
    expect(count(/<h1[\s>]/g)).toBe(1);
  });

  it('loads one script, the browser entry, and no framework hydration', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    // The JSON-LD data block (never executed) and the boot script (theme and reading mode before
    // the first paint), which then loads the page's module, named in a meta tag, after the first
    // paint (src/app.html).
    expect(scripts).toEqual(['<script type="application/ld+json">', '<script>']);
    expect(html).toContain('<meta name="article-script" content="./js/main.js"/>');
    expect(existsSync('build/js/main.js')).toBe(true);
    // SvelteKit's client files are removed after the build (scripts/postbuild.mjs): nothing needs them.
    expect(html).not.toMatch(/_app\/|__data\.json/);
    expect(existsSync('build/_app')).toBe(false);
    expect(existsSync('build/__data.json')).toBe(false);
  });

  it('keeps no hydration markers', () => {
    expect(html).not.toMatch(/<!--/);
  });

  it('ships a Content-Security-Policy without unsafe-inline scripts', () => {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The one inline script is allowed by its own hash, and only it.
    const boot = /<script>([^<]+)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(boot).digest('base64');
    expect(csp).toMatch(new RegExp(`script-src 'self' 'sha256-${hash.replace(/[+/=]/g, '\\$&')}';`));
  });

  it('contains no NaN, undefined or null', () => {
    expect(html).not.toMatch(/\bNaN\b|>undefined<|="undefined"|>null<|="null"/);
  });

  it('loads nothing from another origin', () => {
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    // What the browser fetches: scripts, images and stylesheets (the canonical link and the
    // hreflang alternates are absolute URLs on purpose, and are never fetched).
    const loaded = [...html.matchAll(/<(?:script|link|img)\b[^>]*(?:src|href)="([^"]+)"[^>]*>/g)]
      .filter((m) => !/rel="(?:canonical|alternate)"/.test(m[0]))
      .map((m) => m[1]!);
    expect(loaded.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([]);
    expect(refs.length).toBeGreaterThan(0);
  });

  it.each(scrollies.map((s) => [s.chart!, s] as const))(
    'shows %s as its opening frame, with a frame for every step and a source line',
    (chart, s) => {
      const start = html.indexOf(`data-chart="${chart}"`);
      expect(start).toBeGreaterThan(0);
      const end = html.indexOf('</section>', start);
      const block = html.slice(start, end);
      // No chart markup in the page: the script shows the build-time frames, found beside this one.
      expect(block).toMatch(new RegExp(`^data-chart="${chart}" data-frames="\\./frames/${chart}/opening\\.svg"`));
      expect(block).toMatch(/<div class="canvas" aria-hidden="true"><\/div>/);
      expect(existsSync(`build/frames/${chart}/opening.svg`)).toBe(true);
      for (const step of s.steps) {
        expect(block).toContain(`data-step="${step.id}"`);
        expect(block).toContain(`src="./frames/${chart}/${step.id}.svg"`);
        expect(existsSync(`build/frames/${chart}/${step.id}.svg`)).toBe(true);
      }
      expect(block).toMatch(/class="chart-source">Source: <a /);
      expect(block).toContain(`href="./tables/${chart}/"`);
      // The line as a reader sees it: words apart ("NVIDIAand 16 more.Data as of" was), and no
      // source named twice alike.
      const line = /class="chart-source">([\s\S]*?)<\/p>/.exec(block)![1]!;
      const text = line.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
      expect(text).not.toMatch(/[^\s;]and \d+ more|[a-z)]\.[A-Z][a-z]/);
      const names = [...line.matchAll(/rel="external noopener">([^<]+)<\/a>/g)].map((m) => m[1]);
      expect(names.length, text).toBeGreaterThan(0);
      expect(new Set(names).size, text).toBe(names.length);
    }
  );

  it('gives every step an element id equal to its URL fragment', () => {
    const ids = [...html.matchAll(/class="step" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(scrollies.reduce((n, s) => n + s.steps.length, 0));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('numbers footnotes and lists each chapter’s notes', () => {
    expect(count(/<a href="#note-[a-z0-9-]+-\d+" data-cite/g)).toBe(chapters.reduce((n, c) => n + c.cites.length, 0));
    // Every footnote link lands on a note that exists (the no-JS reader follows it).
    for (const m of html.matchAll(/href="#(note-[a-z0-9-]+-\d+)" data-cite/g)) expect(html).toContain(`id="${m[1]}"`);
    expect(count(/class="notes" id="notes-/g)).toBe(chapters.filter((c) => c.cites.length).length);
  });
});

describe('files beside the page', () => {
  it.each(scrollies.map((s) => s.chart!))('has a CSV (where licensed), a data page and standalone SVGs for %s', (chart) => {
    // The licences decide (src/lib/content/licences.ts): no file and no table where they forbid it.
    const allowed = csvAllowed(getChart(chart));
    expect(existsSync(`build/data/${chart}.csv`)).toBe(allowed);
    const page = readFileSync(`build/tables/${chart}/index.html`, 'utf8');
    expect(/<table\b[\s\S]*<\/table>/.test(page)).toBe(allowed);
    expect(html.includes(`href="./data/${chart}.csv"`)).toBe(allowed);
    const svg = readFileSync(`build/charts/${chart}/opening.svg`, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Downloads carry their colours as attributes (editors ignore stylesheets)…
    expect(svg).not.toMatch(/class="[fs]-/);
    // …the frames in the page follow the reader's light or dark theme.
    const frame = readFileSync(`build/frames/${chart}/opening.svg`, 'utf8');
    expect(frame).toMatch(/<style>[^<]*prefers-color-scheme:dark/);
    expect(frame).toMatch(/class="f-/);
  });
});

describe('the Japanese edition names our own compilations in Japanese', () => {
  // "This article (compiled)" is us: on /ja/ it is 本記事（独自集計） everywhere, not only in the
  // article's source lines (the sources, cite, teach, handout and table pages once said it in English).
  const pages = (readdirSync('build/ja', { recursive: true, encoding: 'utf8' }) as string[]).filter((f) =>
    f.endsWith('.html')
  );
  it('on every page', () => {
    expect(pages.length).toBeGreaterThan(50);
    const english = pages.filter((f) => readFileSync(`build/ja/${f}`, 'utf8').includes('This article ('));
    expect(english).toEqual([]);
  });
});
