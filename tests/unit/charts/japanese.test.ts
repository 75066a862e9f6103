/**
 * The Japanese edition of the charts: every user-visible word in Japanese (labels at every step
 * and size, the text alternative, the note, the data table's headers), with Latin letters only
 * in names and units Japanese media keep in Latin; and the strings' type makes a missing Japanese
 * key a compile error (checked by svelte-check, which type-checks the tests).
 */
import { describe, expect, it } from 'vitest';
import type { ChartStrings } from '$lib/charts/types';
import { charts } from '$lib/server/charts';
import { altText, sceneOf, stepsOf, SURFACE_SIZES, textOf } from './fit';

/** The charts whose strings.ts has its Japanese: every chart (a new chart joins with its Japanese). */
const JAPANESE = [
  'the-bet',
  'who-carried-the-market',
  'growth-without-the-boom',
  'where-venture-money-went',
  'an-old-echo',
  'last-time',
  'pay-ladder',
  'compute-per-chip',
  'index-of-a-few',
  'cheaper-intelligence',
  'price-of-belief',
  'nvidia-datacenter-revenue',
  'openai-valuation',
  'datacenter-electricity',
  'the-buildout',
  'widening-loop',
  'the-loop',
  'chips-as-borders',
  'concrete-and-power'
];

/**
 * Latin words a Japanese chart may print: proper names and abbreviations as Japanese media write
 * them (NOTES.md §2), chip and model names, units, data-series names and licences.
 */
const LATIN = new Set(
  [
    // Names and abbreviations
    'AI AMD API BEA CAPE PER ChatGPT GAAP SEC XBRL IEA EPRI TWh GW Azure VW GPU EU CHIPS ISM MI308 H200 DJI ETF FRED GDP ID IT JP NASDAQCOM NIPA NVCA OECD OMX S&P S&P500 WSJ CC BY',
    // Chips, models, number formats, units
    'A100 A800 Ascend B200 C FP16 FP16/BF16 FP4 FP8 GB300 GPT-3 GPU1 H100 H20 H800 MI355X TFLOP/s TPU V100 V3 W o1 R1 v3 v7 deepseek-reasoner',
    // In the data tables: chips, agencies, papers and funds as Japanese media write them
    'Gaudi Maia Trainium Trainium2 Trainium3 MI250X MI300X GB200 v2 v4 v5p v6e AWS BLS OEWS LSEG USA K2 VC PLTR NVDA',
    // 13F (the filing), S&P/ (in フィナエオン/S&P/シティ)
    'F S&P/',
    // Data packages and sites named as sources
    'datasets/s-and-p-500 shillerdata.com'
  ]
    .join(' ')
    .split(' ')
);

/** Data-table columns of identifiers, which stay as their source writes them. */
const IDENTIFIER_COLUMNS = ['エポックAIのデータベースでの名称'];
/** A cell of source ids: "msft-10q-2025q3-funding; msft-10q-2025q3-note17". */
const SOURCE_IDS = /^[a-z0-9-]+(; [a-z0-9-]+)*$/;

const latinWords = (s: string) => s.match(/[A-Za-z][A-Za-z0-9.&'/-]*/g) ?? [];

describe.each(JAPANESE)('%s in Japanese', (id) => {
  const chart = charts.get(id)!;

  it('prints no English: only names and units stay in Latin letters', () => {
    // Every cell of the data table too (a row's basis or detail, which the data files keep in
    // English), but identifiers: source ids, and a chip's name as its database spells it.
    const table = chart.table(chart.data, 'ja');
    const cells = table.rows.flatMap((row) =>
      row.filter((_, i) => !IDENTIFIER_COLUMNS.includes(table.columns[i]!)).map(String)
    );
    const texts = [chart.note!.ja, ...table.columns, ...cells.filter((c) => !SOURCE_IDS.test(c))];
    for (const step of stepsOf(chart)) {
      texts.push(altText(chart, step, 'ja'));
      for (const size of Object.values(SURFACE_SIZES)) texts.push(textOf(sceneOf(chart, step, size, 'ja')));
    }
    const english = [...new Set(texts.flatMap(latinWords))].filter((w) => !LATIN.has(w));
    expect(english).toEqual([]);
  });

  it('describes every step in Japanese sentences', () => {
    for (const step of stepsOf(chart)) {
      const alt = altText(chart, step, 'ja');
      expect(alt, `${step}`).toMatch(/。$/);
      expect(alt).not.toMatch(/\. |[a-z]{4,} [a-z]{4,}/);
    }
  });
});

describe('every chart', () => {
  it('speaks Japanese', () => {
    expect([...charts.keys()].filter((id) => !JAPANESE.includes(id))).toEqual([]);
  });

  it.each([...charts.keys()])('%s has a note and data-table headers in both editions', (id) => {
    const chart = charts.get(id)!;
    expect(chart.note?.en).toBeTruthy();
    expect(chart.note?.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const en = chart.table(chart.data, 'en');
    const ja = chart.table(chart.data, 'ja');
    expect(ja.columns).toHaveLength(en.columns.length);
    expect(ja.rows).toHaveLength(en.rows.length);
  });
});

describe('ChartStrings', () => {
  it('makes a missing or extra Japanese key a type error', () => {
    const en = { title: 'Title', share: (pct: string) => `${pct} of all` };
    const ok = { en, ja: { title: '題', share: (pct) => `全体の${pct}` } } satisfies ChartStrings<typeof en>;
    // @ts-expect-error the Japanese lacks `share`
    const missing = { en, ja: { title: '題' } } satisfies ChartStrings<typeof en>;
    // @ts-expect-error `shares` is not a key of the English
    const extra = { en, ja: { title: '題', share: (p: string) => p, shares: '' } } satisfies ChartStrings<
      typeof en
    >;
    expect([ok, missing, extra].map((s) => s.ja.title)).toEqual(['題', '題', '題']);
  });
});
