import type { Locale } from '$lib/locale';

/**
 * Every user-visible string of the chart, per edition: labels, legend, note, table and the text
 * alternative. Sentences are functions of their (already formatted) numbers, so a translation
 * can order them as its language needs. The layout and describe() read them through
 * `state.locale`; an edition without its own set falls back to English.
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

export const strings: { en: Strings } & Partial<Record<Locale, Strings>> = { en };

/** The strings of an edition (English where it has none yet). */
export const stringsFor = (locale: Locale): Strings => strings[locale] ?? strings.en;
