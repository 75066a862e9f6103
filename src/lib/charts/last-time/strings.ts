import type { ChartStrings } from '$lib/charts/types';
import type { KeyDay } from './data';

/** The words of last-time, per edition. Figures and dates arrive formatted. */
const en = {
  note: 'Line: month-end closes derived from FRED’s daily series. Dots and −77.9%: daily closes. Index values © Nasdaq OMX Group.',
  title: 'Nasdaq Composite index, 1995–2016',
  subtitleShort: 'Month-end closes; dots: daily closes',
  subtitle: 'Line: month-end close, index points. Dots: daily closes.',
  attributionShort: 'Data © Nasdaq, via FRED',
  attribution: 'Data © Nasdaq OMX Group, via FRED (series NASDAQCOM)',
  /** "Jan 1995: 755" */
  at: (date: string, value: string) => `${date}: ${value}`,
  monthEnd: '(month-end close)',
  ratio: (multiple: string) => `${multiple} to the peak`,
  ratioSpan: 'in about five years',
  /** "5,048.62, 10 Mar 2000" */
  valueOn: (value: string, date: string) => `${value}, ${date}`,
  peak: (date: string) => `Peak, ${date}`,
  low: (date: string) => `Low, ${date}`,
  dailyClose: (value: string) => `${value} (daily close)`,
  fall: 'peak to low',
  firstAbove: 'first close above the peak',
  span: (years: number, months: number, full: boolean) =>
    `${years} years, ${months} month${months === 1 ? '' : 's'}${full ? ' below the peak' : ''}`,
  describe: {
    line: (from: string, to: string) =>
      `A line of the Nasdaq Composite's month-end closes from ${from} to ${to}.`,
    rise: (start: string, from: string, peak: string, peakOn: string) =>
      `It rises from ${start} at the end of ${from} to a daily-close peak of ${peak} on ${peakOn}.`,
    fall: (low: string, lowOn: string, drop: string) =>
      `It then falls to a daily close of ${low} on ${lowOn}, a drop of ${drop}.`,
    recovery: (on: string, close: string, years: number, months: number) =>
      `It first closes above the 2000 peak on ${on}, at ${close}: ${years} years and ${months} month${months === 1 ? '' : 's'} later.`
  },
  columns: ['Month', 'Last trading day', 'Close (index points)', 'Note'],
  monthEndNote: 'month-end close',
  dayNote: (k: KeyDay) => `daily close: ${k.label}`
};

export const strings = {
  en,
  ja: {
    note: '線：FREDの日次データから求めた月末の終値。点と−77.9%：日々の終値。指数の値の著作権はナスダックOMXグループ。',
    title: 'ナスダック総合指数（1995〜2016年）',
    subtitleShort: '線は月末の終値、点は日々の終値',
    subtitle: '線：月末の終値（ポイント）。点：日々の終値。',
    attributionShort: 'データ © ナスダック（FRED経由）',
    attribution: 'データ © ナスダックOMXグループ（FRED経由、系列NASDAQCOM）',
    at: (date, value) => `${date}：${value}`,
    monthEnd: '（月末の終値）',
    ratio: (multiple) => `ピークまでに${multiple}`,
    ratioSpan: 'およそ5年で',
    valueOn: (value, date) => `${value}（${date}）`,
    peak: (date) => `ピーク：${date}`,
    low: (date) => `底：${date}`,
    dailyClose: (value) => `${value}（その日の終値）`,
    fall: 'ピークから底まで',
    firstAbove: 'ピークを初めて上回った終値',
    span: (years, months, full) => `${years}年${months}カ月${full ? '、ピークを下回ったまま' : ''}`,
    describe: {
      line: (from, to) => `ナスダック総合指数の月末の終値を、${from}から${to}まで示す折れ線です。`,
      rise: (start, from, peak, peakOn) =>
        `${from}末の${start}から上がり、${peakOn}に日々の終値で${peak}のピークをつけます。`,
      fall: (low, lowOn, drop) => `その後、${lowOn}には終値${low}まで下がります。${drop}の下落です。`,
      recovery: (on, close, years, months) =>
        `2000年のピークを初めて終値で上回るのは${on}の${close}で、${years}年${months}カ月後のことです。`
    },
    columns: ['月', '最終取引日', '終値（ポイント）', '注記'],
    monthEndNote: '月末の終値',
    dayNote: (k) =>
      ({
        peak: '日々の終値：ドットコム・バブルの頂点（2000年の最高値）',
        trough: '日々の終値：ピーク後の最安値',
        regained: '日々の終値：2000年3月のピークを初めて上回った日'
      })[k.id]
  }
} satisfies ChartStrings<typeof en>;
