/**
 * The two editions kept honest against each other (src/lib/content/parity.js): for every chapter,
 * content/en/chapters and content/ja/chapters have the same step ids in the same order, the same
 * paragraphs, headings, steps and <Check>s in the same places, the same cite ids in each paragraph
 * (so in each step), the same <Check> sources, and the same figures in each paragraph, alt text,
 * chart title and claim once units are normalised — so a figure corrected in one edition cannot
 * silently stay wrong in the other. Deliberate differences: tests/content/parity-allow.js.
 * The report: `npm run parity`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chapterUnits,
  compareChapter,
  englishFigures,
  englishWordFigures,
  figureKey,
  japaneseFigures,
  japaneseNumber
} from '$lib/content/parity.js';
import { scanChapter } from '$lib/content/markdown.js';
import { PARITY_ALLOW } from './parity-allow.js';

const files = readdirSync('content/en/chapters')
  .filter((f) => f.endsWith('.md'))
  .sort();
const pairs = files.map((f) => {
  const en = readFileSync(`content/en/chapters/${f}`, 'utf8');
  const ja = readFileSync(`content/ja/chapters/${f}`, 'utf8');
  return { file: f, slug: /^slug:\s*(\S+)/m.exec(en)?.[1] ?? f, en, ja };
});
const keys = (values: number[]) => values.map(figureKey);

describe('figures, normalised', () => {
  it('reads Japanese amounts in 万, 億, 兆 and 京, with commas, decimals and ranges', () => {
    expect(japaneseNumber('9億1,210万')).toBe(912_100_000);
    expect(japaneseNumber('9万7,360')).toBe(97_360);
    expect(keys(japaneseFigures('約1.4兆ドル'))).toEqual(keys([1.4e12]));
    expect(keys(japaneseFigures('7,200億〜7,450億ドル'))).toEqual(keys([7.2e11, 7.45e11]));
    expect(keys(japaneseFigures('450〜650億ドル'))).toEqual(keys([4.5e10, 6.5e10]));
    expect(keys(japaneseFigures('9,000兆回と1.5京回'))).toEqual(keys([9e15, 1.5e16]));
    expect(japaneseFigures('2025年10月3日、約98%、13倍')).toEqual([2025, 10, 3, 98, 13]);
  });

  it('drops calendar quarters’ months and names with digits in both languages', () => {
    expect(japaneseFigures('2025年1〜3月期')).toEqual([2025]);
    expect(japaneseFigures('H100、13F報告書、FP8、「GPT-3」、S&P500')).toEqual([]);
    expect(englishFigures('the H100, a 13F, FP8, GPT-3, the S&P 500, Q3')).toEqual([]);
  });

  it('reads English amounts, shared units of ranges, decades and fiscal years', () => {
    expect(keys(englishFigures('$1.4 trillion and $912.1 million'))).toEqual(keys([1.4e12, 912.1e6]));
    expect(keys(englishFigures('$45–65 billion'))).toEqual(keys([45e9, 65e9]));
    expect(keys(englishFigures('9 and 15 quadrillion'))).toEqual(keys([9e15, 15e15]));
    expect(keys(englishFigures('from January 2014 to $832 million'))).toEqual(keys([2014, 832e6]));
    expect(englishFigures('the 1990s, FY2026, mid-2023, 98%')).toEqual([1990, 2026, 2023, 98]);
    expect(keys(englishFigures('$13B'))).toEqual(keys([13e9]));
  });

  it('lets English number words explain Japanese digits, and only those', () => {
    expect(englishWordFigures('twice, three quarters, October, a share, nineteenth century')).toEqual(
      expect.arrayContaining([2, 3, 4, 10, 1, 19])
    );
    expect(englishWordFigures('a billion watts')).toContain(1e9);
    expect(englishWordFigures('about twenty-nine times, one and a half times')).toEqual(
      expect.arrayContaining([29, 1.5])
    );
    expect(englishWordFigures('the chips and the money')).toEqual([]);
  });
});

describe.each(pairs)('$file: English and Japanese', ({ slug, en, ja }) => {
  const result = compareChapter(slug, en, ja, PARITY_ALLOW);

  it('tell the same steps, in the same order', () => {
    const ids = (text: string) => scanChapter(text, slug).scrollies.flatMap((s) => s.steps.map((st) => `${s.chart}/${st.id}`));
    expect(ids(ja)).toEqual(ids(en));
  });

  it('have the same paragraphs, headings, steps and checks in the same places', () => {
    const shape = (text: string) => chapterUnits(text).map((u) => `${u.key} in ${u.step ?? '-'}`);
    expect(shape(ja)).toEqual(shape(en));
  });

  it('cite the same sources in each paragraph and step, and check the same claims against the same sources', () => {
    expect(result.differences.filter((d) => /cite ids|<Check> sources/.test(d.problem))).toEqual([]);
    const checks = (text: string) => scanChapter(text, slug).checks.map((c) => c.sources);
    expect(checks(ja)).toEqual(checks(en));
  });

  it('give the same figures in each paragraph, alt text, title and claim (npm run parity)', () => {
    expect(result.differences.map((d) => `${d.unit} (en:${d.line.en}, ja:${d.line.ja}): ${d.problem}`)).toEqual([]);
    expect(result.figures).toBeGreaterThan(0);
  });
});

describe('the allow-list', () => {
  it('names only chapters and units that exist, each with a reason', () => {
    for (const a of PARITY_ALLOW) {
      const pair = pairs.find((p) => p.slug === a.chapter);
      expect(pair, a.chapter).toBeDefined();
      expect(chapterUnits(pair!.en).map((u) => u.key)).toContain(a.key);
      expect(a.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('the test can fail', () => {
  const { slug, en, ja } = pairs.find((p) => p.slug === 'machine')!;
  it('when a figure is changed in one edition', () => {
    const wrong = ja.replace('1,937億ドル', '1,973億ドル');
    expect(wrong).not.toBe(ja);
    const problems = compareChapter(slug, en, wrong, PARITY_ALLOW).differences.map((d) => d.problem);
    expect(problems).toContain('the English figure 193700000000 is not in the Japanese');
    expect(problems).toContain('the Japanese figure 197300000000 is not in the English');
  });
  it('when a cite or a step moves', () => {
    const cite = /<Cite id="([^"]+)" \/>/.exec(ja)!;
    const dropped = ja.replace(cite[0], '');
    expect(compareChapter(slug, en, dropped, PARITY_ALLOW).differences.some((d) => d.problem.startsWith('cite ids differ'))).toBe(true);
    const renamed = ja.replace('<Step id="chips"', '<Step id="chip"');
    expect(compareChapter(slug, en, renamed, PARITY_ALLOW).differences.some((d) => d.problem.startsWith('step ids differ'))).toBe(true);
  });
});
