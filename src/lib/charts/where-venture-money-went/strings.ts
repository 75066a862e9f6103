import { japaneseFor } from '$lib/charts/locales';
import type { ChartStrings } from '$lib/charts/types';

/** The words of where-venture-money-went, per edition. Figures arrive formatted (format.ts). */
const en = {
  note: 'Published figures from different providers (PitchBook, PitchBook-NVCA, OECD with Preqin data), each with its own definitions; shares rounded to whole squares. Comparing AI with climate tech, a square is a hundredth of AI’s 2024 sum and climate tech is drawn to the same scale, its last square partial.',
  title: {
    share: 'Share of venture capital that went to AI',
    climate: 'Venture capital in 2024: AI and climate tech'
  },
  subtitle: {
    climateShort: (square: string) => `2024 · each square ≈ ${square} · PitchBook`,
    climate: (square: string) => `Each square ≈ ${square} · PitchBook data, both sums`,
    empty: 'Each square = 1% of all venture capital invested'
  },
  /** "World, 2024" */
  point: (geography: string, period: string) => `${geography}, ${period}`,
  /** Beside the big number: where, when and whose. */
  pointBy: (point: string, provider: string) => `${point} · ${provider}`,
  detail: {
    both: (sector: string, total: string) => `AI: ${sector} of ${total}`,
    total: (total: string) => `of ${total} total deal value`,
    none: 'share as published'
  },
  geography: (g: string) => g,
  provider: (p: string) => p,
  legendAi: (ai: string) => `AI: ${ai} (all 100 squares)`,
  legendClimateShort: (ct: string, n: string) => `Climate tech: ${ct} (${n} squares)`,
  legendClimate: (ct: string, n: string) => `Climate tech: ${ct}, ${n} squares, about a tenth of AI's sum`,
  definitionShort: (wide: string) => `PitchBook's definition; Sightline Climate's wider count: about ${wide}`,
  definition: (wide: string) =>
    `Climate tech as PitchBook defines it (venture deals). Sightline Climate's wider count, with growth equity, was about ${wide}.`,
  ledgerHeadShort: 'Earlier figures, not a series:',
  ledgerHead: 'Published figures, different providers: points, not a series',
  ledger: (share: string, point: string) => `${share} · ${point}`,
  ledgerBy: (line: string, provider: string) => `${line} · ${provider}`,
  describe: {
    climate: (ai: string, square: string, ct: string, n: string, wide: string) =>
      `A grid of 100 squares stands for the ${ai} of venture capital that went to AI worldwide in 2024, ` +
      `about ${square} a square (PitchBook). Beside it, climate tech's ${ct} ` +
      `in the same year fills ${n} squares: about a tenth of AI's sum, using PitchBook's climate-tech definition. ` +
      `A wider definition (Sightline Climate, including growth equity) counts about ${wide}.`,
    empty: 'An empty grid of 100 squares; each square will stand for 1% of all venture capital invested.',
    share: (n: number, share: string, point: string, provider: string, detail: string) =>
      `A grid of 100 squares, each 1% of venture capital: ${n} are filled for AI's share, ${share}, in ${point}, according to ${provider} (${detail}).`,
    earlier: (share: string, point: string, provider: string) => `${share} for ${point} (${provider})`,
    earlierList: (items: string[]) =>
      `Listed for comparison: ${items.join('; ')}. The figures come from different providers and are not one series.`
  },
  /** A row's basis, as the data file words it. */
  basis: (s: string) => s,
  columns: [
    'Period',
    'Geography',
    'Provider',
    'Sector',
    'Sector VC (US$ bn)',
    'Total VC (US$ bn)',
    'AI share (%)',
    'Basis'
  ],
  sector: (s: string) => s
};

const GEOGRAPHY: Record<string, string> = { World: '世界', 'United States': '米国' };
const PROVIDER: Record<string, string> = {
  'PitchBook (preliminary)': 'ピッチブック（速報値）',
  'PitchBook-NVCA Venture Monitor': 'ピッチブックとNVCAの「ベンチャー・モニター」',
  'OECD (Preqin data)': 'OECD（プレキンのデータ）',
  PitchBook: 'ピッチブック',
  'PitchBook climate tech': 'ピッチブック（気候テック）'
};

/** The rows' bases in Japanese (the data files keep them in English), by the English. */
const JA_BASIS: Record<string, string> = {
  'AI $131.5B and non-AI about $237B as published; total and share computed from the two':
    '公表値はAIが1,315億ドル、AI以外が約2,370億ドル。合計と割合はこの2つから算出',
  'AI share of US deal value as published; total US deal value H1 2025':
    '米国の投資額に占めるAIの割合は公表値。合計は2025年上半期の米国の投資額',
  'AI share of global deal value as published': '世界の投資額に占めるAIの割合は公表値',
  'AI share of global VC as published': '世界のベンチャー投資に占めるAIの割合は公表値',
  'AI $258.7B of $427.1B as published (61%)': '公表値：4,271億ドルのうちAIが2,587億ドル（61%）',
  'Climate-tech VC deal value as published (782 deals)': '気候テックへのベンチャー投資額の公表値（782件）',
  'Climate-tech VC deal value as published (568 deals; down 7%)':
    '気候テックへのベンチャー投資額の公表値（568件、7%減）'
};

export const strings = {
  en,
  ja: {
    note: '定義の異なる複数の機関の公表値（ピッチブック、ピッチブックとNVCA、プレキンのデータを使ったOECD）。割合は四角の数に丸めている。AIと気候テックの比較では、四角1つがAIの2024年の合計の100分の1で、気候テックも同じ縮尺（最後の四角は一部だけ）。',
    title: {
      share: 'ベンチャー投資のうちAIに向かった割合',
      climate: '2024年のベンチャー投資：AIと気候テック'
    },
    subtitle: {
      climateShort: (square) => `2024年・四角1つ＝約${square}・ピッチブック`,
      climate: (square) => `四角1つ＝約${square}・どちらもピッチブックのデータ`,
      empty: '四角1つ＝ベンチャー投資全体の1%'
    },
    point: (geography, period) => `${geography}・${period}`,
    pointBy: (point, provider) => `${point}（${provider}）`,
    detail: {
      both: (sector, total) => `AI：${total}のうち${sector}`,
      total: (total) => `取引総額${total}に対する割合`,
      none: '公表された割合'
    },
    geography: (g) => GEOGRAPHY[g] ?? g,
    provider: (p) => PROVIDER[p] ?? p,
    legendAi: (ai) => `AI：${ai}（100個の四角すべて）`,
    legendClimateShort: (ct, n) => `気候テック：${ct}（四角${n}個）`,
    legendClimate: (ct, n) => `気候テック：${ct}、四角${n}個で、AIの約10分の1`,
    definitionShort: (wide) => `ピッチブックの定義。サイトライン・クライメートの広い集計では約${wide}`,
    definition: (wide) =>
      `気候テックはピッチブックの定義（ベンチャー投資の取引）。グロース・エクイティを含むサイトライン・クライメートの広い集計では、約${wide}。`,
    ledgerHeadShort: 'これまでの数字（ひとつの系列ではない）：',
    ledgerHead: '集計機関の異なる公表値：点であって、ひとつの系列ではない',
    ledger: (share, point) => `${share}・${point}`,
    ledgerBy: (line, provider) => `${line}（${provider}）`,
    describe: {
      climate: (ai, square, ct, n, wide) =>
        `100個の四角のグリッドは、2024年に世界でAIに向かったベンチャー投資${ai}を表し、四角1つが約${square}です（ピッチブック）。` +
        `その横で、同じ年に気候テックに向かった${ct}が、四角${n}個分を埋めます。ピッチブックの気候テックの定義によるもので、AIの約10分の1です。` +
        `より広い定義（サイトライン・クライメート、グロース・エクイティを含む）では、約${wide}になります。`,
      empty: '100個の四角の空のグリッドです。四角1つが、ベンチャー投資全体の1%を表します。',
      share: (n, share, point, provider, detail) =>
        `四角1つがベンチャー投資の1%を表す100個のグリッドで、${n}個が埋まっています。${provider}による、${point}のAIの割合${share}です（${detail}）。`,
      earlier: (share, point, provider) => `${point}は${share}（${provider}）`,
      earlierList: (items) =>
        `比較のために並べた数字：${items.join('、')}。集計した機関が異なり、ひとつの系列ではありません。`
    },
    basis: japaneseFor('where-venture-money-went', 'basis', JA_BASIS),
    columns: [
      '期間',
      '地域',
      '集計機関',
      '分野',
      '分野のベンチャー投資（10億ドル）',
      'ベンチャー投資の総額（10億ドル）',
      'AIの割合（%）',
      '根拠'
    ],
    sector: (s) => (s === 'Climate tech' ? '気候テック' : s)
  }
} satisfies ChartStrings<typeof en>;
