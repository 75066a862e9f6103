/**
 * Citations: each style's form for the article, a chapter and a chart, and BibTeX that a real
 * BibTeX parser (the one behind Better BibTeX for Zotero, pinned in package.json) reads back to
 * the same title, date and URL, with no error — including titles with TeX's special characters.
 */
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibEscape, bibtex, cite, plain, type CiteTarget } from '$lib/content/cite';

const site = 'The AI boom, followed by the money';
const article: CiteTarget = {
  kind: 'article',
  title: site,
  site,
  published: '2026-06-01',
  url: 'https://example.org/ai-boom/',
  key: ''
};
const chapter: CiteTarget = {
  ...article,
  kind: 'chapter',
  title: 'Machine',
  number: 2,
  url: 'https://example.org/ai-boom/s/machine/',
  key: 'machine'
};
const chart: CiteTarget = {
  ...article,
  kind: 'chart',
  title: 'How much of the S&P 500’s gains AI carried: 75% — #1 “by far”',
  url: 'https://example.org/ai-boom/s/gospel/who-carried-the-market/returns/',
  key: 'chart-who-carried-the-market'
};

function parsed(entry: string) {
  const lib = parse(entry, { sentenceCase: false, english: false });
  expect(lib.errors).toEqual([]);
  expect(lib.entries).toHaveLength(1);
  return lib.entries[0]!;
}

describe('citation styles', () => {
  it('APA 7: title first (no personal author), date in parentheses, container in italics for parts', () => {
    expect(plain(cite(article, 'apa'))).toBe(`${site}. (2026, June 1). https://example.org/ai-boom/`);
    expect(cite(article, 'apa')[0]).toEqual({ text: site, italic: true });
    expect(plain(cite(chapter, 'apa'))).toBe(
      `Machine. (2026, June 1). In ${site}. https://example.org/ai-boom/s/machine/`
    );
    expect(plain(cite(chart, 'apa'))).toMatch(/^How much .*“by far” \[Chart\]\. \(2026, June 1\)\. In /);
  });

  it('MLA 9: quoted part title, italic container, day month year, URL without the scheme', () => {
    expect(plain(cite(chapter, 'mla'))).toBe(
      `“Machine.” ${site}, 1 June 2026, example.org/ai-boom/s/machine/.`
    );
    expect(cite(chapter, 'mla')[1]).toEqual({ text: site, italic: true });
  });

  it('Chicago: bibliography entry with month day, year', () => {
    expect(plain(cite(chapter, 'chicago'))).toBe(
      `“Machine.” ${site}. June 1, 2026. https://example.org/ai-boom/s/machine/.`
    );
    expect(plain(cite(chart, 'chicago'))).toContain('” Chart in The AI boom');
  });

  it('refuses a date it cannot cite', () => {
    expect(() => cite({ ...article, published: '2026-06' }, 'apa')).toThrow('full date');
  });
});

describe('BibTeX', () => {
  it.each([
    ['the article', article],
    ['a chapter', chapter],
    ['a chart with special characters in its title', chart]
  ])('parses without error and reads back %s', (_, target) => {
    const e = parsed(bibtex(target));
    expect(e.type).toBe('misc');
    expect(e.key).toMatch(/^aiboom2026/);
    expect(e.fields.year).toBe('2026');
    expect(e.fields.url).toBe(target.url);
    // Markup the parser adds for case protection aside, the title is the title (TeX writes ’ as ').
    expect(String(e.fields.title).replace(/<\/?[^>]+>/g, '')).toBe(target.title.replace(/’/g, "'"));
  });

  it('gives each entry its own key', () => {
    const keys = [article, chapter, chart].map((t) => parsed(bibtex(t)).key);
    expect(new Set(keys).size).toBe(3);
  });

  it('escapes TeX’s special characters', () => {
    expect(bibEscape('S&P 500: 40% of $1 #1 a_b {x}')).toBe('S\\&P 500: 40\\% of \\$1 \\#1 a\\_b \\{x\\}');
  });

  it('the parser used here does report broken BibTeX (so the tests above could fail)', () => {
    const lib = parse('@misc{k,\n  title = {Unclosed,\n  year = 2026\n}', {
      sentenceCase: false,
      english: false
    });
    expect(lib.errors.length + (lib.entries.length ? 0 : 1)).toBeGreaterThan(0);
  });
});
