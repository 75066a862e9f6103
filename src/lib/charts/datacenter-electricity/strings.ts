import type { ChartStrings } from '$lib/charts/types';
import type { Locale } from '$lib/locale';

/**
 * Every user-visible string of the chart, per edition: titles, legend, labels, note, table and
 * the text alternative. Labels and sentences are functions of their (already formatted) numbers;
 * "\n" breaks a label into lines. The layout and describe() read them through `state.locale`.
 */
const en = {
  title: {
    world: 'Electricity used by the world’s data centres',
    us: 'Data centres’ share of US electricity'
  },
  subtitle: {
    world:
      'Terawatt-hours a year (IEA). A few published figures, not a measured series; a forecast is hollow.',
    us: 'Per cent of US electricity: LBNL counts use, EPRI generation. A few published figures, not a measured series.',
    worldShort: 'TWh a year; a few published figures, not a series',
    usShort: '% of US electricity; published figures, not a series'
  },
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** A publication: "IEA, Apr 2025". */
  publication: (publisher: string, month: string, year: string) => `${publisher}, ${month} ${year}`,
  legend: {
    estimate: 'estimate of a past year',
    forecast: 'forecast',
    forecastRange: 'forecast, low to high scenario',
    estimateShort: 'estimate',
    forecastShort: 'forecast',
    forecastRangeShort: 'forecast range'
  },
  /** A point's label: what it is and who published it when, then its year and value. */
  label: (year: string, value: string, kind: 'estimate' | 'forecast', publication: string) =>
    `${kind === 'forecast' ? 'forecast' : 'estimate'}, ${publication}\n${year}: ${value}`,
  /** The same in one line, on short frames. */
  labelShort: (year: string, value: string) => `${year}: ${value}`,
  /** "now" as a year label is the publisher's word; the label says when. */
  twh: (v: string) => `${v} TWh`,
  /** A share, or a range of shares: "4.4%", "6.7–12%". */
  range: (low: string, high: string) => `${low}–${high}%`,
  share: (v: string) => `${v}%`,
  /** The IEA's growth for 2025, given without a level. */
  growth: (year: string, change: string, publication: string) =>
    `${year}: use grew ${change} (${publication}); no TWh figure published`,
  growthShort: (year: string, change: string) => `${year}: ${change} growth`,
  note: 'Each figure from its own publication, drawn on its own and never joined; methods and scopes differ. World: IEA (CC BY 4.0). United States: Lawrence Berkeley National Laboratory (share of electricity use), EPRI (share of generation).',
  table: {
    geography: 'Geography',
    year: 'Year',
    metric: 'What is measured',
    value: 'Value (low–high)',
    unit: 'Unit',
    kind: 'Estimate or forecast',
    publisher: 'Publisher',
    published: 'Published',
    source: 'Source id',
    /** A value range in the table: "6.7–12". */
    range: (low: number, high: number) => `${low}–${high}`,
    /** A word of the data file (geography, metric, unit, kind, publisher) as the table prints it. */
    word: (w: string) => w
  },
  describe: {
    world: (points: readonly string[], note: string | null) =>
      `Published figures for the electricity used by the world's data centres, each drawn on its own and not joined by a line: ${points.join('; ')}.${note ? ` ${note}` : ''}`,
    us: (points: readonly string[]) =>
      `Published figures for data centres' share of US electricity, each drawn on its own and not joined by a line; a range is a bar from its low to its high scenario: ${points.join('; ')}.`,
    point: (
      year: string,
      value: string,
      kind: 'estimate' | 'forecast',
      range: boolean,
      publication: string,
      metric: string
    ) =>
      `${year}, ${value}, ${
        kind === 'forecast'
          ? range
            ? 'a forecast, drawn as a dashed bar'
            : 'a forecast, drawn hollow'
          : range
            ? 'an estimate, drawn as a solid bar'
            : 'an estimate, drawn solid'
      } (${publication}; ${metric})`,
    growth: (year: string, change: string, publication: string) =>
      `A note gives the IEA's estimate that use grew ${change} in ${year} (${publication}), which came with no level in terawatt-hours.`
  }
};

export type Strings = typeof en;

/** Publishers as a chart label names them (NOTES.md: 国際エネルギー機関（IEA）, 米電力研究所（EPRI）). */
const JA_PUBLISHER: Record<string, string> = { IEA: 'IEA', LBNL: 'バークレー研', EPRI: 'EPRI' };
/** A year label: the data's 'now' is the publisher's word for the time of publication. */
const jaYear = (year: string) => (year === 'now' ? '発表時点' : `${year}年`);
/** The data file's other words, as the Japanese table prints them. */
const JA_WORD: Record<string, string> = {
  World: '世界',
  'United States': '米国',
  now: '発表時点',
  TWh: 'テラワット時',
  percent: '%',
  'percent change': '前年比の%',
  estimate: '推計',
  forecast: '予測',
  IEA: '国際エネルギー機関（IEA）',
  LBNL: 'ローレンス・バークレー国立研究所',
  EPRI: '米電力研究所（EPRI）'
};
/** What a figure measures, from the data file's English description. */
const jaMetric = (metric: string) =>
  (metric.startsWith('growth')
    ? '前年比の伸び'
    : metric.includes('generation')
      ? '米国の発電量に占める割合'
      : metric.startsWith('share')
        ? '米国の電力消費に占める割合'
        : 'データセンターの電力消費量') +
  (metric.includes('Base Case')
    ? '、基本シナリオ'
    : metric.includes('low to high')
      ? '、低位〜高位シナリオ'
      : '');

export const strings = {
  en,
  ja: {
    title: {
      world: '世界のデータセンターが使う電力',
      us: '米国の電力に占めるデータセンターの割合'
    },
    subtitle: {
      world: '年間のテラワット時（TWh、IEA）。いくつかの発表値で、測った系列ではない。予測は白抜き。',
      us: '米国の電力に占める割合、%：バークレー研は消費量、EPRIは発電量で数える。いくつかの発表値で、系列ではない。',
      worldShort: '年間のTWh。いくつかの発表値で、系列ではない',
      usShort: '米国の電力に占める%。発表値で、系列ではない'
    },
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    publication: (publisher, month, year) => `${JA_PUBLISHER[publisher] ?? publisher}、${year}年${month}`,
    legend: {
      estimate: '過去の年の推計',
      forecast: '予測',
      forecastRange: '予測（低位〜高位シナリオ）',
      estimateShort: '推計',
      forecastShort: '予測',
      forecastRangeShort: '予測の幅'
    },
    label: (year, value, kind, publication) =>
      `${kind === 'forecast' ? '予測' : '推計'}、${publication}\n${jaYear(year)}：${value}`,
    labelShort: (year, value) => `${jaYear(year)}：${value}`,
    twh: (v) => `${v}TWh`,
    range: (low, high) => `${low}〜${high}%`,
    share: (v) => `${v}%`,
    growth: (year, change, publication) =>
      `${jaYear(year)}：消費は${change}（${publication}）。TWhの値は未発表`,
    growthShort: (year, change) => `${jaYear(year)}：${change}の伸び`,
    note: '数字はそれぞれの発表から取り、一つずつ示して線では結ばない。手法も範囲も異なる。世界：国際エネルギー機関（IEA、CC BY 4.0）。米国：ローレンス・バークレー国立研究所（電力消費に占める割合）、米電力研究所（EPRI、発電量に占める割合）。',
    table: {
      geography: '地域',
      year: '年',
      metric: '測っているもの',
      value: '値（低位〜高位）',
      unit: '単位',
      kind: '推計か予測か',
      publisher: '発表元',
      published: '発表日',
      source: '出典ID',
      range: (low, high) => `${low}〜${high}`,
      word: (w) => JA_WORD[w] ?? (w.includes('data centres') || w.startsWith('growth') ? jaMetric(w) : w)
    },
    describe: {
      world: (points, note) =>
        `世界のデータセンターが使う電力についての発表値を、一つずつ、線で結ばずに示しています。${points.join('。')}。${note ? note : ''}`,
      us: (points) =>
        `米国の電力に占めるデータセンターの割合についての発表値を、一つずつ、線で結ばずに示しています。幅のある値は、低位から高位のシナリオまでの棒です。${points.join('。')}。`,
      point: (year, value, kind, range, publication, metric) =>
        `${jaYear(year)}の${value}は${
          kind === 'forecast'
            ? range
              ? '予測で、破線の棒'
              : '予測で、白抜きの点'
            : range
              ? '推計で、塗りつぶしの棒'
              : '推計で、塗りつぶしの点'
        }（${publication}、${jaMetric(metric)}）`,
      growth: (year, change, publication) =>
        `注記は、${jaYear(year)}に消費が${change}伸びたというIEAの推計を示します（${publication}）。テラワット時での値は示されていません。`
    }
  }
} satisfies ChartStrings<Strings>;

/** The strings of an edition. */
export const stringsFor = (locale: Locale): Strings => strings[locale];
