import { japaneseFor } from '$lib/charts/locales';
import type { ChartStrings } from '$lib/charts/types';
import type { Locale } from '$lib/locale';
import type { Kind } from './data';

/**
 * Every user-visible string of the chart, per edition: title, legend, labels, note, table and the
 * text alternative. Labels and sentences are functions of their (already formatted) numbers. The
 * layout and describe() read them through `state.locale`.
 */
const en = {
  title: 'What OpenAI was valued at, deal by deal',
  subtitle: 'US$ billion, linear scale. Each mark is one deal; nothing is known between them.',
  subtitleShort: 'US$ billion; one mark per deal',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** "Oct 2024". */
  month: (name: string, year: string) => `${name} ${year}`,
  legend: {
    round: 'funding round (new money)',
    sale: 'sale of existing shares',
    investment: 'investment, no price',
    roundShort: 'round',
    saleShort: 'share sale',
    investmentShort: 'no price'
  },
  /** A deal's label: its month, then its value. */
  label: (month: string, value: string) => `${month}\n${value}`,
  /** The 2019 mark has no value to give. */
  noValuation: (month: string, money: string) => `${month}\n${money} in, no price`,
  /** The newest price as a multiple of the first: "≈29× the Apr 2023 price". */
  multiple: (multiple: string, month: string) => `≈${multiple} the ${month} price`,
  kind: {
    investment: 'investment without a published valuation',
    round: 'funding round',
    tender: 'tender offer',
    'secondary-sale': 'sale of staff shares'
  } as Record<Kind, string>,
  note: 'Rounds: post-money valuation, new money for OpenAI. Tenders and staff sales: the price at which existing shares changed hands. Months where the day was not reported. Each deal’s source in the data table.',
  table: {
    date: 'Date',
    kind: 'Kind of deal',
    valuation: 'Valuation (US$ billion)',
    money: 'New money (US$ billion)',
    detail: 'Detail',
    source: 'Source id'
  },
  /** A deal's detail, as the data file words it. */
  dealDetail: (s: string) => s,
  describe: {
    chart: (first: string, last: string) =>
      `Marks on a linear scale of US dollars, one per deal that put a price on OpenAI, from ${first} to ${last}. Filled circles are funding rounds, which brought new money; hollow circles are sales of existing shares, which did not. No line joins them, because nothing is known between deals.`,
    deal: (month: string, kind: string, value: string, money: string | null) =>
      `${month}: ${kind}, ${value}${money ? `, with ${money} of new money` : ''}`,
    investment: (month: string, money: string) =>
      `${month}: Microsoft's ${money} investment, drawn on the baseline because no valuation was published`,
    deals: (items: readonly string[]) => `Shown: ${items.join('; ')}.`,
    multiple: (last: string, multiple: string, first: string) =>
      `The ${last} value is about ${multiple} the ${first} tender price.`
  }
};

export type Strings = typeof en;

/** Each deal's detail in Japanese (the data file keeps it in English), by the English. */
const JA_DETAIL: Record<string, string> = {
  'Microsoft invests $1 billion; no valuation was published':
    'マイクロソフトが10億ドルを出資。評価額は公表されなかった',
  'Tender offer: Thrive, Sequoia, Andreessen Horowitz and K2 Global buy existing shares at about $29 billion (reported); no new money for OpenAI':
    'テンダーオファー：スライブ、セコイア、アンドリーセン・ホロウィッツ、K2グローバルが、約290億ドルの評価で既存の株式を買う（報道）。オープンAIに新しいお金は入らない',
  'Tender offer led by Thrive at about $86 billion, completed in early January 2024 (reported); no new money for OpenAI':
    'スライブ主導のテンダーオファー。評価額は約860億ドルで、2024年1月初めに完了（報道）。オープンAIに新しいお金は入らない',
  'Funding round: $6.6 billion of new money at $157 billion post-money':
    '資金調達：調達後の評価額1,570億ドルで、新たに66億ドル',
  'Funding round led by SoftBank: $40 billion at $300 billion post-money':
    'ソフトバンク主導の資金調達：調達後の評価額3,000億ドルで400億ドル',
  'Current and former staff sell about $6.6 billion of shares at $500 billion (reported); no new money for OpenAI':
    '現旧の社員が約66億ドル分の株式を5,000億ドルの評価で売る（報道）。オープンAIに新しいお金は入らない',
  'Funding round: $122 billion committed at $852 billion post-money (announced at a $730 billion pre-money value in February)':
    '資金調達：調達後の評価額8,520億ドルで1,220億ドルの出資が決まる（2月に、調達前の評価額7,300億ドルとして発表）'
};

export const strings = {
  en,
  ja: {
    title: 'オープンAIの評価額（取引ごと）',
    subtitle: 'ドル、目盛りは等間隔。印は取引ひとつずつで、その間のことはわからない。',
    subtitleShort: 'ドル。印は取引ひとつずつ',
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    month: (name, year) => `${year}年${name}`,
    legend: {
      round: '資金調達（新しいお金）',
      sale: '既存の株式の売買',
      investment: '出資（値段なし）',
      roundShort: '資金調達',
      saleShort: '株式の売買',
      investmentShort: '値段なし'
    },
    label: (month, value) => `${month}\n${value}`,
    noValuation: (month, money) => `${month}\n${money}の出資、値段なし`,
    multiple: (multiple, month) => `${month}の値段の約${multiple}`,
    kind: {
      investment: '評価額が公表されていない出資',
      round: '資金調達',
      tender: 'テンダーオファー',
      'secondary-sale': '社員株の売却'
    } as Record<Kind, string>,
    note: '資金調達は調達後の評価額で、オープンAIに新しいお金が入る。テンダーオファーと社員株の売却は、既存の株式が売買された価格。日付が報じられていない取引は月で示した。各取引の出典はデータ表に。',
    table: {
      date: '日付',
      kind: '取引の種類',
      valuation: '評価額（10億ドル）',
      money: '新しいお金（10億ドル）',
      detail: '内容',
      source: '出典ID'
    },
    dealDetail: japaneseFor('openai-valuation', 'deal detail', JA_DETAIL),
    describe: {
      chart: (first, last) =>
        `オープンAIに値段をつけた取引を、${first}から${last}まで、ドルの等間隔の目盛りに1件ずつ印で示しています。塗りつぶした丸は新しいお金が入った資金調達、白抜きの丸は既存の株式の売買で、会社にお金は入っていません。取引と取引の間のことはわからないため、線では結んでいません。`,
      deal: (month, kind, value, money) =>
        `${month}の${kind}（${value}${money ? `、新しいお金は${money}` : ''}）`,
      investment: (month, money) =>
        `${month}のマイクロソフトによる${money}の出資（評価額が公表されていないため、基準線の上に示しています）`,
      deals: (items) => `示しているのは、${items.join('、')}です。`,
      multiple: (last, multiple, first) =>
        `${last}の評価額は、${first}のテンダーオファーの値段の約${multiple}です。`
    }
  }
} satisfies ChartStrings<Strings>;

/** The strings of an edition. */
export const stringsFor = (locale: Locale): Strings => strings[locale];
