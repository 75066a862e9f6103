import { japaneseFor } from '$lib/charts/locales';
import type { ChartStrings } from '$lib/charts/types';
import type { Point } from './data';

/** The words of index-of-a-few, per edition. Figures arrive formatted (format.ts). */
const en = {
  note: 'Selected published points, various providers; each point’s source is in the data table.',
  title: {
    mag7: 'The largest stocks’ share of the S&P 500',
    long: 'Share of the US stock market held by its 10 largest stocks',
    modern: 'Share of the S&P 500 held by its 10 largest stocks'
  },
  subtitle: 'Published points from different providers, not one series: the dots are not joined.',
  legend: {
    top10: '10 largest stocks',
    mag7: 'Magnificent 7',
    mcap: 'Mag 7, total market cap (derived)'
  },
  band: (range: string) => `1880–2010: always between ${range}`,
  bandRange: (lo: string, hi: string) => `${lo} and ${hi}`,
  dotcom: (pct: string) => `dot-com peak, ${pct}`,
  dotcomShort: (pct: string) => `dot-com peak, ${pct}`,
  /** A point's provider (shorter on narrow frames), date and value as published, as the data has them. */
  provider: (p: Point, short = false) => (short ? p.provider : p.provider),
  asOf: (p: Point) => p.as_of,
  display: (p: Point) => p.display,
  /** "Goldman Sachs, Mar 2000: 27%" */
  label: (provider: string, asOf: string, display: string) => `${provider}, ${asOf}: ${display}`,
  /** The second line of a label in two lines: "Mar 2000: 27%" */
  when: (asOf: string, display: string) => `${asOf}: ${display}`,
  measure: {
    top10: 'Weight of the 10 largest stocks',
    mag7: 'Weight of the Magnificent 7',
    'mag7-mcap': 'Magnificent 7, share of total market cap (derived)'
  } as Record<Point['measure'], string>,
  describe: {
    intro: (n: number, long: boolean) =>
      `${n} published data points on how much of ${long ? 'the US stock market (the S&P 500 from 1957)' : 'the S&P 500'} its largest stocks make up, ${long ? 'from 1880' : 'from 1980'} to 2025, drawn as separate dots because they come from different providers.`,
    band: (lo: string, hi: string, latest: string) =>
      `Decade points from Finaeon, S&P and Citi stay between ${lo} and ${hi} from 1880 to 2010; the 2024 reading is ${latest}.`,
    dotcom: (pct: string) => `A dashed line marks the dot-com peak of about ${pct} (Goldman Sachs).`,
    named: (labels: string[]) => `Labelled: ${labels.join('; ')}.`,
    mag7: 'Squares show the seven largest technology companies (the Magnificent 7) alone: from about 12 percent in 2015 to about 34 percent in 2025, with a fall to 21.6 percent at the end of 2022. Hollow squares are derived from total market capitalisation and run 1–2 points above index weights.'
  },
  /** A row's basis, as the data file words it. */
  basis: (s: string) => s,
  columns: ['Date', 'Measure', 'Value (%)', 'As published', 'Provider', 'Basis', 'Source id']
};

const PROVIDERS: Record<string, string> = {
  'Finaeon/S&P/Citi': 'フィナエオン/S&P/シティ',
  Janney: 'ジャニー',
  'Goldman Sachs': 'ゴールドマン・サックス',
  'S&P DJI': 'S&P DJI',
  'J.P. Morgan': 'JPモルガン',
  'ClearBridge (FactSet)': 'クリアブリッジ（ファクトセット）',
  'LSEG Datastream': 'LSEGデータストリーム',
  'Bloomberg (Tema ETFs)': 'ブルームバーグ（テマETF）',
  'Visual Capitalist/Tema (derived)': 'ビジュアル・キャピタリスト/テマ（算出）',
  DataTrek: 'データトレック',
  'Motley Fool Research': 'モトリーフール'
};
/** On phones, the names Japanese papers shorten them to. */
const SHORT_PROVIDERS: Record<string, string> = {
  'Finaeon/S&P/Citi': 'フィナエオンほか',
  'Goldman Sachs': 'ゴールドマン',
  'ClearBridge (FactSet)': 'クリアブリッジ',
  'Bloomberg (Tema ETFs)': 'ブルームバーグ',
  'Visual Capitalist/Tema (derived)': 'テマ（算出）'
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The data's dates in Japanese: "Mar 2000" → 2000年3月, "30 Jun 2023" → 2023年6月30日, "end 2015" → 2015年末. */
function asOfJa(s: string): string {
  const m = (name: string) => MONTHS.indexOf(name) + 1;
  let r: RegExpExecArray | null;
  if ((r = /^(\d{4})$/.exec(s))) return `${r[1]}年`;
  if ((r = /^(\d{4}) \((high|low)\)$/.exec(s))) return `${r[1]}年${r[2] === 'high' ? '最高' : '最低'}`;
  if ((r = /^([A-Z][a-z]{2}) (\d{4})$/.exec(s))) return `${r[2]}年${m(r[1]!)}月`;
  if ((r = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(s))) return `${r[3]}年${m(r[2]!)}月${Number(r[1])}日`;
  if ((r = /^mid-(\d{4})$/.exec(s))) return `${r[1]}年半ば`;
  if ((r = /^end (\d{4})$/.exec(s))) return `${r[1]}年末`;
  throw new Error(`index-of-a-few: no Japanese for the date "${s}" (strings.ts)`);
}

/** "about 30%" → 約30%, "almost 40%" → 40%近く, "over 40%" → 40%超. */
function displayJa(s: string): string {
  let r: RegExpExecArray | null;
  if ((r = /^about (.+)$/.exec(s))) return `約${r[1]}`;
  if ((r = /^almost (.+)$/.exec(s))) return `${r[1]}近く`;
  if ((r = /^over (.+)$/.exec(s))) return `${r[1]}超`;
  return s;
}

/** The rows' bases in Japanese (the data files keep them in English), by the English. */
const JA_BASIS: Record<string, string> = {
  'Decade point; before 1957 a reconstructed broad US market':
    '10年ごとの点。1957年より前は、米国の株式市場全体を後から再構成したもの',
  'Decade point': '10年ごとの点',
  'Year-end 2000': '2000年末',
  '2024 reading': '2024年の値',
  'Highest reading of 1980': '1980年の最高値',
  'Highest reading of 1999': '1999年の最高値',
  '"27% at the 2000 tech-bubble peak"': '「2000年のテック・バブルの頂点で27%」',
  'Highest reading of 2001': '2001年の最高値',
  'Lowest reading in 40 years': '40年間で最も低い値',
  'Daily reading': '日々の値',
  'Quoted by USA Today': 'USAトゥデイ紙が引用',
  'Equity strategy note as reported': '株式戦略リポート（報道による）',
  'Goldman Sachs Insights': 'ゴールドマン・サックスの「インサイツ」',
  'Year-end 2024': '2024年末',
  '"Almost 40% of the index by mid-2025, not seen since the mid-1960s"':
    '「2025年半ばには指数の40%近く。1960年代半ば以来の水準」',
  'Via Interactive Brokers commentary': 'インタラクティブ・ブローカーズの解説から',
  'Year-end 2025': '2025年末',
  'Total market cap, not index weight; share computed from chart labels':
    '指数の構成比ではなく時価総額の合計。割合はグラフに書かれた数字から算出',
  'Total market cap (derived)': '時価総額の合計（算出）',
  'Total market cap (derived); Tesla counted before it joined the index in Dec 2020':
    '時価総額の合計（算出）。テスラは2020年12月に指数に入る前の年も数えている',
  'Start of year': '年初',
  'Index weight': '指数の構成比'
};

export const strings = {
  en,
  ja: {
    note: '複数の機関が公表した点から選んだもの。各点の出典はデータ表に。',
    title: {
      mag7: 'S&P500に占める最大級の銘柄の割合',
      long: '米国の株式市場で上位10銘柄が占める割合',
      modern: 'S&P500で上位10銘柄が占める割合'
    },
    subtitle: '複数の機関が公表した点で、ひとつの系列ではないため、線で結んでいない。',
    legend: {
      top10: '上位10銘柄',
      mag7: 'マグニフィセント・セブン',
      mcap: 'マグニフィセント・セブンの時価総額（算出）'
    },
    band: (range) => `1880〜2010年：常に${range}の間`,
    bandRange: (lo, hi) => `${lo.replace(/%$/, '')}〜${hi}`,
    dotcom: (pct) => `ドットコム・バブルの頂点、${pct}`,
    dotcomShort: (pct) => `バブルの頂点、${pct}`,
    provider: (p, short = false) =>
      (short ? SHORT_PROVIDERS[p.provider] : undefined) ?? PROVIDERS[p.provider] ?? p.provider,
    asOf: (p) => asOfJa(p.as_of),
    display: (p) => displayJa(p.display),
    label: (provider, asOf, display) => `${provider}（${asOf}）：${display}`,
    when: (asOf, display) => `${asOf}：${display}`,
    measure: {
      top10: '上位10銘柄の構成比',
      mag7: 'マグニフィセント・セブンの構成比',
      'mag7-mcap': 'マグニフィセント・セブンが時価総額の合計に占める割合（算出）'
    },
    describe: {
      intro: (n, long) =>
        `${long ? '米国の株式市場（1957年からはS&P500）' : 'S&P500'}のうち最大級の銘柄が占める割合について、${long ? '1880年' : '1980年'}から2025年までの公表データ${n}点を示します。集計した機関が異なるため、点は線で結んでいません。`,
      band: (lo, hi, latest) =>
        `フィナエオン、S&P、シティによる10年ごとの点は、1880年から2010年まで${lo}から${hi}の間にとどまります。2024年の値は${latest}です。`,
      dotcom: (pct) => `破線は、ドットコム・バブルの頂点の約${pct}を示します（ゴールドマン・サックス）。`,
      named: (labels) => `名前を付けた点：${labels.join('、')}。`,
      mag7: '四角は、巨大テック企業7社（マグニフィセント・セブン）だけの割合です。2015年の約12%から2025年の約34%へ上がり、2022年末には21.6%まで落ち込みました。中が白い四角は時価総額の合計から算出したもので、指数の構成比より1〜2ポイント高くなります。'
    },
    basis: japaneseFor('index-of-a-few', 'basis', JA_BASIS),
    columns: ['時点', '指標', '値（%）', '公表された表現', '集計機関', '根拠', '出典ID']
  }
} satisfies ChartStrings<typeof en>;
