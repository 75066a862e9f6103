#!/usr/bin/env node
// @ts-check
// `npm run readability`: words, sentences, Flesch–Kincaid grade, Flesch reading ease and
// numerals per 100 words for each chapter, prose and step alt texts separately. The content test
// (tests/content/readability.test.ts) runs the same functions against the thresholds below.
//
// What counts:
// - Prose is the chapter's Markdown without frontmatter, headings, component tags and <Cite>;
//   the text inside <Step> and <Check> is prose, and a <Check>'s claim is a sentence of prose.
//   Step alt texts are counted on their own.
// - A word is a whitespace-separated token with a letter or digit in it ("$13.1", "data-centre").
// - A sentence ends at . ! or ? followed by a space or the end (not inside 13.1, "U.S." or "e.g.");
//   a paragraph that ends without one still counts as a sentence.
// - A numeral is a run of digits, with its inner commas and points: "1,114.11" is one, and so is
//   each year ("the 1990s" too); "2019–2023" is two. Digits that are part of a name are not
//   figures: "V100", "GPT-4", "FP8", "S&P 500" is one (the 500).
// - Syllables are estimated, not looked up: the vowel groups (a e i o u y) of each word, with the
//   corrections listed at FEWER and MORE below (a silent final "e", "-ed" and "-es"; "-tion" is
//   one syllable, "ia" two…); at least one per word, and each part of a hyphenated word counts.
//   A numeral counts one syllable per digit, a rough stand-in for reading it aloud. The estimate
//   is off by one on some words ("create" 1, "science" 1, "idea" 2); over a chapter such errors
//   mostly cancel, and the test below checks it on words and sentences of known length.
// - Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59;
//   Flesch reading ease = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words.
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The thresholds the content test holds every chapter to (issue 10 / article review §3). */
export const LIMITS = {
  /** Flesch–Kincaid grade of a chapter's prose, and of its step alt texts. */
  grade: 10,
  /** Numerals per 100 words of a chapter's prose, and of prose and alt texts together. */
  numeralsPer100: 6,
  /** Numerals in one paragraph of prose (a step's card counts as its paragraphs). */
  numeralsPerParagraph: 6
};

const ABBREVIATIONS = /\b(?:U\.S|e\.g|i\.e|vs|Mr|Mrs|Ms|Dr|St|No|approx|etc|Inc|Ltd|Co|Corp|Jr|Sr)\.$/;

// Corrections to the vowel-group count, after Lingua::EN::Syllable (Greg Fast, 1997), with three
// of our own for English endings: a silent "-ed" (not after t or d), a silent "-es" (not after
// s, x, z, c, g or h), and "-le" after a consonant ("ta-ble").
const FEWER = [
  /cial/,
  /tia/,
  /cius/,
  /cious/,
  /giu/,
  /ion/,
  /iou/,
  /sia$/,
  /.ely$/,
  /[^aeiouytd]ed$/,
  /[^aeiouysxzcgh]es$/
];
const MORE = [
  /ia/,
  /riet/,
  /dien/,
  /iu/,
  /io/,
  /ii/,
  /[aeiouym]bl$/,
  /[aeiou]{3}/,
  /^mc/,
  /ism$/,
  /([^aeiouy])\1l$/,
  /[^l]lien/,
  /^coa[dglx]./,
  /[^gq]ua[^auieo]/,
  /dnt$/
];

/** Estimated syllables of one token (see the header). @param {string} token */
export function countSyllables(token) {
  const digits = token.replace(/[^0-9]/g, '').length;
  const parts = token
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return digits + parts.reduce((n, w) => n + wordSyllables(w), 0);
}

/** @param {string} word lower-case letters only */
function wordSyllables(word) {
  if (word.length <= 2) return 1;
  const w = word.replace(/e$/, '');
  // "peo-ple", "sim-ple"; "-ble" and "-ttle" are counted by MORE.
  let n = /[^aeiouy]le$/.test(word) && !/bl$|([^aeiouy])\1l$/.test(w) ? 1 : 0;
  n += (w.match(/[aeiouy]+/g) ?? []).length;
  for (const re of FEWER) if (re.test(word)) n--;
  for (const re of MORE) if (re.test(w)) n++;
  return Math.max(1, n);
}

/** @param {string} text @returns {string[]} */
export function words(text) {
  return text.split(/\s+/).filter((t) => /[A-Za-z0-9]/.test(t));
}

/** @param {string} text @returns {string[]} */
export function sentences(text) {
  const out = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+["'”’)\]]*(?=\s|$)/g)) {
    const end = (m.index ?? 0) + m[0].length;
    const piece = text.slice(start, end);
    // "U.S." or "e.g." mid-sentence, or a decimal point before a space (rare) do not end it.
    if (m[0] === '.' && ABBREVIATIONS.test(piece.trimEnd())) continue;
    if (words(piece).length) out.push(piece.trim());
    start = end;
  }
  const rest = text.slice(start);
  if (words(rest).length) out.push(rest.trim());
  return out;
}

/** A figure: digits not glued to a name ("V100", "GPT-4", "FP8" are names; "1990s" is a figure). */
const NUMERAL = /(?<![A-Za-z][-‑]?|[\d.,])\d(?:[\d,.]*\d)?(?![\dA-Za-rt-z]|s[A-Za-z])/g;

/** @param {string} text */
export function countNumerals(text) {
  return (text.match(NUMERAL) ?? []).length;
}

/**
 * @typedef {{ words: number, sentences: number, syllables: number, numerals: number,
 *   grade: number, ease: number, numeralsPer100: number }} Stats
 * @param {string | string[]} input one text or several paragraphs (each ends a sentence)
 * @returns {Stats}
 */
export function textStats(input) {
  const parts = Array.isArray(input) ? input : [input];
  let w = 0;
  let s = 0;
  let syl = 0;
  let num = 0;
  for (const p of parts) {
    const ws = words(p);
    w += ws.length;
    s += sentences(p).length;
    syl += ws.reduce((n, t) => n + countSyllables(t), 0);
    num += countNumerals(p);
  }
  const wps = s ? w / s : 0;
  const spw = w ? syl / w : 0;
  const round = (/** @type {number} */ x) => Math.round(x * 10) / 10;
  return {
    words: w,
    sentences: s,
    syllables: syl,
    numerals: num,
    grade: w ? round(0.39 * wps + 11.8 * spw - 15.59) : 0,
    ease: w ? round(206.835 - 1.015 * wps - 84.6 * spw) : 0,
    numeralsPer100: w ? round((num / w) * 100) : 0
  };
}

/** Markdown inline syntax → plain text. @param {string} s */
function inline(s) {
  return s
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][A-Za-z]*\b[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](\S(?:.*?\S)?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The readable text of a chapter: prose paragraphs (with the line each starts on) and step alt
 * texts.
 * @param {string} markdown
 * @returns {{ paragraphs: { line: number, text: string }[], alts: { line: number, text: string }[] }}
 */
export function chapterText(markdown) {
  const lines = markdown.split('\n');
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = 1;
    while (i < lines.length && lines[i]?.trim() !== '---') i++;
    i++;
  }
  /** @type {{ line: number, text: string }[]} */
  const alts = [];
  /** @type {{ line: number, text: string }[]} */
  const paragraphs = [];
  /** @type {string[]} */
  let block = [];
  let blockLine = 0;
  const flush = () => {
    const text = inline(block.join(' ').replace(/^>\s?/gm, ''));
    if (words(text).length) paragraphs.push({ line: blockLine, text });
    block = [];
  };
  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    const n = i + 1;
    // Attributes that are read: alt texts and check claims (a claim is a sentence of prose).
    for (const m of raw.matchAll(/<Step\b[^>]*\balt="([^"]*)"/g))
      alts.push({ line: n, text: inline(m[1] ?? '') });
    for (const m of raw.matchAll(/<Check\b[^>]*\bclaim="([^"]*)"/g)) {
      paragraphs.push({ line: n, text: inline(m[1] ?? '') });
    }
    const isTagOnly = /^<\/?(Scrolly|Step|Check)\b[^>]*>$/.test(line);
    if (!line || isTagOnly || /^#{1,6}\s/.test(line) || /^<script|^<\/script/.test(line)) {
      flush();
      continue;
    }
    if (!block.length) blockLine = n;
    block.push(line.replace(/^>\s?/, ''));
  }
  flush();
  return { paragraphs, alts };
}

/**
 * @param {string} markdown
 * @returns {{ prose: Stats, alts: Stats, all: Stats,
 *   paragraphs: { line: number, numerals: number, text: string }[] }}
 */
export function chapterReadability(markdown) {
  const { paragraphs, alts } = chapterText(markdown);
  return {
    prose: textStats(paragraphs.map((p) => p.text)),
    alts: textStats(alts.map((a) => a.text)),
    all: textStats([...paragraphs, ...alts].map((p) => p.text)),
    paragraphs: paragraphs.map((p) => ({ ...p, numerals: countNumerals(p.text) }))
  };
}

const CHAPTERS = 'content/en/chapters';

function main() {
  const files = readdirSync(CHAPTERS)
    .filter((f) => f.endsWith('.md'))
    .sort();
  /** @type {(string | number)[][]} */
  const rows = [];
  /** @type {string[]} */
  const allProse = [];
  /** @type {string[]} */
  const allAlts = [];
  for (const f of files) {
    const md = readFileSync(`${CHAPTERS}/${f}`, 'utf8');
    const r = chapterReadability(md);
    const { paragraphs, alts } = chapterText(md);
    allProse.push(...paragraphs.map((p) => p.text));
    allAlts.push(...alts.map((a) => a.text));
    const worst = r.paragraphs.reduce((a, b) => (b.numerals > a.numerals ? b : a), {
      line: 0,
      numerals: 0,
      text: ''
    });
    rows.push([
      f,
      r.prose.words,
      r.prose.sentences,
      r.prose.grade,
      r.prose.ease,
      r.prose.numeralsPer100,
      r.alts.words,
      r.alts.grade,
      r.alts.numeralsPer100,
      r.all.numeralsPer100,
      `${worst.numerals} (line ${worst.line})`
    ]);
  }
  const p = textStats(allProse);
  const a = textStats(allAlts);
  const t = textStats([...allProse, ...allAlts]);
  rows.push([
    'All',
    p.words,
    p.sentences,
    p.grade,
    p.ease,
    p.numeralsPer100,
    a.words,
    a.grade,
    a.numeralsPer100,
    t.numeralsPer100,
    ''
  ]);
  const head = [
    'chapter',
    'words',
    'sentences',
    'FK grade',
    'ease',
    'num/100',
    'alt words',
    'alt FK',
    'alt num/100',
    'all num/100',
    'most numerals in a paragraph'
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (/** @type {(string | number)[]} */ r) =>
    r
      .map((c, i) =>
        i === 0 || i === r.length - 1 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0)
      )
      .join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(
    `\nLimits: FK grade ≤ ${LIMITS.grade} (prose and alt texts), numerals ≤ ${LIMITS.numeralsPer100} per 100 words (prose, and all), ≤ ${LIMITS.numeralsPerParagraph} in a paragraph.`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
