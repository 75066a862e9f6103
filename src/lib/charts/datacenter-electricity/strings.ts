import type { Locale } from '$lib/locale';

/**
 * Every user-visible string of the chart, per edition: titles, legend, labels, note, table and
 * the text alternative. Labels and sentences are functions of their (already formatted) numbers;
 * "\n" breaks a label into lines. The layout and describe() read them through `state.locale`; an
 * edition without its own set falls back to English.
 */
const en = {
  title: {
    world: 'Electricity used by the world’s data centres',
    us: 'Data centres’ share of US electricity'
  },
  subtitle: {
    world:
      'Terawatt-hours a year (IEA). A few published figures, not a measured series; a forecast is hollow.',
    us: 'Per cent of US electricity: LBNL counts use, EPRI generation. A few published figures, not a measured series.',
    worldShort: 'TWh a year; a few published figures, not a series',
    usShort: '% of US electricity; published figures, not a series'
  },
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** A publication: "IEA, Apr 2025". */
  publication: (publisher: string, month: string, year: string) => `${publisher}, ${month} ${year}`,
  legend: {
    estimate: 'estimate of a past year',
    forecast: 'forecast',
    forecastRange: 'forecast, low to high scenario',
    estimateShort: 'estimate',
    forecastShort: 'forecast',
    forecastRangeShort: 'forecast range'
  },
  /** A point's label: what it is and who published it when, then its year and value. */
  label: (year: string, value: string, kind: 'estimate' | 'forecast', publication: string) =>
    `${kind === 'forecast' ? 'forecast' : 'estimate'}, ${publication}\n${year}: ${value}`,
  /** The same in one line, on short frames. */
  labelShort: (year: string, value: string) => `${year}: ${value}`,
  /** "now" as a year label is the publisher's word; the label says when. */
  twh: (v: string) => `${v} TWh`,
  /** A share, or a range of shares: "4.4%", "6.7–12%". */
  range: (low: string, high: string) => `${low}–${high}%`,
  share: (v: string) => `${v}%`,
  /** The IEA's growth for 2025, given without a level. */
  growth: (year: string, change: string, publication: string) =>
    `${year}: use grew ${change} (${publication}); no TWh figure published`,
  growthShort: (year: string, change: string) => `${year}: ${change} growth`,
  note: 'Each figure from its own publication, drawn on its own and never joined; methods and scopes differ. World: IEA (CC BY 4.0). United States: Lawrence Berkeley National Laboratory (share of electricity use), EPRI (share of generation).',
  table: {
    geography: 'Geography',
    year: 'Year',
    metric: 'What is measured',
    value: 'Value (low–high)',
    unit: 'Unit',
    kind: 'Estimate or forecast',
    publisher: 'Publisher',
    published: 'Published',
    source: 'Source id'
  },
  describe: {
    world: (points: readonly string[], note: string | null) =>
      `Published figures for the electricity used by the world's data centres, each drawn on its own and not joined by a line: ${points.join('; ')}.${note ? ` ${note}` : ''}`,
    us: (points: readonly string[]) =>
      `Published figures for data centres' share of US electricity, each drawn on its own and not joined by a line; a range is a bar from its low to its high scenario: ${points.join('; ')}.`,
    point: (
      year: string,
      value: string,
      kind: 'estimate' | 'forecast',
      range: boolean,
      publication: string,
      metric: string
    ) =>
      `${year}, ${value}, ${
        kind === 'forecast'
          ? range
            ? 'a forecast, drawn as a dashed bar'
            : 'a forecast, drawn hollow'
          : range
            ? 'an estimate, drawn as a solid bar'
            : 'an estimate, drawn solid'
      } (${publication}; ${metric})`,
    growth: (year: string, change: string, publication: string) =>
      `A note gives the IEA's estimate that use grew ${change} in ${year} (${publication}), which came with no level in terawatt-hours.`
  }
};

export type Strings = typeof en;

export const strings: { en: Strings } & Partial<Record<Locale, Strings>> = { en };

/** The strings of an edition (English where it has none yet). */
export const stringsFor = (locale: Locale): Strings => strings[locale] ?? strings.en;
