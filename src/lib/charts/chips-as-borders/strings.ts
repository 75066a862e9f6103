import type { Locale } from '$lib/locale';
import type { BordersState } from './states';

/**
 * Every user-visible string of the chart's own (the names, amounts and details of programmes and
 * rules are data, in content/data/): titles, place names, arc labels, keys, note, table and the
 * text alternative. Sentences are functions of their (already formatted) parts. The layout and
 * describe() read them through `state.locale`; an edition without its own set falls back to English.
 */
const en = {
  titles: {
    programmes: 'Public money for chips, by programme',
    restrict: 'US export controls on AI chips: the bans',
    bargain: 'US export controls: from bans to bargains'
  } as Record<BordersState['list'], string>,
  /** Place names on the map, by ISO numeric code (EU for the Union). */
  places: {
    '840': 'US',
    EU: 'EU',
    '156': 'China',
    '356': 'India',
    '392': 'Japan',
    '410': 'S. Korea',
    '158': 'Taiwan'
  } as Record<string, string>,
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** "Nov 2024". */
  monthYear: (month: string, year: number) => `${month} ${year}`,
  arc: {
    out: 'chips and tools: restricted',
    outShort: 'export controls',
    back: '15–25% of sales to Washington',
    backShort: '15–25% to Washington',
    backTiny: '15–25% of sales'
  },
  /** A programme's amount in dollars, approximate: "≈ $52.7B". */
  approx: (usd: string) => `≈ ${usd}`,
  /** "Japan · more than ¥10 trillion · Nov 2024". */
  programmeLine: (country: string, amount: string, date: string) => `${country} · ${amount} · ${date}`,
  /** "Japan · ¥10tn+ · 2024". */
  programmeShort: (name: string, amount: string, year: string) => `${name} · ${amount} · ${year}`,
  /** A rule in the timeline: "Jan 2026 · Licence and tariff". */
  controlHead: (date: string, label: string) => `${date} · ${label}`,
  key: 'Dashed: targets or packages that count private money or loans. Not like-for-like.',
  keyShort: 'Dashed: counts private money or loans',
  note: 'Not like-for-like; dollars at the announcement-date rate; each row’s source in the data table.',
  table: {
    columns: [
      'Kind',
      'Country / actor',
      'Date',
      'Item',
      'Amount (local)',
      'Amount (US$ billion)',
      'Exchange rate',
      'Detail',
      'Source id'
    ],
    subsidy: 'Subsidy',
    exportControl: 'Export control',
    importBlock: 'China’s response',
    detail: (kind: string, basis: string) => `${kind}. ${basis}`
  },
  describe: {
    empty: 'A world map with no country highlighted yet.',
    programmes: (countries: readonly string[], items: readonly string[]) =>
      `A world map highlights ${countries.join(', ')}. The list under it ranks the programmes in dollars: ${items.join('; ')}.`,
    programme: (
      country: string,
      programme: string,
      date: string,
      amount: string,
      usd: string,
      kind: string
    ) => `${country}, ${programme} (${date}): ${amount}, about ${usd}, ${kind}`,
    notAlike:
      'The amounts are not like-for-like: some are targets that count private money, and some packages are mostly loans.',
    restrict:
      'A world map shows the United States and China, with an arrow from the US to China for export controls on AI chips and chipmaking tools.',
    bargain:
      'A world map shows the United States and China: the export-control arrow now has a dashed arrow coming back, for the share of chip sales paid to the US government.',
    timeline: (items: readonly string[]) => `Timeline: ${items.join('; ')}.`,
    control: (date: string, label: string, detail: string) => `${date}, ${label}: ${detail}`
  }
};

export type Strings = typeof en;

export const strings: { en: Strings } & Partial<Record<Locale, Strings>> = { en };

/** The strings of an edition (English where it has none yet). */
export const stringsFor = (locale: Locale): Strings => strings[locale] ?? strings.en;
