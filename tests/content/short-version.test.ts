/**
 * The short version (content/<locale>/short-version.md): five findings, one line each, each
 * linking to an existing step, and every figure in a line one that the linked step's prose
 * states in a paragraph that cites its source. The lines carry no footnotes of their own: they
 * cite through their steps, so the article's rule "every figure cited" holds for them too.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShortVersion, shortVersion } from '$lib/article/short-version';
import { allSteps } from '$lib/server/share';
import { LOCALES, type Locale } from '$lib/site';

/** A figure as a reader reads it: a number with its currency sign and its unit, if any. */
const FIGURE = /[$€£¥]?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:percent|per cent|billion|million|trillion)\b|%)?/g;

const locales = readdirSync('content').filter((d) =>
  readdirSync(`content/${d}`).includes('short-version.md')
) as Locale[];

/** Typographic quotes and spaces as plain ones, so a line and the Markdown compare. */
const plain = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

it('is written for every published edition', () => {
  for (const locale of LOCALES) expect(locales, `content/${locale}/short-version.md`).toContain(locale);
});

describe.each(locales)('content/%s/short-version.md', (locale) => {
  const sv = shortVersion(locale)!;
  const steps = new Map(allSteps(locale).map((r) => [`${r.chapter.slug}/${r.block.chart}/${r.step.id}`, r]));

  it('has a title and five findings, one line each, each a different step', () => {
    expect(sv.title.length).toBeGreaterThan(3);
    expect(sv.findings).toHaveLength(5);
    for (const f of sv.findings) expect([...f.text].length, f.text).toBeLessThanOrEqual(150);
    expect(new Set(sv.findings.map((f) => f.key)).size).toBe(5);
  });

  it.each(sv.findings.map((f) => [f.key, f] as const))('%s: names a step of the article', (key) => {
    expect(steps.has(key), `${sv.file}: no step "${key}"`).toBe(true);
  });

  it.each(sv.findings.map((f) => [f.key, f] as const))(
    '%s: every figure in the line is stated and cited in that step’s prose',
    (key, f) => {
      const step = steps.get(key);
      expect(step, key).toBeTruthy();
      const paragraphs = step!.step.markdown.split(/\n\s*\n/).map(plain);
      const figures = plain(f.text).match(FIGURE) ?? [];
      expect(figures.length, `${sv.file}:${f.line}: a finding without a figure`).toBeGreaterThan(0);
      for (const figure of figures) {
        const at = new RegExp(`(^|[^\\d.,])${figure.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&')}(?![\\d])`);
        const paragraph = paragraphs.find((p) => at.test(p));
        expect(paragraph, `${sv.file}:${f.line}: "${figure}" is not in the prose of ${key}`).toBeTruthy();
        expect(paragraph, `${sv.file}:${f.line}: "${figure}" stands in ${key} without a <Cite>`).toMatch(
          /<Cite\b/
        );
      }
    }
  );
});

describe('parseShortVersion', () => {
  it('names the file and line of a line it cannot read', () => {
    expect(() => parseShortVersion('---\ntitle: T\n---\n\n- [A finding](machine/x/y)\n', 'f.md')).toThrow(
      /^f\.md:5: expected/
    );
  });

  it('reads findings and skips comments', () => {
    const sv = parseShortVersion(
      '---\ntitle: T\nlead: L\n---\n<!--\n- not a finding\n-->\n- [One: 5%.](#a/b/c)\n',
      'f.md'
    );
    expect(sv).toEqual({ file: 'f.md', title: 'T', lead: 'L', findings: [{ text: 'One: 5%.', key: 'a/b/c', line: 8 }] });
  });
});
