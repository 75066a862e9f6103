/**
 * The checks the build cannot make from Markdown alone: every chart, step and source a chapter
 * names exists; every step of a chart is told; every figure is cited; every data file has a
 * source. Failures name the file and line. The unit stage runs it, before the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanChapter } from '$lib/content/markdown.js';
import { sources } from '$lib/content/sources';
import { charts, stepIds } from '$lib/server/charts';

const DIR = 'content/en/chapters';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => `${DIR}/${f}`);
const scans = files.map((file) => ({ file, text: readFileSync(file, 'utf8'), ...scanChapter(readFileSync(file, 'utf8'), file) }));

/** Paragraph-level: a block of prose with a figure in it must carry a <Cite>. */
const FIGURE = /(\$\s?\d|€\s?\d|¥\s?\d|£\s?\d|\d\s?%|\d\s?(percent|per cent|billion|million|trillion)\b|\b\d+(\.\d+)?\s?(x|×)\b)/i;

describe.each(scans)('$file', ({ file, text, scrollies, cites, problems }) => {
  it('has well-formed components (alt text, blank lines, unique ids)', () => {
    expect(problems).toEqual([]);
  });

  it('names only charts that exist, each with all of its steps in order', () => {
    const errors: string[] = [];
    for (const s of scrollies) {
      const chart = s.chart ? charts.get(s.chart) : undefined;
      if (!chart) {
        errors.push(`${file}:${s.line}: unknown chart "${s.chart}" (known: ${[...charts.keys()].join(', ')})`);
        continue;
      }
      const known = stepIds(chart);
      for (const step of s.steps) {
        if (!known.includes(step.id ?? "")) {
          errors.push(`${file}:${step.line}: chart "${chart.id}" has no step "${step.id}" (its steps: ${known.join(', ')})`);
        }
      }
      const told = s.steps.map((st) => st.id);
      const missing = known.filter((id) => !told.includes(id));
      if (missing.length) errors.push(`${file}:${s.line}: steps of "${chart.id}" never told: ${missing.join(', ')}`);
      if (missing.length === 0 && told.join() !== known.join()) {
        errors.push(`${file}:${s.line}: steps of "${chart.id}" are told in a different order than states.ts lists them`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('cites only sources in the registry', () => {
    const errors = cites
      .filter((c) => !c.id || !sources.has(c.id))
      .map((c) => `${file}:${c.line}: unknown source "${c.id}" (add it to content/sources/)`);
    expect(errors).toEqual([]);
  });

  it('cites every figure', () => {
    const errors: string[] = [];
    const body = text.replace(/^---[\s\S]*?---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
    let line = 1;
    for (const block of body.split(/\n\s*\n/)) {
      // A <Check>'s claim is the popular claim being checked; its body must cite (the scanner checks).
      const prose = block.replace(/<(Scrolly|Step|Check)\b[^>]*>|<\/(Scrolly|Step|Check)>/g, '').trim();
      if (prose && !prose.startsWith('#') && FIGURE.test(prose) && !/<Cite\b/.test(prose)) {
        errors.push(`${file}:${line + (block.length - block.trimStart().length ? block.slice(0, block.length - block.trimStart().length).split('\n').length - 1 : 0)}: a figure without <Cite>: "${prose.slice(0, 80)}…"`);
      }
      line += block.split('\n').length + 1;
    }
    expect(errors).toEqual([]);
  });

  it('has no placeholder text', () => {
    expect(text).not.toMatch(/lorem|ipsum|\bTODO\b|\bTBD\b|\bXXX\b|placeholder/i);
  });
});

describe('the article as a whole', () => {
  it('uses each chart in at most one Scrolly (step URLs must be unique)', () => {
    const seen = new Map<string, string>();
    const errors: string[] = [];
    for (const { file, scrollies } of scans) {
      for (const s of scrollies) {
        if (!s.chart) continue;
        if (seen.has(s.chart)) errors.push(`${file}:${s.line}: chart "${s.chart}" already used at ${seen.get(s.chart)}`);
        seen.set(s.chart, `${file}:${s.line}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('tells every chart that exists', () => {
    const used = new Set(scans.flatMap((s) => s.scrollies.map((x) => x.chart)));
    expect([...charts.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives every chart at least one source, and only known ones', () => {
    const errors: string[] = [];
    for (const chart of charts.values()) {
      for (const id of chart.sources) if (!sources.has(id)) errors.push(`src/lib/charts/${chart.id}/index.ts: unknown source "${id}"`);
      if (chart.sources.length === 0) errors.push(`src/lib/charts/${chart.id}/index.ts: no source`);
    }
    expect(errors).toEqual([]);
  });

  it('uses every source in the registry (no orphans)', () => {
    const used = new Set([
      ...scans.flatMap((s) => s.cites.map((c) => c.id)),
      ...[...charts.values()].flatMap((c) => c.sources)
    ]);
    const orphans = [...sources.values()].filter((s) => !used.has(s.id)).map((s) => `${s.file}: "${s.id}" is never cited`);
    expect(orphans).toEqual([]);
  });

  it('records the provenance of every data file in exactly one source', () => {
    const owners = new Map<string, string[]>();
    for (const s of sources.values()) for (const { file: f } of s.data ?? []) owners.set(f, [...(owners.get(f) ?? []), s.id]);
    const csvs = readdirSync('content/data').filter((f) => f.endsWith('.csv') || f.endsWith('.json'));
    const errors = [
      ...csvs.filter((f) => (owners.get(f) ?? []).length !== 1).map((f) => `content/data/${f}: listed by ${JSON.stringify(owners.get(f) ?? [])}, expected exactly one source`),
      ...[...owners.keys()].filter((f) => !csvs.includes(f)).map((f) => `content/sources: "${f}" is not in content/data/`)
    ];
    expect(errors).toEqual([]);
  });
});
