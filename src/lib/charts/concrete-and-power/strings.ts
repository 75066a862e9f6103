import { num, usdBn } from '$lib/charts/format';
import type { ChartStrings } from '$lib/charts/types';

/**
 * Every user-visible string of the chart, per edition: title, subtitles, labels, note, table and
 * the text alternative. Labels and sentences are functions of their (already formatted) numbers.
 */
const en = {
  title: 'US spending on building data centers',
  subtitle: {
    annualShort: 'US$ billion a year, 2021 prices (our sums of the months)',
    monthlyShort: 'US$ billion a month, 2021 prices; buildings only, no chips',
    annual: 'Per calendar year, US$ billion at 2021 prices (our sums of the monthly values)',
    monthly:
      'Per month, US$ billion at 2021 prices, not seasonally adjusted. Buildings only: no chips or servers.'
  },
  /** A gridline's value, given in dollars: "$3B". */
  grid: (usd: number) => usdBn(usd / 1e9, { digits: 0 }),
  /** A year's bar, given in dollars, in the subtitle's unit: "2.2" (billion). */
  bar: (usd: number) => num(usd / 1e9, 1),
  /** A year on a narrow axis: "’25". */
  yearShort: (yy: string) => `’${yy}`,
  /** A labelled point: "Nov 2022: $1.04B". */
  point: (period: string, value: string) => `${period}: ${value}`,
  multiple2022: (multiple: string) => `${multiple} the 2022 sum`,
  darker: 'darker bars: years after ChatGPT',
  released: 'ChatGPT is released',
  multipleChatgpt: (multiple: string) => `${multiple} the Nov 2022 level`,
  note: 'Buildings only (no servers, chips or land), at 2021 prices as adjusted by Our World in Data; not seasonally adjusted; yearly bars are our sums.',
  table: {
    columns: ['Period', 'Spending (US$ million, 2021 prices)', 'Basis'],
    month: 'month, as published',
    year: 'calendar year, sum of months (derived)'
  },
  describe: {
    annual: (
      first: number,
      last: number,
      firstValue: string,
      v2022: string,
      lastValue: string,
      multiple: string
    ) =>
      `Bars of US data-center construction spending per calendar year at 2021 prices, ${first} to ${last}, summed from the monthly values: ` +
      `${firstValue} in ${first}, ${v2022} in 2022 and ${lastValue} in ${last}, ${multiple} the 2022 sum.`,
    line: (from: string, to: string) =>
      `A line of monthly US spending on data-center construction at 2021 prices, ${from} to ${to}.`,
    grows: (firstValue: string, first: string, chatgptValue: string, chatgpt: string) =>
      `It grows from ${firstValue} in ${first} to ${chatgptValue} in ${chatgpt}, when ChatGPT was released.`,
    peak: (peakValue: string, peak: string, multiple: string, last: string, lastValue: string) =>
      `After that it climbs to a high of ${peakValue} in ${peak}, ${multiple} the November 2022 level; the latest month, ${last}, is ${lastValue}.`
  }
};

export type Strings = typeof en;

export const strings = {
  en,
  ja: {
    title: '米国のデータセンター建設への支出',
    subtitle: {
      annualShort: '年間、億ドル、2021年価格（月の値の合計）',
      monthlyShort: '月ごと、億ドル、2021年価格。建物のみで半導体は含まない',
      annual: '暦年ごと、億ドル、2021年価格（本記事が月の値を合計）',
      monthly: '月ごと、億ドル、2021年価格、季節調整なし。建物のみで、半導体やサーバーは含まない。'
    },
    grid: (usd) => num(usd / 1e8, 0),
    bar: (usd) => num(usd / 1e8, 0),
    yearShort: (yy) => `${yy}年`,
    point: (period, value) => `${/^\d{4}$/.test(period) ? `${period}年` : period}：${value}`,
    multiple2022: (multiple) => `2022年の合計の${multiple}`,
    darker: '濃い棒：ChatGPT以後の年',
    released: 'ChatGPTの公開',
    multipleChatgpt: (multiple) => `2022年11月の${multiple}`,
    note: '建物のみ（サーバー、半導体、土地は含まない）。アワー・ワールド・イン・データが2021年価格に換算した値で、季節調整なし。年ごとの棒は本記事の合計。',
    table: {
      columns: ['期間', '支出（100万ドル、2021年価格）', '基準'],
      month: '月（公表値）',
      year: '暦年（月の合計、本記事の計算）'
    },
    describe: {
      annual: (first, last, firstValue, v2022, lastValue, multiple) =>
        `米国のデータセンター建設への支出を、2021年価格で${first}年から${last}年まで暦年ごとに示す棒グラフで、月の値を合計したものです。` +
        `${first}年は${firstValue}、2022年は${v2022}、${last}年は${lastValue}で、2022年の合計の${multiple}です。`,
      line: (from, to) =>
        `米国のデータセンター建設への月ごとの支出を、2021年価格で${from}から${to}まで示す折れ線です。`,
      grows: (firstValue, first, chatgptValue, chatgpt) =>
        `${first}の${firstValue}から、ChatGPTが公開された${chatgpt}の${chatgptValue}まで増えています。`,
      peak: (peakValue, peak, multiple, last, lastValue) =>
        `その後、${peak}には最高の${peakValue}まで上がり、2022年11月の水準の${multiple}になりました。最新の${last}は${lastValue}です。`
    }
  }
} satisfies ChartStrings<Strings>;
