import type { Locale } from '$lib/locale';
import type { Company, GuidanceName } from './data';

/**
 * Every user-visible string of the chart, per edition: labels, legend, inset, note, table and the
 * text alternative. Sentences are functions of their (already formatted) numbers. The layout and
 * describe() read them through `state.locale`; an edition without its own set falls back to English.
 */
const en = {
  title: 'Capital spending of Amazon, Microsoft, Alphabet and Meta, by quarter',
  unit: {
    full: 'Capital expenditure per quarter, US$ billion (cash purchases of property and equipment)',
    short: 'US$ billion a quarter (cash capital expenditure)'
  },
  company: { AMZN: 'Amazon', MSFT: 'Microsoft', GOOGL: 'Alphabet', META: 'Meta' } as Record<Company, string>,
  guidanceCompany: { Amazon: 'Amazon', Alphabet: 'Alphabet', Meta: 'Meta', Microsoft: 'Microsoft' } as Record<
    GuidanceName,
    string
  >,
  /** A calendar quarter: "2026 Q2". */
  quarter: (year: number, q: number) => `${year} Q${q}`,
  /** A segment of the last bar, named beside it. */
  segment: (company: string, value: string) => `${company} ${value}`,
  total: (quarter: string, value: string) => `${quarter}: ${value}`,
  /** A year bracket: its total, and where the step compares, the change on the year before. */
  yearTotal: (year: number, value: string, change: string | null) =>
    `${year}: ${value}${change ? ` (${change})` : ''}`,
  amazonGap: (narrow: boolean) => `No Amazon figures ${narrow ? '' : 'by quarter '}before Q3 2017`,
  inset: {
    title: (date: string) => `2025 actual vs 2026 plans as of ${date}, $ billion a year`,
    /** The title where the inset is a table (small frames). */
    titleShort: (date: string) => `2025 vs 2026 plans (${date}), $bn`,
    /** The plans' month, in the inset title. */
    date: 'July 2026',
    actual: '2025',
    plan: '2026 plan',
    /** Under the key: why Microsoft has no 2025 bar. */
    noActual: (company: string) =>
      `Plans count in each company’s own way; ${company}’s counts leases, so no 2025 bar.`,
    /**
     * One company as a table row where the bars have no room: "Alphabet: 91 → 195–205"; a
     * company without a 2025 figure on its plan's basis (Microsoft: the plan counts leases) says so.
     */
    row: (company: string, actual: string | null, plan: string) =>
      actual === null ? `${company}: ${plan}, with leases` : `${company}: ${actual} → ${plan}`,
    /** Where a company has no 2025 bar, over its empty slot. */
    none: 'n/a'
  },
  note: 'Cash purchases of property and equipment from SEC filings, by calendar quarter; finance leases excluded, which understates Microsoft in particular. Year totals are sums of quarters. 2026 plans are what the companies said in July 2026 they expected to spend, each counted its own way, not spending.',
  table: {
    quarterEnd: 'Quarter end',
    company: (name: string) => `${name} (US$ bn)`,
    total: 'Total of four (US$ bn)',
    guidance: '2026 plan',
    planRow: (company: string) => `2026 (${company})`,
    planText: (
      text: string,
      date: string,
      basis: string,
      actual: string | null,
      first: { text: string; date: string } | null
    ) =>
      `${text}, said ${date}: ${basis}${actual ? `; 2025 actual ${actual}` : ''}${first ? `; first 2026 plan ${first.text} (${first.date})` : ''}`
  },
  describe: {
    bars: (quarter: string) =>
      `Stacked bars of quarterly capital expenditure by Amazon, Microsoft, Alphabet and Meta from 2015 to ${quarter}, in US dollars (cash purchases of property and equipment from SEC filings; Amazon's quarterly figures start in Q3 2017).`,
    flat: (v2018: string, v2022: string) =>
      `Through 2022 spending climbs slowly, to ${v2018} for the four in 2018 and ${v2022} in 2022.`,
    takeOff: (v2023: string, v2024: string, change: string) =>
      `After a pause in 2023 (${v2023}), spending takes off: ${v2024} in 2024, up ${change}.`,
    record: (v2025: string, change: string, v2024: string, quarter: string, latest: string) =>
      `In 2025 the four spent ${v2025}, up ${change} on 2024's ${v2024}; the last quarter drawn, ${quarter}, reached ${latest}.`,
    inset: (date: string, items: readonly string[], sum: string) =>
      `An inset sets 2025 beside each company's plan for 2026 as of ${date}, each counted in its own way. ${items.join(' ')} Together the plans come to about ${sum}.`,
    /** The plans' sum, a range in billions: "$720–745 billion". */
    sum: (low: string, high: string) => `$${low}–${high} billion`,
    insetItem: (company: string, actual: string | null, plan: string, basis: string) =>
      `${company}: ${actual === null ? 'no 2025 bar' : `${actual} in 2025`}; plan ${plan}, ${basis}.`
  }
};

export type Strings = typeof en;

export const strings: { en: Strings } & Partial<Record<Locale, Strings>> = { en };

/** The strings of an edition (English where it has none yet). */
export const stringsFor = (locale: Locale): Strings => strings[locale] ?? strings.en;
