/**
 * Checks on the prerendered site in build/ (run after `vite build`): what a reader without
 * JavaScript, a crawler and a printer receive.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanChapter } from '$lib/content/markdown.js';

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

  it('loads one script, the islands entry, and no framework hydration', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script type="module" src="./islands/main.js">']);
    expect(existsSync('build/islands/main.js')).toBe(true);
  });

  it('ships a Content-Security-Policy without unsafe-inline scripts', () => {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('contains no NaN, undefined or unfilled island', () => {
    expect(html).not.toMatch(/\bNaN\b|>undefined<|="undefined"|data-island=/);
  });

  it('loads nothing from another origin', () => {
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    const loaded = [...html.matchAll(/<(?:script|link|img)\b[^>]*(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(loaded.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([]);
    expect(refs.length).toBeGreaterThan(0);
  });

  it.each(scrollies.map((s) => [s.chart!, s] as const))('renders %s as real SVG, with an image of every step', (chart, s) => {
    const start = html.indexOf(`data-chart="${chart}"`);
    expect(start).toBeGreaterThan(0);
    const end = html.indexOf('</section>', start);
    const block = html.slice(start, end);
    // The opening frame is inline SVG; each step's frame is a server-rendered SVG file.
    expect(block.match(/<svg\b[^>]*viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/g)?.length).toBe(1);
    for (const step of s.steps) {
      expect(block).toContain(`data-step="${step.id}"`);
      expect(block).toContain(`src="./frames/${chart}/${step.id}.svg"`);
      expect(existsSync(`build/frames/${chart}/${step.id}.svg`)).toBe(true);
    }
    expect(block).toMatch(/class="chart-source">Source: <a /);
    // A data table in the article, or for long ones a link to the table's own page.
    expect(block).toMatch(new RegExp(`<table>|<a href="\\./tables/${chart}/">`));
  });

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
  it.each(scrollies.map((s) => s.chart!))('has a CSV and standalone SVGs for %s', (chart) => {
    expect(existsSync(`build/data/${chart}.csv`)).toBe(true);
    expect(readFileSync(`build/tables/${chart}/index.html`, 'utf8')).toMatch(/<table\b[\s\S]*<\/table>/);
    const svg = readFileSync(`build/charts/${chart}/opening.svg`, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/class="[fs]-/);
  });
});
