import type { Locale } from '$lib/locale';
import type { Episode } from './states';

/** What a point's label is given: its month and value, formatted, and for a high, the last month above it. */
export interface PointText {
  month: string;
  value: string;
  since?: string;
}

/**
 * Every user-visible string of the chart, per edition: labels, legend, note, table and the text
 * alternative. Labels are functions of their (already formatted) numbers; "\n" breaks a label
 * into lines. The layout and describe() read them through `state.locale`; an edition without
 * its own set falls back to English.
 */
const en = {
  title: 'The S&P 500’s cyclically adjusted P/E (CAPE), monthly',
  subtitle: (last: string) =>
    `Price ÷ average real earnings of the past 10 years. Data: Robert J. Shiller, to ${last}.`,
  subtitleShort: 'Price ÷ average real earnings of the past 10 years',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** "Dec 1999". */
  month: (name: string, year: string) => `${name} ${year}`,
  average: (from: string, to: string, value: string) => `Average ${from}–${to}: ${value}`,
  /** The labels of each episode's named months. */
  points: {
    'crash-1929': {
      peak: (p: PointText) => `${p.month}: ${p.value}`,
      low: (p: PointText) => `${p.month}: ${p.value}`
    },
    'dot-com': { peak: (p: PointText) => `${p.month}\n${p.value}, the record` },
    'peak-2021': { peak: (p: PointText) => `${p.month}\n${p.value}` },
    'ai-era': {
      peak: (p: PointText) => `${p.month}\n${p.value}, highest since ${p.since}`,
      end: (p: PointText) => `${p.month}: ${p.value}\nend of data`
    }
  } as Record<Episode, Record<string, (p: PointText) => string>>,
  /** An earlier episode kept as a quiet label: "1929: 32.6". */
  short: (year: string, value: string) => `${year}: ${value}`,
  note: 'Monthly averages of daily prices. Robert Shiller’s data: to June 2023 as packaged by datasets/s-and-p-500 (public domain), from July 2023 from his own later file (shillerdata.com), whose last months rest on estimated earnings and are revised. The average is our calculation.',
  table: { month: 'Month', cape: 'CAPE (PE10)' },
  describe: {
    line: (first: string, last: string, value: string) =>
      `A line shows the S&P 500's cyclically adjusted price-to-earnings ratio (Robert Shiller's CAPE) every month from ${first} to ${last}, where the series ends at ${value}.`,
    mean: (value: string) => `A dashed line marks its average over the whole period, ${value}.`,
    focus: (labels: readonly string[]) => `Highlighted: ${labels.join('; ')}.`,
    kept: (labels: readonly string[]) => `Also marked: ${labels.join('; ')}.`,
    level: (value: string, since: string) =>
      `A dotted line at ${value} reaches back to ${since}, the last month the ratio stood higher.`
  }
};

export type Strings = typeof en;

export const strings: { en: Strings } & Partial<Record<Locale, Strings>> = { en };

/** The strings of an edition (English where it has none yet). */
export const stringsFor = (locale: Locale): Strings => strings[locale] ?? strings.en;
