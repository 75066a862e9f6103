/**
 * The classroom pages as built: every source id on /sources/ (and every data file and check),
 * every glossary entry on /glossary/, every step in the presenter, every activity's answer on
 * /teach/, one QR code per chart on the handout, and BibTeX on /cite/ that parses as served.
 */
import { parse } from '@retorquere/bibtex-parser';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectChecks } from '$lib/content/checks';
import { glossaryFor } from '$lib/content/glossary';
import { outline } from '$lib/content/outline';
import { sources } from '$lib/content/sources';
import { fillAnswer, teachFor } from '$lib/content/teach';

const page = (path: string) => readFileSync(`build/${path}index.html`, 'utf8');
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const text = (html: string) => unescape(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');

describe('build/sources/', () => {
  const html = page('sources/');
  it('lists every source in the registry, each once with its anchor', () => {
    const anchors = [...html.matchAll(/id="source-([^"]+)"/g)].map((m) => m[1]);
    const missing = [...sources.keys()].filter((id) => anchors.filter((a) => a === id).length !== 1);
    expect(missing).toEqual([]);
  });
  it('lists every data file and every checked claim', () => {
    const files = [...html.matchAll(/<code\b[^>]*>([^<]+\.csv)<\/code>/g)].map((m) => m[1]);
    for (const f of readdirSync('content/data').filter((f) => f.endsWith('.csv'))) expect(files).toContain(f);
    const t = text(html);
    expect(collectChecks().filter((c) => !t.includes(c.claim)).map((c) => c.claim)).toEqual([]);
    // The address comes from PUBLIC_CORRECTIONS_EMAIL: a link when the build has one, none otherwise.
    const address = process.env.PUBLIC_CORRECTIONS_EMAIL?.trim();
    if (address) expect(html).toContain(`href="mailto:${address}"`);
    else expect(html).not.toMatch(/href="mailto:/);
  });
});

describe('build/glossary/', () => {
  it('has an entry for every term', () => {
    const html = page('glossary/');
    for (const t of glossaryFor('en').terms) expect(html).toContain(`id="${t.id}"`);
  });
});

describe('build/present/', () => {
  const html = page('present/');
  it('has every step, in order, with its frame, and loads only its own script', () => {
    const keys = [...html.matchAll(/<li class="slide[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    expect(keys).toEqual(outline.flatMap((c) => c.charts.flatMap((ch) => ch.steps.map((s) => s.key))));
    expect([...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(['../js/present.js']);
    expect(html).not.toMatch(/ style="/);
  });
});

describe('build/teach/', () => {
  it('shows every activity’s answer with its numbers', () => {
    const t = text(page('teach/'));
    for (const c of teachFor('en').chapters) expect(t).toContain(fillAnswer(c.activity));
  });
});

describe('build/handout/', () => {
  it('has one QR code per chart, to its last step, and its print stylesheet names the article', () => {
    const html = page('handout/');
    const charts = outline.flatMap((c) => c.charts);
    expect((html.match(/<svg class="qr"/g) ?? []).length).toBe(charts.length);
    for (const ch of charts) expect(html).toContain(`#${ch.steps.at(-1)!.key}"`);
    expect(readFileSync('build/handout/print.css', 'utf8')).toMatch(/@bottom-left \{\s*content: ".+ · https?:\/\/[^"]+\/"/);
  });
});

describe('build/cite/', () => {
  it('serves BibTeX that parses, one entry per citable work', () => {
    const html = page('cite/');
    const entries = [...html.matchAll(/<pre id="([^"]+)-bibtex"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => unescape(m[2]!));
    expect(entries.length).toBe(1 + outline.length + outline.flatMap((c) => c.charts).length);
    const lib = parse(entries.join('\n\n'), { sentenceCase: false, english: false });
    expect(lib.errors).toEqual([]);
    expect(new Set(lib.entries.map((e) => e.key)).size).toBe(entries.length);
  });
});
