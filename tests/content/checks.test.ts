/**
 * Every "popular claim → what the record shows → source" aside is one <Check> component, and
 * collectChecks() lists them all for the Sources & Methods page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectChecks, plainText } from '$lib/content/checks';
import { scanChapter } from '$lib/content/markdown.js';
import { sources } from '$lib/content/sources';

const DIR = 'content/en/chapters';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ file: `${DIR}/${f}`, text: readFileSync(`${DIR}/${f}`, 'utf8') }));

const wrap = (body: string) => `---\nslug: t\n---\n\nIntro.\n\n${body}\n`;

describe('the scanner reads <Check> tags', () => {
  it('with claim, sources, line, body and the cites inside', () => {
    const md = wrap(
      '<Check claim="X said 40." source="a-source other-source">\n\nThe record: 15.<Cite id="a-source" />\n\n</Check>'
    );
    const { checks, problems } = scanChapter(md, 't.md');
    expect(problems).toEqual([]);
    expect(checks).toEqual([
      {
        claim: 'X said 40.',
        sources: ['a-source', 'other-source'],
        line: 7,
        body: 'The record: 15.<Cite id="a-source" />',
        cites: [{ id: 'a-source', line: 9 }]
      }
    ]);
  });

  it('reports what mdsvex would swallow or the list would lack, with file and line', () => {
    const bad = (body: string) => scanChapter(wrap(body), 't.md').problems;
    expect(bad('<Check source="a">\n\nBody.<Cite id="a" />\n\n</Check>')).toEqual([
      't.md:7: <Check> needs claim="…" (the popular claim it checks)'
    ]);
    expect(bad('<Check claim="c">\n\nBody.<Cite id="a" />\n\n</Check>')).toEqual([
      't.md:7: <Check> needs source="…" (the id of the source that settles it)'
    ]);
    expect(bad('<Check claim="c" source="a">\nBody.<Cite id="a" />\n\n</Check>')).toEqual([
      't.md:7: leave a blank line after <Check …> (mdsvex ignores Markdown otherwise)'
    ]);
    expect(bad('<Check claim="c" source="a">\n\nBody.<Cite id="a" />\n</Check>')).toEqual([
      't.md:10: leave a blank line before </Check>'
    ]);
    expect(bad('<Check claim="c" source="a">\n\nNo source cited.\n\n</Check>')).toEqual([
      't.md:7: <Check> needs a <Cite> in its body'
    ]);
    expect(bad('<Check claim="c" source="a">\n\nBody.<Cite id="a" />\n\n')).toEqual(['t.md:7: <Check> is not closed']);
  });

  it('turns an aside body into plain text for the list', () => {
    expect(plainText('It was *$15.0 billion*, in **fiscal 2023**.<Cite id="x" /> See [this](https://x.org).')).toBe(
      'It was $15.0 billion, in fiscal 2023. See this.'
    );
  });
});

describe('the article’s checks', () => {
  const checks = collectChecks();

  it('are all <Check> components: no old "A check" or "Check:" notes left in the prose', () => {
    const old = files.flatMap(({ file, text }) =>
      text
        .split('\n')
        .map((l, i) => [l, i + 1] as const)
        .filter(([l]) => /\*\*A check\.\*\*|\*A check:\*|(^|[\s>])Check: /.test(l))
        .map(([, n]) => `${file}:${n}`)
    );
    expect(old).toEqual([]);
    expect(checks.length).toBe(files.reduce((n, f) => n + scanChapter(f.text, f.file).checks.length, 0));
    expect(checks.length).toBeGreaterThanOrEqual(9);
  });

  it('each names its chapter, the claim, what the record shows, and sources that exist and are cited', () => {
    for (const c of checks) {
      const at = `${c.file}:${c.line}`;
      expect(c.chapter, at).toMatch(/^[a-z0-9-]+$/);
      expect(c.claim.length, at).toBeGreaterThan(10);
      expect(c.finding.length, at).toBeGreaterThan(20);
      expect(c.finding, at).not.toMatch(/<|\*\*/);
      expect(c.sources.filter((id) => !sources.has(id)), at).toEqual([]);
    }
    // The source named in `source` is one the aside itself cites.
    for (const f of files) {
      for (const c of scanChapter(f.text, f.file).checks) {
        const cited = c.cites.map((x) => x.id);
        expect(c.sources.filter((id) => !cited.includes(id)), `${f.file}:${c.line}`).toEqual([]);
      }
    }
  });
});
