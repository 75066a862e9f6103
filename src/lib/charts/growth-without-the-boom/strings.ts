import type { ChartStrings } from '$lib/charts/types';

/**
 * The words of growth-without-the-boom, per edition. Figures arrive formatted (format.ts, same
 * locale): g = GDP growth, gx = growth without IT investment, it = IT's share of the growth.
 */
const en = {
  note: 'Split by level differences in chained 2017 dollars (the method behind the widely quoted 92%); an accounting attribution, not cause and effect. Imports are not netted out. BEA data as of 1 June 2026; subject to revision.',
  title: 'US real GDP growth by quarter, % at an annual rate',
  subtitleShort: 'Real GDP growth, % at an annual rate',
  h1: {
    full: (g: string) => `First half of 2025: GDP ${g} a year`,
    compact: (g: string, gx: string) => `H1 2025: GDP ${g} a year, without IT ${gx}`,
    inline: (it: string, g: string) => `H1 2025: IT investment ${it} of ${g}`,
    foot: (other: string, gx: string) =>
      `Everything else: ${other} of the growth. GDP without IT investment grew ${gx} a year.`
  },
  year: {
    full: (g: string) => `All of 2025 (Q4 on Q4): GDP ${g}`,
    inline: (it: string, g: string) => `2025: IT investment ${it} of ${g}`,
    foot: (other: string) => `Everything else: ${other} of the growth.`
  },
  caveatShort: 'Accounting, not cause; imports not netted out.',
  caveat: (equipment: string, growth: string) =>
    `Accounting, not cause: the split uses chained 2017 dollars. BEA's own contributions credit all equipment and IP products with ≈${equipment} of the ${growth} points in H1 2025. Much of the hardware is imported.`,
  itBar: (it: string) => `IT investment: ${it}`,
  /** The bracket over the first half of 2025. */
  h1Bracket: 'H1 2025',
  /** A year under the axis where years are crowded: ’22. */
  shortYear: (year: string) => `’${year.slice(2)}`,
  legend: {
    growth: 'Real GDP growth',
    it: {
      short: 'IT investment',
      narrow: 'IT equipment & software',
      full: 'Information-processing equipment & software'
    },
    other: { short: 'Other', full: 'Everything else' },
    net: { short: 'Net growth', full: 'Net growth (total)' }
  },
  describe: {
    intro: (from: string, to: string, low: string, lowAt: string, high: string, highAt: string) =>
      `Bars show US real GDP growth at an annual rate for each quarter from ${from} to ${to}, ranging from ${low} in ${lowAt} to ${high} in ${highAt}.`,
    split:
      'Each bar is split into the part matched by the rise in real investment in information-processing equipment and software, and everything else.',
    h1: (g: string, it: string, gx: string) =>
      `In the first half of 2025 real GDP grew ${g} a year; the rise in IT investment equals ${it} of that growth, and GDP without it grew ${gx} a year.`,
    caveats: (it: string, g: string, equipment: string, growth: string) =>
      `Over all of 2025, fourth quarter on fourth quarter, the share was ${it} of ${g} growth. This is accounting arithmetic in chained dollars, not cause and effect: BEA's own contribution method credits all equipment and intellectual-property investment together with about ${equipment} of the ${growth} points in the first half of 2025, and much of the equipment is imported.`
  },
  columns: [
    'Quarter',
    'Real GDP growth, % annual rate (from levels)',
    'BEA published growth, %',
    'IT investment part, points',
    'Everything else, points',
    'BEA contribution of all equipment + IP products, points',
    'BEA contribution of imports, points'
  ]
};

export const strings = {
  en,
  ja: {
    note: '2017年連鎖ドルでの水準の差による分解（広く引用される92%と同じ方法）。会計上の割り振りで、因果関係ではない。輸入は差し引いていない。米商務省経済分析局（BEA）の2026年6月1日時点のデータで、今後改定されうる。',
    title: '米国の実質GDP成長率（四半期ごと、年率、%）',
    subtitleShort: '実質GDP成長率（年率、%）',
    h1: {
      full: (g) => `2025年上半期：GDPは年率${g}`,
      compact: (g, gx) => `2025年上半期：GDPは年率${g}、IT投資を除くと${gx}`,
      inline: (it, g) => `2025年上半期：${g}のうちIT投資${it}`,
      foot: (other, gx) => `その他すべて：成長の${other}。IT投資を除いたGDPの成長は年率${gx}。`
    },
    year: {
      full: (g) => `2025年全体（前年10〜12月期から）：GDPは${g}`,
      inline: (it, g) => `2025年：${g}のうちIT投資${it}`,
      foot: (other) => `その他すべて：成長の${other}。`
    },
    caveatShort: '会計上の割り振りで、因果関係ではない。輸入は差し引いていない。',
    caveat: (equipment, growth) =>
      `会計上の割り振りで、因果関係ではない（2017年連鎖ドルによる分解）。BEA自身の寄与度では、2025年上半期の${growth}ポイントのうち約${equipment}ポイントが機器と知的財産への投資全体によるもの。機器の多くは輸入品。`,
    itBar: (it) => `IT投資：${it}`,
    h1Bracket: '2025年上半期',
    shortYear: (year) => `${year.slice(2)}年`,
    legend: {
      growth: '実質GDP成長率',
      it: { short: 'IT投資', narrow: 'IT機器・ソフトウェア', full: '情報処理機器・ソフトウェアへの投資' },
      other: { short: 'その他', full: 'その他すべて' },
      net: { short: '合計', full: '成長率（合計）' }
    },
    describe: {
      intro: (from, to, low, lowAt, high, highAt) =>
        `棒は、${from}から${to}までの、四半期ごとの米国の実質GDP成長率（年率）です。最も低いのは${lowAt}の${low}、最も高いのは${highAt}の${high}です。`,
      split: '各棒は、情報処理機器とソフトウェアへの実質投資の増加に見合う部分と、それ以外に分かれています。',
      h1: (g, it, gx) =>
        `2025年上半期、実質GDPは年率${g}成長しました。IT投資の増加はその成長の${it}にあたり、それを除いたGDPの成長は年率${gx}でした。`,
      caveats: (it, g, equipment, growth) =>
        `2025年全体（前年10〜12月期から）では、その割合は${g}の成長のうち${it}でした。これは連鎖ドルによる会計上の計算で、原因を示すものではありません。BEA自身の寄与度の計算では、2025年上半期の${growth}ポイントのうち約${equipment}ポイントが機器と知的財産への投資全体によるもので、機器の多くは輸入品です。`
    },
    columns: [
      '四半期',
      '実質GDP成長率（年率%、水準から算出）',
      'BEA公表の成長率（%）',
      'IT投資の部分（ポイント）',
      'その他すべて（ポイント）',
      'BEAの寄与度：機器と知的財産の合計（ポイント）',
      'BEAの寄与度：輸入（ポイント）'
    ]
  }
} satisfies ChartStrings<typeof en>;
