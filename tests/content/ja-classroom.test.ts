/**
 * The Japanese classroom content (content/ja/glossary.json, teach/, methods.json) is written for
 * Japanese readers, not translated line by line, but it must cover the same ground as the English:
 * the same glossary terms (the article's <Term id>s are the same in both editions), a reading for
 * each term, the same lesson chapters with the same data activities and answers (the English test
 * recomputes those from the data), claims that are the Japanese chapters' own <Check>s, and a
 * note for every data file.
 */
import { describe, expect, it } from 'vitest';
import { checksOf } from '$lib/content/checks';
import { glossaryFor, termUses } from '$lib/content/glossary';
import { methodsFor } from '$lib/content/methods';
import { teachFor } from '$lib/content/teach';

describe('Japanese glossary', () => {
  const en = glossaryFor('en');
  const ja = glossaryFor('ja');
  it('defines the same terms as the English, each with its reading in hiragana', () => {
    expect(ja.terms.map((t) => t.id).sort()).toEqual(en.terms.map((t) => t.id).sort());
    for (const t of ja.terms) expect(t.reading, t.id).toMatch(/^[\u3041-\u309f\u30fcー・a-z0-9]+$/);
  });
  it('cites the same sources for each definition', () => {
    for (const t of ja.terms) expect(t.sources, t.id).toEqual(en.terms.find((x) => x.id === t.id)!.sources);
  });
  it('is linked from the Japanese chapters where the English links it', () => {
    const key = (u: { term: string; chapter: string }) => `${u.chapter}:${u.term}`;
    expect(termUses('ja').map(key).sort()).toEqual(termUses('en').map(key).sort());
  });
});

describe('Japanese teaching guide', () => {
  const en = teachFor('en');
  const ja = teachFor('ja');
  it('has a lesson for every chapter the English has, with the same activity and answer values', () => {
    expect(ja.chapters.map((c) => c.chapter)).toEqual(en.chapters.map((c) => c.chapter));
    for (const c of ja.chapters) {
      const e = en.chapters.find((x) => x.chapter === c.chapter)!;
      expect(c.activity.chart, c.file).toBe(e.activity.chart);
      expect(c.activity.values, c.file).toEqual(e.activity.values);
      expect([...c.terms].sort(), c.file).toEqual([...e.terms].sort());
    }
  });
  it('checks claims the Japanese chapters check, word for word', () => {
    const claims = checksOf('ja').map((c) => c.claim);
    for (const c of ja.chapters) {
      if (!c.check.finding) expect(claims, c.file).toContain(c.check.claim);
    }
  });
  it('plans lessons to Japanese class lengths (a 50-minute period; 100 minutes)', () => {
    expect(ja.guide.plans.map((p) => p.minutes)).toEqual([50, 100]);
  });
});

describe('Japanese methods', () => {
  it('say what was done to every data file the English describes', () => {
    expect(Object.keys(methodsFor('ja').processing).sort()).toEqual(Object.keys(methodsFor('en').processing).sort());
  });
});
