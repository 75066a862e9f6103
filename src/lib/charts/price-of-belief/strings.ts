import type { ChartStrings } from '$lib/charts/types';
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
 * into lines. The layout and describe() read them through `state.locale`.
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
  /** Joins a label's lines in the text alternative. */
  lineJoin: ': ',
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

export const strings = {
  en,
  ja: {
    title: 'S&P500の景気循環調整後PER（CAPE）、月ごと',
    subtitle: (last) => `株価÷過去10年間の実質利益の平均。データ：ロバート・シラー氏、${last}まで。`,
    subtitleShort: '株価÷過去10年間の実質利益の平均',
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    month: (name, year) => `${year}年${name}`,
    average: (from, to, value) => `${from}〜${to}年の平均：${value}`,
    points: {
      'crash-1929': {
        peak: (p: PointText) => `${p.month}：${p.value}`,
        low: (p: PointText) => `${p.month}：${p.value}`
      },
      'dot-com': { peak: (p: PointText) => `${p.month}\n${p.value}、過去最高` },
      'peak-2021': { peak: (p: PointText) => `${p.month}\n${p.value}` },
      'ai-era': {
        peak: (p: PointText) => `${p.month}\n${p.value}、${p.since}以来の高さ`,
        end: (p: PointText) => `${p.month}：${p.value}\nデータの最後`
      }
    } as Record<Episode, Record<string, (p: PointText) => string>>,
    short: (year, value) => `${year}年：${value}`,
    note: '日々の株価の月平均。ロバート・シラー氏のデータ：2023年6月まではdatasets/s-and-p-500による公開版（パブリックドメイン）、2023年7月からは同氏の後のファイル（shillerdata.com）で、直近の数カ月は予想利益にもとづき、改定される。平均は本記事の計算。',
    table: { month: '月', cape: 'CAPE（シラーPER）' },
    lineJoin: '、',
    describe: {
      line: (first, last, value) =>
        `S&P500の景気循環調整後PER（ロバート・シラー氏のCAPE）を、${first}から${last}まで月ごとに示す折れ線です。最後の値は${value}です。`,
      mean: (value) => `破線は、全期間の平均の${value}を示します。`,
      focus: (labels) => `強調しているのは、${labels.map((l) => `「${l}」`).join('と')}です。`,
      kept: (labels) => `ほかに、${labels.map((l) => `「${l}」`).join('と')}も示しています。`,
      level: (value, since) =>
        `${value}の高さの点線が、これより高かった最後の月である${since}までさかのぼっています。`
    }
  }
} satisfies ChartStrings<Strings>;

/** The strings of an edition. */
export const stringsFor = (locale: Locale): Strings => strings[locale];
