import type { Locale } from '$lib/locale';
import type { Kind } from './data';

/**
 * Every user-visible string of the chart, per edition: title, legend, labels, note, table and the
 * text alternative. Labels and sentences are functions of their (already formatted) numbers. The
 * layout and describe() read them through `state.locale`; an edition without its own set falls
 * back to English.
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

export const strings: { en: Strings } & Partial<Record<Locale, Strings>> = { en };

/** The strings of an edition (English where it has none yet). */
export const stringsFor = (locale: Locale): Strings => strings[locale] ?? strings.en;
