/**
 * The two editions kept honest against each other: a chapter of content/en/chapters and its
 * twin in content/ja/chapters are split into the same units — each <Scrolly> title, each step's
 * alt, each <Check> claim, each heading and each paragraph, in reading order — and compared unit
 * by unit: step ids and their order, cite ids, <Check> sources, and the figures, once units are
 * normalised (億/兆/万 and billion/trillion/million to one number, 2025年1〜3月期 and "first
 * quarter" dropped, month names to month numbers). Used by tests/content/parity.test.ts and
 * scripts/parity.mjs (`npm run parity`, the report). Plain JavaScript so that the report runs
 * under node without a build.
 */

/**
 * @typedef {{ kind: 'title' | 'alt' | 'claim' | 'heading' | 'p', key: string, step: string | null,
 *   check: number | null, text: string, cites: string[], sources: string[], line: number }} Unit
 */

/** @type {(s: string, name: string) => string | null} */
const attr = (s, name) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(s)?.[1] ?? null;

/**
 * A chapter's units in reading order.
 * @param {string} text
 * @returns {Unit[]}
 */
export function chapterUnits(text) {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (m) => '\n'.repeat(m.split('\n').length - 1));
  /** @type {Unit[]} */
  const units = [];
  /** @type {string | null} */
  let step = null;
  /** @type {number | null} */
  let check = null;
  let checks = 0;
  let p = 0;
  const lines = body.split('\n');
  /** @type {string[]} */
  let block = [];
  let blockLine = 0;
  const cites = (/** @type {string} */ s) => [...s.matchAll(/<Cite\s+id="([^"]+)"\s*\/>/g)].map((m) => m[1] ?? '');
  const flush = () => {
    const t = block.join('\n').trim();
    block = [];
    if (!t) return;
    if (/^#{1,6}\s/.test(t)) {
      units.push({ kind: 'heading', key: `heading ${units.filter((u) => u.kind === 'heading').length + 1}`, step, check, text: t.replace(/^#+\s*/, ''), cites: cites(t), sources: [], line: blockLine });
    } else {
      p++;
      units.push({ kind: 'p', key: `¶${p}`, step, check, text: t, cites: cites(t), sources: [], line: blockLine });
    }
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const tag = /^<(\/?)(Scrolly|Step|Check)\b([^>]*)>$/.exec(line);
    if (tag) {
      flush();
      const [, closing, name, attrs = ''] = tag;
      if (closing) {
        if (name === 'Step') step = null;
        if (name === 'Check') check = null;
        return;
      }
      if (name === 'Scrolly') {
        units.push({ kind: 'title', key: `title ${attr(attrs, 'chart')}`, step: null, check: null, text: attr(attrs, 'title') ?? '', cites: [], sources: [], line: i + 1 });
      } else if (name === 'Step') {
        step = attr(attrs, 'id');
        if (!/\/$/.test(attrs.trim()))
          units.push({ kind: 'alt', key: `alt ${step}`, step, check: null, text: attr(attrs, 'alt') ?? '', cites: [], sources: [], line: i + 1 });
        else step = null;
      } else {
        check = ++checks;
        units.push({ kind: 'claim', key: `check ${check}`, step, check, text: attr(attrs, 'claim') ?? '', cites: [], sources: (attr(attrs, 'source') ?? '').split(/\s+/).filter(Boolean), line: i + 1 });
      }
      return;
    }
    if (line === '') flush();
    else {
      if (!block.length) blockLine = i + 1;
      block.push(raw);
    }
  });
  flush();
  return units;
}

// ---------------------------------------------------------------------------------------------
// Figures

/** Names with digits in them are not figures: H100, 13F, GPT-3, FP8, S&P 500, Form 10-Q, 60 Minutes. */
const NAMES = [
  /S&P\s?500/g,
  /60 Minutes|60ミニッツ/g,
  /Form 10-[QK]/g,
  /\bTPU v\d+/g,
  /COVID-19/g,
  /Web\s?\d\.0/g
];

const EN_MAGNITUDE = /** @type {Record<string, number>} */ ({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  quadrillion: 1e15,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  t: 1e12
});
const JA_MAGNITUDE = /** @type {Record<string, number>} */ ({ 万: 1e4, 億: 1e8, 兆: 1e12, 京: 1e16 });

/** A value as a comparable key: 1.4e12 and 1400000000000 are the same figure. */
export const figureKey = (/** @type {number} */ v) => String(Number(v.toPrecision(6)));

const num = (/** @type {string} */ s) => Number(s.replace(/,/g, ''));

/**
 * Plain text of a unit for figure hunting: tags, cite tags, Markdown links' targets, names with
 * digits removed.
 * @param {string} text
 */
function clean(text) {
  let t = text
    .replace(/<Cite\b[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
  for (const n of NAMES) t = t.replace(n, ' ');
  return t;
}

/**
 * The figures written in digits in an English text, normalised: "$1.4 trillion" → 1.4e12,
 * "$45–65 billion" → 45e9 and 65e9, "2025" → 2025, "98%" → 98. A digit run joined to letters is
 * a name (H100, 13F, FP8, GPT-3, Q3), except a decade (1990s) and FY2026 (→ 2026).
 * @param {string} text
 * @returns {number[]}
 */
export function englishFigures(text) {
  const t = clean(text)
    .replace(/\b(mid|early|late|end|pre|post)-(\d)/gi, '$1 $2')
    .replace(/\bFY\s?(\d{4})\b/g, ' $1 ')
    .replace(/\b(\d{4})s\b/g, ' $1 ')
    .replace(/\bQ[1-4]\b/g, ' ');
  /** @type {number[]} */
  const out = [];
  const re =
    /(?<![\w.-])\$?(\d[\d,]*(?:\.\d+)?)(?:\s*(?:[–-]|to|and)\s*\$?(\d[\d,]*(?:\.\d+)?))?(?:\s?(thousand|million|billion|trillion|quadrillion|bn|tn|[kmbt])\b)?(?![\w-]*[A-Za-z])/gi;
  for (const m of t.matchAll(re)) {
    const mag = m[3] ? (EN_MAGNITUDE[m[3].toLowerCase()] ?? 1) : 1;
    // A single letter after a figure is a magnitude only straight after a dollar amount ($13B).
    const single = m[3] && m[3].length === 1;
    const factor = single && !m[0].startsWith('$') ? 1 : mag;
    // "$45–65 billion" is a range sharing its unit; "January 2014 to $832 million" is not.
    const range = m[2] !== undefined && !(/^\$?\d[\d,.]*\s*(?:to|and|[–-])\s*\$/.test(m[0]) && !m[0].startsWith('$'));
    if (m[2] !== undefined && !range) {
      out.push(num(m[1] ?? ''), ...englishFigures(m[0].slice(m[0].search(/\$/))));
      continue;
    }
    out.push(num(m[1] ?? '') * factor);
    if (m[2]) out.push(num(m[2]) * factor);
  }
  return out;
}

const EN_WORDS = /** @type {Record<string, number[]>} */ ({
  a: [1], an: [1], one: [1], once: [1], per: [1], each: [1], single: [1], first: [1],
  two: [2], twice: [2], double: [2], second: [2], half: [2], both: [2], pair: [2],
  three: [3], thrice: [3], third: [3], thirds: [3], triple: [3],
  four: [4], fourth: [4], quarter: [4], quarters: [4], five: [5], fifth: [5], six: [6], sixth: [6],
  seven: [7], seventh: [7], eight: [8], eighth: [8], nine: [9], ninth: [9], ten: [10], tenth: [10],
  decade: [10], decades: [10], eleven: [11], twelve: [12], dozen: [12], thirteen: [13], thirteenth: [13],
  fourteen: [14], fifteen: [15], sixteen: [16], seventeen: [17], eighteen: [18], nineteen: [19],
  nineteenth: [19], twenty: [20], twentieth: [20], thirty: [30], forty: [40], fifty: [50], sixty: [60],
  seventy: [70], eighty: [80], ninety: [90], hundred: [100], century: [100], thousand: [1000],
  january: [1], february: [2], march: [3], april: [4], may: [5], june: [6], july: [7], august: [8],
  september: [9], october: [10], november: [11], december: [12],
  jan: [1], feb: [2], mar: [3], apr: [4], jun: [6], jul: [7], aug: [8], sep: [9], sept: [9], oct: [10],
  nov: [11], dec: [12], year: [1], month: [1], week: [1], day: [1],
  halves: [2], fifths: [5], tenths: [10], quarterly: [4], doubled: [2], doubles: [2], doubling: [2],
  tripled: [3], triples: [3], million: [1e6], billion: [1e9], trillion: [1e12], quadrillion: [1e15]
});

/**
 * What English words can stand for once written in Japanese digits: "twice" → 2 (2倍), "three
 * quarters" → 3 and 4 (4分の3), "October" → 10 (10月), "a share" → 1 (1株), "nineteenth
 * century" → 19 (19世紀), "a billion" → 1e9 (10億). Only explains extra Japanese digits: a word
 * never has to appear in Japanese.
 * @param {string} text
 * @returns {number[]}
 */
export function englishWordFigures(text) {
  /** @type {number[]} */
  const out = [];
  const words = clean(text).toLowerCase().match(/[a-z]+/g) ?? [];
  words.forEach((w, i) => {
    const v = EN_WORDS[w.replace(/-?fold$/, '')];
    if (!v) return;
    const next = words[i + 1] ?? '';
    const mag = EN_MAGNITUDE[next];
    for (const x of v) {
      out.push(x);
      if (mag && next.length > 2) out.push(x * mag);
    }
  });
  // Hyphenated forms: thirteen-fold, two-thirds.
  for (const m of clean(text).toLowerCase().matchAll(/\b([a-z]+)-(?:fold|thirds?|quarters?|year|month|week|day)\b/g)) {
    for (const x of EN_WORDS[m[1] ?? ''] ?? []) out.push(x);
  }
  // Compound tens: twenty-nine → 29 (約29倍).
  for (const m of clean(text).toLowerCase().matchAll(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-([a-z]+)\b/g)) {
    const tens = EN_WORDS[m[1] ?? '']?.[0] ?? 0;
    const unit = EN_WORDS[m[2] ?? '']?.[0] ?? 0;
    if (unit >= 1 && unit <= 9) out.push(tens + unit);
  }
  // "One and a half" → 1.5 (1.5倍).
  for (const m of clean(text).toLowerCase().matchAll(/\b([a-z]+) and a half\b/g)) {
    const whole = EN_WORDS[m[1] ?? '']?.[0];
    if (whole !== undefined && whole < 100) out.push(whole + 0.5);
  }
  return out;
}

/**
 * The figures written in digits in a Japanese text, normalised: 「約1.4兆ドル」 → 1.4e12,
 * 「9億1,210万ドル」 → 9.121e8, 「7,200億〜7,450億ドル」 → 7.2e11 and 7.45e11, 「450〜650億」 →
 * 4.5e10 and 6.5e10 (a range shares its unit), 「2025年10月」 → 2025 and 10. Calendar quarters
 * (「2025年1〜3月期」) give the year only: the months stand for "the first quarter". A digit run
 * joined to Latin letters is a name (H100, 13F, FP8).
 * @param {string} text
 * @returns {number[]}
 */
export function japaneseFigures(text) {
  const t = clean(text)
    .replace(/(\d{1,2})\s*[〜~～-]\s*(\d{1,2})月期/g, ' 月期')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  /** @type {number[]} */
  const out = [];
  const part = String.raw`\d[\d,]*(?:\.\d+)?`;
  const compound = String.raw`${part}(?:[京兆億万](?:${part}[京兆億万]?)*)?`;
  const re = new RegExp(String.raw`(?<![A-Za-z\d.,-])(${compound})(?:\s*[〜~～]\s*(${compound}))?(?![A-Za-z\d])`, 'g');
  for (const m of t.matchAll(re)) {
    const a = m[1] ?? '';
    const b = m[2];
    const va = japaneseNumber(a);
    if (b) {
      const vb = japaneseNumber(b);
      // 「450〜650億」: the first end takes the second's unit.
      const unitB = /[京兆億万]/.exec(b)?.[0];
      out.push(!/[京兆億万]/.test(a) && unitB ? va * (JA_MAGNITUDE[unitB] ?? 1) : va, vb);
    } else out.push(va);
  }
  return out;
}

/** 「9億1,210万」 → 912100000; 「1.4兆」 → 1.4e12; 「9万7,360」 → 97360. */
export function japaneseNumber(/** @type {string} */ s) {
  let total = 0;
  for (const m of s.matchAll(/(\d[\d,]*(?:\.\d+)?)([京兆億万])?/g)) total += num(m[1] ?? '') * (m[2] ? (JA_MAGNITUDE[m[2]] ?? 1) : 1);
  return total;
}

// ---------------------------------------------------------------------------------------------
// Comparison

/**
 * @typedef {{ chapter: string, key: string, en: string[], ja: string[], reason: string }} Allowed
 * @typedef {{ chapter: string, unit: string, line: { en: number, ja: number }, problem: string }} Difference
 * @typedef {{ units: number, figures: number, differences: Difference[],
 *   rows: { unit: string, en: string[], ja: string[], missing: string[], extra: string[], allowed: string[] }[] }} ChapterParity
 */

const sorted = (/** @type {string[]} */ a) => [...a].sort();
const same = (/** @type {string[]} */ a, /** @type {string[]} */ b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/**
 * Compares one chapter's two editions.
 * @param {string} chapter  the slug, for messages and the allow-list
 * @param {string} en  the English Markdown
 * @param {string} ja  the Japanese Markdown
 * @param {Allowed[]} allow  deliberate differences in figures
 * @returns {ChapterParity}
 */
export function compareChapter(chapter, en, ja, allow = []) {
  const a = chapterUnits(en);
  const b = chapterUnits(ja);
  /** @type {Difference[]} */
  const differences = [];
  const diff = (/** @type {string} */ unit, /** @type {Unit | undefined} */ x, /** @type {Unit | undefined} */ y, /** @type {string} */ problem) =>
    differences.push({ chapter, unit, line: { en: x?.line ?? 0, ja: y?.line ?? 0 }, problem });
  const steps = (/** @type {Unit[]} */ us) => us.filter((u) => u.kind === 'alt').map((u) => u.step ?? '');
  if (JSON.stringify(steps(a)) !== JSON.stringify(steps(b))) {
    diff('steps', a[0], b[0], `step ids differ: en [${steps(a).join(', ')}] ja [${steps(b).join(', ')}]`);
  }
  const shape = (/** @type {Unit[]} */ us) => us.map((u) => `${u.key}@${u.step ?? ''}#${u.check ?? ''}`);
  const sa = shape(a);
  const sb = shape(b);
  if (JSON.stringify(sa) !== JSON.stringify(sb)) {
    const i = sa.findIndex((s, k) => s !== sb[k]);
    diff(a[i]?.key ?? b[i]?.key ?? '?', a[i], b[i], `the units differ from here: en ${sa[i] ?? '(none)'}, ja ${sb[i] ?? '(none)'} (same paragraphs, headings, steps and checks in the same places)`);
  }
  /** @type {ChapterParity['rows']} */
  const rows = [];
  let figures = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = /** @type {Unit} */ (a[i]);
    const y = /** @type {Unit} */ (b[i]);
    if (x.key !== y.key) continue;
    if (!same(x.cites, y.cites)) diff(x.key, x, y, `cite ids differ: en [${sorted(x.cites).join(', ')}] ja [${sorted(y.cites).join(', ')}]`);
    if (JSON.stringify(x.sources) !== JSON.stringify(y.sources)) diff(x.key, x, y, `<Check> sources differ: en [${x.sources.join(' ')}] ja [${y.sources.join(' ')}]`);
    const enDigits = [...new Set(englishFigures(x.text).map(figureKey))];
    const enWords = new Set(englishWordFigures(x.text).map(figureKey));
    const jaDigits = [...new Set(japaneseFigures(y.text).map(figureKey))];
    const ok = allow.filter((r) => r.chapter === chapter && r.key === x.key);
    const allowedEn = new Set(ok.flatMap((r) => r.en));
    const allowedJa = new Set(ok.flatMap((r) => r.ja));
    const missing = enDigits.filter((v) => !jaDigits.includes(v) && !allowedEn.has(v));
    const extra = jaDigits.filter((v) => !enDigits.includes(v) && !enWords.has(v) && !allowedJa.has(v));
    figures += enDigits.length;
    for (const v of missing) diff(x.key, x, y, `the English figure ${v} is not in the Japanese`);
    for (const v of extra) diff(x.key, x, y, `the Japanese figure ${v} is not in the English`);
    for (const r of ok) {
      const used = r.en.some((v) => enDigits.includes(v)) || r.ja.some((v) => jaDigits.includes(v));
      if (!used) diff(x.key, x, y, `allow-list entry no longer needed (${r.reason})`);
    }
    rows.push({ unit: x.key, en: enDigits, ja: jaDigits, missing, extra, allowed: [...allowedEn, ...allowedJa] });
  }
  return { units: n, figures, differences, rows };
}
