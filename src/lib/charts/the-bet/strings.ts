import { japaneseFor } from '$lib/charts/locales';
import type { ChartStrings } from '$lib/charts/types';
import type { BetRow } from './data';

/** The words of the-bet, per edition. Figures arrive formatted (format.ts, same locale). */
const en = {
  note: '13F values are those of the shares underlying the options, not premiums paid. "Everything else" is derived from the rounded total.',
  /** The headline on compact frames, and in full. */
  titleShort: (reported: string) => `About ${reported} reported`,
  title: (date: string, reported: string) => `Scion's 13F filing, ${date}: about ${reported} reported`,
  pltr: (value: string, share: string) => `Palantir puts: ${value} (${share})`,
  nvda: (value: string, share: string) => `NVIDIA puts: ${value} (${share})`,
  cost: (value: string) => `Premium Burry said he paid: ≈${value}`,
  unit: (value: string) => `Each square = ${value} of reported value`,
  costLabel: (value: string) => `← ≈${value} premium, same scale`,
  describe: {
    grid: (total: string, date: string) =>
      `Squares of $10 million each make up the roughly ${total} that Scion Asset Management reported in its 13F filing for ${date}.`,
    pltr: (value: string, share: string) => `Put options on Palantir account for ${value} of it, ${share}.`,
    nvda: (value: string, share: string) =>
      `Put options on NVIDIA add ${value}, ${share}; together about 80 percent.`,
    cost: (value: string) =>
      `These are the values of the shares underlying the options, not money paid: Burry said the Palantir puts cost about ${value}, less than one square.`
  },
  /** A row's basis, as the data file words it. */
  basis: (s: string) => s,
  columns: ['Holding', 'Measure', 'Value (US$ million)', 'Basis'],
  /** The data table's first two columns, as the CSV has them. */
  holding: (r: BetRow) => r.label,
  measure: (r: BetRow) => r.measure as string
};

/** The rows' bases in Japanese (the data files keep them in English), by the English. */
const JA_BASIS: Record<string, string> = {
  '13F-HR value of the 5.0M underlying shares, 30 Sep 2025':
    '13F報告書に記載された、原資産500万株の価値（2025年9月30日）',
  '13F-HR value of the 1.0M underlying shares, 30 Sep 2025':
    '13F報告書に記載された、原資産100万株の価値（2025年9月30日）',
  "Derived: the filing's total of about $1,380M minus the two put positions; approximate":
    '算出：報告書の合計約13億8,000万ドルから2つのプットを引いた額。概算',
  "Burry's own statement after the filing (about 50,000 contracts expiring 2027)":
    '報告書の提出後のバーリ氏自身の発言（2027年に期限を迎える約5万枚の契約）'
};

export const strings = {
  en,
  ja: {
    note: '13F報告書の金額は、オプションの対象になっている株の価値（想定元本）で、払ったオプション料ではない。「その他すべて」は、四捨五入された合計から算出。',
    titleShort: (reported) => `報告額は約${reported}`,
    title: (date, reported) => `サイオンの13F報告書：${date}時点で約${reported}`,
    pltr: (value, share) => `パランティア株のプット：${value}（${share}）`,
    nvda: (value, share) => `エヌビディア株のプット：${value}（${share}）`,
    cost: (value) => `バーリ氏が明かした費用：約${value}`,
    unit: (value) => `四角1つ＝報告額${value}`,
    costLabel: (value) => `← 約${value}の費用（同じ縮尺）`,
    describe: {
      grid: (total, date) =>
        `四角1つが1,000万ドルを表すグリッドです。全部を合わせると、サイオン・アセット・マネジメントが${date}時点の13F報告書で報告した約${total}になります。`,
      pltr: (value, share) => `そのうち、パランティア株のプットオプションが${value}で、${share}を占めます。`,
      nvda: (value, share) =>
        `エヌビディア株のプットオプションが${value}（${share}）加わり、2つを合わせると約80%になります。`,
      cost: (value) =>
        `これらの金額は、オプションの対象になっている株の価値で、実際に払ったお金ではありません。バーリ氏によれば、パランティアのプットにかかった費用は約${value}で、四角1つにも満たない額です。`
    },
    basis: japaneseFor('the-bet', 'basis', JA_BASIS),
    columns: ['保有資産', '区分', '金額（100万ドル）', '根拠'],
    holding: (r) =>
      ({
        'pltr-puts': 'パランティア株（PLTR）のプット',
        'nvda-puts': 'エヌビディア株（NVDA）のプット',
        other: '報告書のその他すべて',
        'pltr-cost': 'バーリ氏が明かしたパランティアのプットの費用'
      })[r.id],
    measure: (r) => ({ notional: '想定元本', cost: '費用' })[r.measure]
  }
} satisfies ChartStrings<typeof en>;
