import { japaneseFor } from '$lib/charts/locales';
import { range } from '$lib/charts/format';
import type { ChartStrings } from '$lib/charts/types';
import type { PayRow } from './data';

/** The words of pay-ladder, per edition. Figures arrive formatted; a range arrives joined (format.ts range). */
const en = {
  note: 'Not like-for-like: a wage statistic (BLS), an average of stock awards (WSJ) and offers reported by Wired and disputed by Meta, divided by their years.',
  title: 'A year’s pay: physics faculty and AI labs',
  subtitleShort: 'US$ a year, log scale: each gridline ×10',
  subtitle: 'US$ per year, logarithmic scale: each gridline is ten times the one below',
  legendShort: 'Dashed: reported offers, not disclosed pay',
  legend: 'Dots: statistics and averages as reported. Dashed: offers as reported, not disclosed pay.',
  physics: {
    tiny: (median: string) => `Physics faculty: ${median} (median)`,
    name: (median: string) => `Physics faculty: ${median}`,
    short: 'US median wage, 2024',
    full: (p90: string) => `US median wage, May 2024 (90th percentile ${p90})`
  },
  openai: {
    tiny: (v: string, times: string) => `OpenAI: ${v} in stock (≈${times})`,
    name: (v: string) => `OpenAI: ${v} in stock`,
    short: (times: string) => `average, 2025 (≈${times})`,
    full: (times: string) => `average per employee, 2025: about ${times} the faculty median`
  },
  meta: {
    tiny: (perYear: string) => `Meta offers: ${perYear} a year (reported)`,
    nameShort: 'Meta offers (reported)',
    short: (perYear: string) => `${perYear} a year; disputed`,
    name: (perYear: string) => `Meta offers: ${perYear} a year`,
    reported: (total: string, years: number) =>
      `reported, ${total} over about ${years} years; disputed by Meta`,
    times: (times: string) => `about ${times} the faculty median`
  },
  describe: {
    intro:
      'A ladder of yearly pay in US dollars on a logarithmic scale, where each gridline is ten times the one below.',
    physics: (median: string, p90: string) =>
      `US postsecondary physics teachers earned a median ${median} in May 2024; the 90th percentile was ${p90}.`,
    openai: (v: string, times: string) =>
      `OpenAI's average stock-based pay per employee in 2025 was reported at ${v}, about ${times} that median.`,
    meta: (lo: string, hi: string) =>
      `Offers Meta was reported to make to staff of Thinking Machines Lab come to ${lo} to ${hi} a year, drawn as a dashed range because they are reported offers that Meta disputed, not disclosed pay.`
  },
  /** A row's basis, as the data file words it. */
  basis: (s: string) => s,
  columns: [
    'Item',
    'Kind',
    'US$ (low)',
    'US$ (high)',
    'Years',
    'US$ per year (low)',
    'US$ per year (high)',
    'Basis'
  ],
  item: (r: PayRow) => r.label,
  kind: (r: PayRow) => r.kind as string
};

/** The rows' bases in Japanese (the data files keep them in English), by the English. */
const JA_BASIS: Record<string, string> = {
  'BLS OEWS May 2024: annual median wage, US, all ranks, mostly nine-month contracts (as reported)':
    '米労働統計局（BLS）の職業別雇用・賃金統計（OEWS）2024年5月：米国の年間賃金の中央値。全職位を含み、大半は9カ月契約（報道による）',
  'BLS OEWS May 2024: annual wage at the 90th percentile (as reported)':
    '米労働統計局（BLS）の職業別雇用・賃金統計（OEWS）2024年5月：年間賃金の上位10%の境目（90パーセンタイル、報道による）',
  '2025 average across about 4,000 staff, stock only (as reported by the Wall Street Journal)':
    '2025年、約4,000人の社員の平均。株式による報酬のみ（ウォール・ストリート・ジャーナルの報道による）',
  '$200M-$500M over about four years (one above $1B), as reported by Wired; Meta disputed the details':
    '約4年間で2億〜5億ドル（10億ドルを超えた例も1件）。ワイアード誌の報道による。メタは詳細に異を唱えた'
};

export const strings = {
  en,
  ja: {
    note: '同じ基準の比較ではない。賃金統計（米労働統計局）、株式報酬の平均（WSJ）、ワイアードが報じメタが否定した提示額を、それぞれ年数で割ったもの。',
    title: '1年間の報酬：大学の物理学教員とAI研究所',
    subtitleShort: 'ドル／年、対数目盛り：線1本ごとに10倍',
    subtitle: '1年あたりのドル。対数目盛りで、目盛り線が1本上がるごとに10倍',
    legendShort: '破線：報道された提示額',
    legend: '点：報告された統計や平均。破線：報道された提示額で、開示された報酬ではない。',
    physics: {
      tiny: (median) => `物理学の教員：${median}（中央値）`,
      name: (median) => `物理学の教員：${median}`,
      short: '米国の中央値、2024年',
      full: (p90) => `米国の賃金の中央値、2024年5月（上位10%の境目は${p90}）`
    },
    openai: {
      tiny: (v, times) => `オープンAI：株式で${v}（約${times}）`,
      name: (v) => `オープンAI：株式で${v}`,
      short: (times) => `平均、2025年（約${times}）`,
      full: (times) => `社員1人あたりの平均、2025年：教員の中央値の約${times}`
    },
    meta: {
      tiny: (perYear) => `メタの提示額：年${perYear}（報道）`,
      nameShort: 'メタの提示額（報道）',
      short: (perYear) => `年${perYear}、メタは否定`,
      name: (perYear) => `メタの提示額：年${perYear}`,
      reported: (total, years) => `報道では約${years}年で${total}、メタは否定`,
      times: (times) => `教員の中央値の約${times}`
    },
    describe: {
      intro: '1年間の報酬をドルで示すはしごです。対数目盛りで、目盛り線が1本上がるごとに10倍になります。',
      physics: (median, p90) =>
        `米国の大学で物理学を教える教員の賃金の中央値は、2024年5月時点で${median}でした。上位10%の境目は${p90}です。`,
      openai: (v, times) =>
        `2025年のオープンAIの社員1人あたりの株式報酬の平均は${v}と報じられ、その中央値の約${times}です。`,
      meta: (lo, hi) =>
        `メタがシンキング・マシンズ・ラボの社員に示したと報じられた報酬は、年${range(lo, hi, 'ja')}です。メタが否定した報道上の提示額で、開示された報酬ではないため、破線の範囲で描いています。`
    },
    basis: japaneseFor('pay-ladder', 'basis', JA_BASIS),
    columns: [
      '項目',
      '種類',
      'ドル（下限）',
      'ドル（上限）',
      '年数',
      '1年あたりのドル（下限）',
      '1年あたりのドル（上限）',
      '根拠'
    ],
    item: (r) =>
      ({
        'physics-median': '物理学の教員（米国の大学）：賃金の中央値',
        'physics-p90': '物理学の教員（米国の大学）：上位10%の境目',
        'openai-stock-average': 'オープンAI：社員1人あたりの株式報酬の平均',
        'meta-offers': 'メタ：シンキング・マシンズ・ラボの社員への提示額（報道）'
      })[r.id],
    kind: (r) =>
      ({ 'wage statistic': '賃金統計', average: '平均', 'reported offer': '報道された提示額' })[r.kind]
  }
} satisfies ChartStrings<typeof en>;
