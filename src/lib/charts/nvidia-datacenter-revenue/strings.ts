import type { ChartStrings } from '$lib/charts/types';
import type { Locale } from '$lib/locale';

/**
 * Every user-visible string of the chart, per edition: labels, legend, note, table and the text
 * alternative. Sentences are functions of their (already formatted) numbers, so a translation
 * can order them as its language needs. The layout and describe() read them through
 * `state.locale`.
 */
const en = {
  title: 'NVIDIA data-center revenue by fiscal quarter',
  subtitle: {
    short: 'US$ billion a quarter; FY26 ≈ 2025',
    narrow: 'US$ billion a quarter. Fiscal years end in late January (FY26 ≈ 2025)',
    full: 'US$ billion a quarter. NVIDIA’s fiscal years end in late January: FY2026 ≈ calendar 2025'
  },
  /** Fiscal year under its four quarters: "FY2026", or "FY26" on a phone. */
  fiscalYear: (fy: number, short: boolean) => (short ? `FY${String(fy).slice(2)}` : `FY${fy}`),
  /** A fiscal quarter as the data table names it: "Q1 FY2024". */
  fiscalQuarterName: (q: string) => q,
  /** "Q1 FY2024" → "Q1 FY'24". */
  quarterShort: (q: string) => q.replace(' FY20', " FY'"),
  callout: (quarter: string, value: string) => `${quarter}: ${value}`,
  ratio: (multiple: string) => `${multiple} the quarter before`,
  yearTotal: (fy: number, value: string) => `FY${fy}: ${value}`,
  yearTotalVs: (fy: number, value: string, multiple: string, first: number) =>
    `FY${fy}: ${value} — ${multiple} FY${first}`,
  marginDip: (margin: string, charge: string) => `${margin}: ${charge} H20 charge`,
  /** The margin of the last quarter drawn, over its dot. */
  marginLast: (margin: string) => margin,
  /** Where NVIDIA's new segment definitions begin (FY2027). */
  newSegments: 'new segments',
  legendChatgpt: 'ChatGPT launch, 30 Nov 2022',
  legendMarginShort: (first: string, last: string) =>
    `Gross margin, right scale: FY2023 ${first} → FY2026 ${last}`,
  legendMargin: (first: string, last: string, quarter: string, latest: string) =>
    `GAAP gross margin (right scale): FY2023 ${first} → FY2026 ${last}; ${quarter} ${latest}`,
  note: 'Data-center revenue as reported in NVIDIA’s quarterly press releases (from FY2027 under its new segment definitions); gross margin from SEC XBRL filings, and for Q2 FY2027 as NVIDIA reported it.',
  table: {
    fiscalQuarter: 'Fiscal quarter',
    quarterEnded: 'Quarter ended',
    dataCenter: 'Data-center revenue ($bn)',
    total: 'Total revenue ($m)',
    margin: 'GAAP gross margin (%)'
  },
  describe: {
    bars: (first: string, firstValue: string, last: string, lastValue: string) =>
      `Bar chart of NVIDIA's data-center revenue per fiscal quarter, from ${first} (${firstValue}) to ${last} (${lastValue}).`,
    chatgpt: 'A dashed line marks the launch of ChatGPT on 30 November 2022.',
    newSegments:
      'A mark at fiscal 2027 notes that NVIDIA reports this business under new segment definitions from then on.',
    callout: (quarter: string, value: string, multiple: string | null) =>
      `${quarter} is labelled: ${value}${multiple ? `, ${multiple} the quarter before` : ''}.`,
    yearTotals: (a: number, aValue: string, b: number, bValue: string, multiple: string) =>
      `Fiscal-year totals: FY${a} ${aValue}, FY${b} ${bValue}, ${multiple} as much.`,
    margin: (fy2023: string, fy2026: string, latest: string, quarter: string) =>
      `A line shows GAAP gross margin: ${fy2023} for FY2023, ${fy2026} for FY2026 and ${latest} in ${quarter}.`
  }
};

export type Strings = typeof en;

/** "Q2 FY2027" → "2027年度第2四半期" (NVIDIA's fiscal years end in late January), or "27年度第2四半期" short. */
const jaQuarter = (q: string, short = false) => {
  const m = /^Q([1-4]) FY(\d{4})$/.exec(q);
  if (!m) return q;
  return `${short ? m[2]!.slice(2) : m[2]}年度第${m[1]}四半期`;
};

export const strings = {
  en,
  ja: {
    title: 'エヌビディアのデータセンター事業の売上（四半期ごと）',
    subtitle: {
      short: '四半期ごと、ドル。26年度≒2025年',
      narrow: '四半期ごと、ドル。会計年度は1月下旬に終わる（26年度≒2025年）',
      full: '四半期ごと、ドル。エヌビディアの会計年度は1月下旬に終わる：2026年度≒暦年の2025年'
    },
    fiscalYear: (fy, short) => (short ? `${String(fy).slice(2)}年度` : `${fy}年度`),
    fiscalQuarterName: (q) => jaQuarter(q),
    quarterShort: (q) => jaQuarter(q, true),
    callout: (quarter, value) => `${quarter}：${value}`,
    ratio: (multiple) => `前の四半期の${multiple}`,
    yearTotal: (fy, value) => `${fy}年度：${value}`,
    yearTotalVs: (fy, value, multiple) => `${fy}年度：${value}（${multiple}）`,
    marginDip: (margin, charge) => `${margin}：H20で${charge}の損失`,
    marginLast: (margin) => margin,
    newSegments: '新しい事業区分',
    legendChatgpt: 'ChatGPTの公開（2022年11月30日）',
    legendMarginShort: (first, last) => `売上総利益率（右目盛り）：2023年度${first}→2026年度${last}`,
    legendMargin: (first, last, quarter, latest) =>
      `売上総利益率（右目盛り）：2023年度${first}→2026年度${last}、${jaQuarter(quarter)}${latest}`,
    note: 'データセンター事業の売上はエヌビディアの四半期決算発表による（2027年度からは新しい事業区分の定義）。売上総利益率は米証券取引委員会（SEC）のXBRLデータ、2027年度第2四半期はエヌビディアの発表による。',
    table: {
      fiscalQuarter: '会計四半期',
      quarterEnded: '四半期の末日',
      dataCenter: 'データセンター事業の売上（10億ドル）',
      total: '売上高の合計（100万ドル）',
      margin: '売上総利益率（GAAP、%）'
    },
    describe: {
      bars: (first, firstValue, last, lastValue) =>
        `エヌビディアのデータセンター事業の売上を、会計四半期ごとに示す棒グラフです。${jaQuarter(first)}の${firstValue}から、${jaQuarter(last)}の${lastValue}まで示しています。`,
      chatgpt: '破線は、2022年11月30日のChatGPTの公開を示します。',
      newSegments:
        '2027年度の印は、エヌビディアがそこから新しい事業区分の定義でこの事業を報告していることを示します。',
      callout: (quarter, value, multiple) =>
        `${jaQuarter(quarter)}には${value}と記されています${multiple ? `（前の四半期の${multiple}）` : ''}。`,
      yearTotals: (a, aValue, b, bValue, multiple) =>
        `会計年度の合計は、${a}年度が${aValue}、${b}年度が${bValue}で、${multiple}になりました。`,
      margin: (fy2023, fy2026, latest, quarter) =>
        `折れ線は売上総利益率を示します。2023年度は${fy2023}、2026年度は${fy2026}、${jaQuarter(quarter)}は${latest}です。`
    }
  }
} satisfies ChartStrings<Strings>;

/** The strings of an edition. */
export const stringsFor = (locale: Locale): Strings => strings[locale];
