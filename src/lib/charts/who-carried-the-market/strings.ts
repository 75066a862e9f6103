import { japaneseFor } from '$lib/charts/locales';
import type { ChartStrings } from '$lib/charts/types';
import type { MeasureId, ShareRow } from './data';

type Wording = { full: string; short: string };

/** The words of who-carried-the-market, per edition. Figures arrive formatted (format.ts). */
const en = {
  note: 'Shares as reported from J.P. Morgan’s own basket of ~40 AI-linked S&P 500 stocks (rounded; its summaries give 70–80% for returns and earnings, over 90% for capex). The company share (~40 of ~500) is our approximation.',
  title: "What ~40 AI-linked stocks contributed, ChatGPT's launch (Nov 2022) to Sep 2025",
  unit: {
    full: 'Each waffle is 100%: one square = 1 percentage point',
    short: 'One square = 1 percentage point'
  } as Wording,
  /** What each waffle is a share of; the short forms are for short frames. */
  labels: {
    returns: { full: 'of S&P 500 returns', short: 'of returns' },
    earnings: { full: 'of S&P 500 earnings growth', short: 'of earnings growth' },
    capex: { full: 'of S&P 500 capital-spending growth', short: 'of capex growth' },
    companies: { full: "of the index's ~500 companies: the ~40 in the basket", short: 'of all firms' }
  } as Record<MeasureId, Wording>,
  basketNote: {
    full: "J.P. Morgan's own basket: about 30 'direct AI' stocks plus AI-exposed utilities and equipment makers. A research estimate, not an index statistic.",
    short: "J.P. Morgan's basket: an estimate, not an index statistic."
  } as Wording,
  describe: {
    intro:
      'Three waffles of 100 squares each stand for the S&P 500’s returns, earnings growth and capital-spending growth from ChatGPT’s launch in November 2022 to September 2025.',
    /** "75% of the S&P 500's returns" */
    share: {
      returns: (pct: string) => `${pct} of the S&P 500’s returns`,
      earnings: (pct: string) => `${pct} of its earnings growth`,
      capex: (pct: string) => `${pct} of its growth in capital spending`
    },
    filled: (shares: string[]) =>
      `According to J.P. Morgan, about 40 AI-linked stocks account for ${shares.join(', ')}.`,
    none: 'None is filled in yet.',
    basket: (pct: string) =>
      `A fourth waffle shows that those stocks are only about ${pct} of the index’s roughly 500 companies. The basket is J.P. Morgan’s own selection, so these are research estimates, not index statistics.`
  },
  /** A row's basis, as the data file words it. */
  basis: (s: string) => s,
  columns: ['Measure', 'Share (%)', 'As reported', 'Basis'],
  measure: (r: ShareRow) => r.label,
  reported: (r: ShareRow) => r.reported_as
};

/** The rows' bases in Japanese (the data files keep them in English), by the English. */
const JA_BASIS: Record<string, string> = {
  "J.P. Morgan (M. Cembalest), Eye on the Market 'The Blob', Sept 2025: share of S&P 500 returns since ChatGPT's launch (Nov 2022) from ~40 AI-linked stocks; as reported":
    'JPモルガン（マイケル・センバレスト）のリポート「アイ・オン・ザ・マーケット」の回「ザ・ブロブ」（2025年9月）：ChatGPTの公開（2022年11月）以降のS&P500のリターンのうち、AI関連の約40銘柄がもたらした割合。報道による',
  "Same note and basket: share of S&P 500 earnings growth since ChatGPT's launch; as reported":
    '同じリポートと銘柄群：ChatGPTの公開以降のS&P500の利益の伸びに占める割合。報道による',
  "Same note and basket: share of S&P 500 capital-expenditure growth since ChatGPT's launch; as reported":
    '同じリポートと銘柄群：ChatGPTの公開以降のS&P500の設備投資の伸びに占める割合。報道による',
  "Derived here: ~40 stocks in J.P. Morgan's basket divided by the ~500 in the index; approximate":
    'ここで算出：JPモルガンの銘柄群の約40銘柄を、指数の約500銘柄で割った値。概算'
};

export const strings = {
  en,
  ja: {
    note: 'JPモルガンが独自に選んだ、S&P500のAI関連約40銘柄について報告された割合（四捨五入。同社の要約では、上昇と利益は70〜80%、設備投資は90%超）。企業数の割合（約500社のうち約40社）は本記事による概算。',
    title: 'AI関連の約40銘柄がもたらした割合（ChatGPTの公開〈2022年11月〉から2025年9月まで）',
    unit: {
      full: 'グリッド1つが100%：四角1つ＝1ポイント',
      short: '四角1つ＝1ポイント'
    },
    labels: {
      returns: { full: 'S&P500の上昇への寄与', short: '上昇への寄与' },
      earnings: { full: 'S&P500の利益の伸びへの寄与', short: '利益の伸びへの寄与' },
      capex: { full: 'S&P500の設備投資の伸びへの寄与', short: '設備投資の伸びへの寄与' },
      companies: { full: '指数の約500社に占める割合（バスケットの約40社）', short: '全企業に占める割合' }
    },
    basketNote: {
      full: 'JPモルガンが独自に選んだバスケット：AIに直結する約30銘柄に、AIの恩恵を受ける電力会社や装置メーカーを加えたもの。指数の統計ではなく、調査による推計。',
      short: 'JPモルガンのバスケット：指数の統計ではなく推計。'
    },
    describe: {
      intro:
        '100個の四角でできたグリッドが3つあり、2022年11月のChatGPTの公開から2025年9月までの、S&P500の上昇、利益の伸び、設備投資の伸びを表します。',
      share: {
        returns: (pct) => `S&P500の上昇の${pct}`,
        earnings: (pct) => `利益の伸びの${pct}`,
        capex: (pct) => `設備投資の伸びの${pct}`
      },
      filled: (shares) => `JPモルガンによると、AI関連の約40銘柄が、${shares.join('、')}をもたらしました。`,
      none: 'まだどのグリッドも埋まっていません。',
      basket: (pct) =>
        `4つ目のグリッドは、それらの銘柄が指数の約500社のうち約${pct}にすぎないことを示します。どの銘柄を入れるかはJPモルガンが選んだもので、これらの数字は指数の統計ではなく、調査による推計です。`
    },
    basis: japaneseFor('who-carried-the-market', 'basis', JA_BASIS),
    columns: ['指標', '割合（%）', '報告での表現', '根拠'],
    measure: (r) =>
      ({
        returns: 'S&P500の上昇',
        earnings: 'S&P500の利益の伸び',
        capex: 'S&P500の設備投資の伸び',
        companies: 'JPモルガンのAIバスケットの企業数'
      })[r.id],
    reported: (r) =>
      ({
        returns: '約75%（JPモルガンのポッドキャストの要約では70〜80%）',
        earnings: '約80%（要約では70〜80%）',
        capex: '約90%（要約では設備投資と研究開発の伸びの90%超）',
        companies: '約500社のうち約40社'
      })[r.id]
  }
} satisfies ChartStrings<typeof en>;
