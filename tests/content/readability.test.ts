/**
 * Prose a teacher can assign (issue 10, article review §3): every chapter at a Flesch–Kincaid
 * grade of 10 or less, prose and step alt texts alike; at most 6 numerals per 100 words, prose
 * and prose with alt texts; no paragraph (or alt text) with more than six figures. Uses the same
 * functions as `npm run readability` (scripts/readability.mjs), and first checks the counter
 * itself on words and sentences whose counts are known.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  chapterReadability,
  chapterText,
  countNumerals,
  countSyllables,
  sentences,
  textStats,
  words
} from '../../scripts/readability.mjs';

describe('the counter', () => {
  it('counts syllables of common words as a dictionary would', () => {
    const known: Record<string, number> = {
      the: 1,
      cat: 1,
      chips: 1,
      used: 1,
      rates: 1,
      wanted: 2,
      table: 2,
      people: 2,
      little: 2,
      billion: 2,
      nation: 2,
      money: 2,
      investment: 3,
      companies: 3,
      computer: 3,
      united: 3,
      economy: 4,
      electricity: 5,
      readability: 5
    };
    for (const [w, n] of Object.entries(known)) expect([w, countSyllables(w)]).toEqual([w, n]);
  });

  it('reads a numeral as one syllable per digit, and each part of a hyphenated word', () => {
    expect(countSyllables('2025')).toBe(4);
    expect(countSyllables('$13.1')).toBe(3);
    expect(countSyllables('data-centre')).toBe(3);
  });

  it('splits sentences at full stops, not inside numbers or abbreviations', () => {
    expect(sentences('The U.S. grew 1.6% in 2025. It was $13.1 billion! Was it? Yes')).toEqual([
      'The U.S. grew 1.6% in 2025.',
      'It was $13.1 billion!',
      'Was it?',
      'Yes'
    ]);
    expect(words('A $1.4 trillion plan — over eight years.')).toEqual(['A', '$1.4', 'trillion', 'plan', 'over', 'eight', 'years.']);
  });

  it('counts figures, not names with digits in them', () => {
    expect(countNumerals('$1,114.11 on 9 October 2002')).toBe(3);
    expect(countNumerals('2019–2023, the 1990s, the S&P 500')).toBe(4);
    expect(countNumerals('V100, B200, GPT-4, FP8, o1 and MI355X')).toBe(0);
  });

  it('computes Flesch–Kincaid grade and reading ease on known sentences', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45; 206.835 − 6.09 − 84.6 = 116.1
    const cat = textStats('The cat sat on the mat.');
    expect([cat.words, cat.sentences, cat.syllables]).toEqual([6, 1, 6]);
    expect(cat.grade).toBeCloseTo(-1.4, 1);
    expect(cat.ease).toBeCloseTo(116.1, 1);
    // 10 words, 1 sentence, 16 syllables: 0.39 × 10 + 11.8 × 1.6 − 15.59 = 7.19
    const s = textStats('Investment in computers grew faster than the economy as a whole.');
    expect([s.words, s.sentences, s.syllables]).toEqual([11, 1, 19]);
    expect(s.grade).toBeCloseTo(0.39 * 11 + 11.8 * (19 / 11) - 15.59, 1);
    expect(textStats('Prices rose 12% in 2024 and 5% in 2025.').numeralsPer100).toBeCloseTo(44.4, 1);
  });

  it('reads prose and alt texts out of a chapter, without tags, cites or headings', () => {
    const md = [
      '---',
      'title: T',
      '---',
      '',
      '## A heading',
      '',
      'One sentence here.<Cite id="x" /> *Another* one.',
      '',
      '<Scrolly chart="c" title="t">',
      '<Step id="a" alt="The chart shows 3 bars.">',
      '',
      'Step prose.',
      '',
      '</Step>',
      '</Scrolly>',
      '',
      '<Check claim="A claim with 1 figure." source="x">',
      '',
      'The record.<Cite id="x" />',
      '',
      '</Check>'
    ].join('\n');
    const { paragraphs, alts } = chapterText(md);
    expect(paragraphs.map((p) => p.text)).toEqual([
      'One sentence here. Another one.',
      'Step prose.',
      'A claim with 1 figure.',
      'The record.'
    ]);
    expect(paragraphs.map((p) => p.line)).toEqual([7, 12, 17, 19]);
    expect(alts).toEqual([{ line: 10, text: 'The chart shows 3 bars.' }]);
  });
});

const DIR = 'content/en/chapters';
const chapters = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ file: `${DIR}/${f}`, md: readFileSync(`${DIR}/${f}`, 'utf8') }));

describe.each(chapters)('$file', ({ file, md }) => {
  const r = chapterReadability(md);
  const { alts } = chapterText(md);

  it(`reads at a Flesch–Kincaid grade of ${LIMITS.grade} or less, prose and step alt texts`, () => {
    expect(r.prose.grade).toBeLessThanOrEqual(LIMITS.grade);
    if (r.alts.words) expect(r.alts.grade).toBeLessThanOrEqual(LIMITS.grade);
  });

  it(`has at most ${LIMITS.numeralsPer100} numerals per 100 words, prose and prose with alt texts`, () => {
    expect(r.prose.numeralsPer100).toBeLessThanOrEqual(LIMITS.numeralsPer100);
    expect(r.all.numeralsPer100).toBeLessThanOrEqual(LIMITS.numeralsPer100);
  });

  it(`has no paragraph or alt text with more than ${LIMITS.numeralsPerParagraph} figures`, () => {
    const over = [
      ...r.paragraphs.filter((p) => p.numerals > LIMITS.numeralsPerParagraph),
      ...alts.map((a) => ({ ...a, numerals: countNumerals(a.text) })).filter((a) => a.numerals > LIMITS.numeralsPerParagraph)
    ].map((p) => `${file}:${p.line}: ${p.numerals} figures in "${p.text.slice(0, 60)}…"`);
    expect(over).toEqual([]);
  });
});
