/**
 * Dated, everywhere (issue 10, item 2). A reader in 2027 must be able to tell how old every
 * claim is. Any sentence of the prose or of a step's alt text that speaks of the present or of
 * the newest state of things ("latest", "now", "still", "currently", "this year", "so far",
 * "today"…) must carry its own date — a year — or be on the allow-list below with a reason.
 * The opening's frontmatter must give the publication date and the date the figures run to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapters } from '$lib/content/chapters';
import { chapterText, sentences } from '../../scripts/readability.mjs';

/** Words that make a claim about the present (or about what is newest) and so need a date. */
const PRESENT =
  /\b(latest|newest|now|still|currently|current|this year|this month|so far|today|to date|at present|as it stands|no longer|recently|recent|for now|for the moment|these days|nowadays)\b/i;
/** A date anchor: a year, or a decade ("the 1980s"). */
const ANCHOR = /\b(1[89]|20)\d\ds?\b/;

/** Sentences that use such a word without being a dated claim about a changing figure. */
const ALLOWED: { file: string; text: string; reason: string }[] = [
  {
    file: '00-opening.md',
    text: 'Each chart says how current its data is.',
    reason: 'points the reader to each chart’s own dating; states no figure'
  },
  {
    file: '01-gospel.md',
    text: 'at least so far it’s much less weird',
    reason: 'inside a quotation (Altman, June 2025), dated in the sentence before'
  }
];

const DIR = 'content/en/chapters';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort();

/** mdsvex turns straight quotes into curly ones; compare both ways. */
const norm = (s: string) => s.replace(/[’']/g, '’').replace(/[“”"]/g, '"');

describe('every present-tense claim is dated', () => {
  const used = new Set<string>();
  const undated: string[] = [];
  for (const f of files) {
    const { paragraphs, alts } = chapterText(readFileSync(`${DIR}/${f}`, 'utf8'));
    for (const block of [...paragraphs, ...alts]) {
      for (const s of sentences(block.text)) {
        const word = PRESENT.exec(s)?.[0];
        if (!word || ANCHOR.test(s)) continue;
        const allowed = ALLOWED.find((a) => a.file === f && norm(s).includes(norm(a.text)));
        if (allowed) {
          used.add(allowed.text);
          continue;
        }
        undated.push(`${DIR}/${f}:${block.line}: "${word}" without a date: ${s}`);
      }
    }
  }

  it('has no undated "now", "latest", "still"… in prose or alt texts', () => {
    expect(undated).toEqual([]);
  });

  it('keeps the allow-list honest: every entry matches a sentence and gives a reason', () => {
    for (const a of ALLOWED) expect(a.reason.length, a.text).toBeGreaterThan(10);
    expect(ALLOWED.filter((a) => !used.has(a.text)).map((a) => `${a.file}: "${a.text}" matches nothing`)).toEqual([]);
  });

  it('catches an undated claim and accepts a dated one (the rule itself)', () => {
    const hit = (s: string) => PRESENT.test(s) && !ANCHOR.test(s);
    expect(hit('Data-centre revenue is now $89 billion a quarter.')).toBe(true);
    expect(hit('The latest quarter was the strongest.')).toBe(true);
    expect(hit('In July 2026 it was still growing.')).toBe(false);
    expect(hit('Growth was faster in the early 1980s.')).toBe(false);
    expect(hit('The index lost more than three quarters of its value.')).toBe(false);
  });
});

describe('the article says when it was published and how current its figures are', () => {
  it('gives published and figuresAsOf in the opening’s frontmatter, as real dates in order', () => {
    const opening = chapters[0]!.meta;
    expect(opening.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(opening.figuresAsOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    expect(opening.figuresAsOf! <= opening.published!).toBe(true);
  });

  it('says so in the opening’s prose too', () => {
    const md = readFileSync(`${DIR}/${files[0]}`, 'utf8');
    const { paragraphs } = chapterText(md);
    expect(paragraphs[0]!.text).toMatch(/^Published on \d{1,2} \w+ \d{4}, with figures to .* \d{4}/);
  });
});
