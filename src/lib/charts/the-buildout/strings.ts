import type { ChartStrings } from '$lib/charts/types';
import type { Locale } from '$lib/locale';
import type { Company, GuidanceName } from './data';

/**
 * Every user-visible string of the chart, per edition: labels, legend, inset, note, table and the
 * text alternative. Sentences are functions of their (already formatted) numbers. The layout and
 * describe() read them through `state.locale`.
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
  /** A year on a crowded axis: "’25". */
  yearShort: (yy: string) => `’${yy}`,
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
    none: 'n/a',
    /** A plan's figure as the inset prints it, in billions: "~220", "195–205". */
    planValue: (text: string) => text
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

/** A plan as the data file writes it ("~$220B", "$195–205B") in 億ドル: "約2,200億ドル", "1,950億〜2,050億ドル". */
const jaPlan = (text: string) => {
  const m = /^(~?)\$(\d+)(?:–(\d+))?B$/.exec(text);
  if (!m) return text;
  const oku = (bn: string) => `${(Number(bn) * 10).toLocaleString('en-US')}億`;
  return `${m[1] ? '約' : ''}${oku(m[2]!)}${m[3] ? `〜${oku(m[3])}` : ''}ドル`;
};
/** What each plan counts, from the data file's words. */
const JA_BASIS: Record<string, string> = {
  'cash capital expenditure net of proceeds and incentives, while the 2025 bar is gross purchases':
    '売却収入や優遇措置を差し引いた現金の設備投資で、2025年の棒は差し引く前の総額',
  'cash purchases of property and equipment, as in the 2025 bar':
    '有形固定資産の取得のための現金支出で、2025年の棒と同じ',
  'including principal payments on finance leases, which the 2025 bar excludes':
    'ファイナンス・リースの元本の支払いを含み、2025年の棒は含まない',
  'calendar 2026 including finance leases, a basis on which the filings give no 2025 figure':
    '2026暦年でファイナンス・リースを含む。この基準での2025年の数字は提出書類にない'
};

export const strings = {
  en,
  ja: {
    title: 'アマゾン、マイクロソフト、アルファベット、メタの設備投資（四半期ごと）',
    unit: {
      full: '四半期ごとの設備投資、ドル（有形固定資産の取得のための現金支出）',
      short: '四半期ごと、ドル（現金での設備投資）'
    },
    company: { AMZN: 'アマゾン', MSFT: 'マイクロソフト', GOOGL: 'アルファベット', META: 'メタ' } as Record<
      Company,
      string
    >,
    guidanceCompany: {
      Amazon: 'アマゾン',
      Alphabet: 'アルファベット',
      Meta: 'メタ',
      Microsoft: 'マイクロソフト'
    } as Record<GuidanceName, string>,
    yearShort: (yy) => `${yy}年`,
    quarter: (year, q) => `${year}年${3 * q - 2}〜${3 * q}月期`,
    segment: (company, value) => `${company} ${value}`,
    total: (quarter, value) => `${quarter}：${value}`,
    yearTotal: (year, value, change) => `${year}年：${value}${change ? `（${change}）` : ''}`,
    amazonGap: (narrow) => `2017年7〜9月期より前は、アマゾンの${narrow ? '' : '四半期ごとの'}数字がない`,
    inset: {
      title: (date) => `2025年の実績と${date}時点の2026年の計画（単位：10億ドル/年）`,
      titleShort: (date) => `2025年と2026年の計画（${date}、10億ドル）`,
      date: '2026年7月',
      actual: '2025年',
      plan: '2026年の計画',
      noActual: (company) => `計画の数え方は各社で異なる。${company}はリースを含むため、2025年の棒はない。`,
      row: (company, actual, plan) =>
        actual === null ? `${company}：${plan}（リース込み）` : `${company}：${actual}→${plan}`,
      none: 'なし',
      planValue: (text) => text.replace('~', '約').replace('–', '〜')
    },
    note: '米証券取引委員会（SEC）への提出書類による、有形固定資産の取得のための現金支出（暦年の四半期ごと）。ファイナンス・リースは含まず、特にマイクロソフトは小さく表れる。年の合計は四半期の合計。2026年の計画は各社が2026年7月に示した支出の見通しで、数え方は各社で異なり、支出そのものではない。',
    table: {
      quarterEnd: '四半期の末日',
      company: (name) => `${name}（10億ドル）`,
      total: '4社の合計（10億ドル）',
      guidance: '2026年の計画',
      planRow: (company) => `2026年（${company}）`,
      planText: (text, date, basis, actual, first) =>
        `${jaPlan(text)}（${date}に発表）：${JA_BASIS[basis] ?? basis}${actual ? `。2025年の実績は${actual}` : ''}${first ? `。2026年の最初の計画は${jaPlan(first.text)}（${first.date}）` : ''}`
    },
    describe: {
      bars: (quarter) =>
        `アマゾン、マイクロソフト、アルファベット、メタの四半期ごとの設備投資を、2015年から${quarter}まで、ドルで積み上げた棒グラフです（米証券取引委員会への提出書類による有形固定資産の取得のための現金支出。アマゾンの四半期の数字は2017年7〜9月期から）。`,
      flat: (v2018, v2022) =>
        `2022年までは支出はゆっくり増え、4社の合計は2018年に${v2018}、2022年に${v2022}でした。`,
      takeOff: (v2023, v2024, change) =>
        `2023年に足踏みしたあと（${v2023}）、支出は急に伸び、2024年には${change}増えて${v2024}になりました。`,
      record: (v2025, change, v2024, quarter, latest) =>
        `2025年に4社が使ったのは${v2025}で、2024年の${v2024}から${change}増えました。最後に示した${quarter}は${latest}でした。`,
      inset: (date, items, sum) =>
        `小さなグラフは、2025年の実績と、${date}時点の各社の2026年の計画を並べています。数え方は各社で異なります。${items.join('')}計画を合わせると約${sum}です。`,
      sum: (low, high) =>
        `${(Number(low.replace(/,/g, '')) * 10).toLocaleString('en-US')}億〜${(Number(high.replace(/,/g, '')) * 10).toLocaleString('en-US')}億ドル`,
      insetItem: (company, actual, plan, basis) =>
        `${company}は、${actual === null ? '2025年の棒はなく' : `2025年が${actual}で`}、計画は${jaPlan(plan)}（${JA_BASIS[basis] ?? basis}）です。`
    }
  }
} satisfies ChartStrings<Strings>;

/** The strings of an edition. */
export const stringsFor = (locale: Locale): Strings => strings[locale];
