import raw from '$content/data/datacenter_electricity_published_points.csv?raw';
import { isoDate, matching, number, oneOf, parseCsv, text } from '$lib/data/csv';

export const FILE = 'content/data/datacenter_electricity_published_points.csv';

/**
 * Published figures for data centres' electricity use: a handful of estimates (past years) and
 * forecasts, each from its own publication. They are not a series: methods and scopes differ, so
 * the chart draws each figure on its own and never joins them, and keeps the world (IEA, in
 * terawatt-hours) apart from the United States (LBNL and EPRI, as a share of US electricity).
 */
export function parse(text_: string, file = FILE) {
  const rows = parseCsv(text_, file, {
    id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
    geography: oneOf(['World', 'United States'] as const),
    year: number({ min: 2000, max: 2050 }),
    year_label: text(),
    metric: text(),
    unit: oneOf(['TWh', 'percent', 'percent change'] as const),
    low: number({ min: 0 }),
    high: number({ min: 0 }),
    kind: oneOf(['estimate', 'forecast'] as const),
    publisher: text(),
    published: isoDate(),
    source_id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source id')
  });
  rows.forEach((r, i) => {
    const at = `${file}:${i + 2}`;
    if (r.low > r.high) throw new Error(`${at}: low is above high`);
    // An estimate is of a year already over when it was published; a forecast of a later one.
    const pubYear = Number(r.published.slice(0, 4));
    if (r.kind === 'forecast' && r.year <= pubYear)
      throw new Error(`${at}: a forecast must be for a year after its publication`);
    if (r.kind === 'estimate' && r.year > pubYear)
      throw new Error(`${at}: an estimate cannot be of a year after its publication`);
    if (r.unit === 'TWh' && r.geography !== 'World')
      throw new Error(`${at}: the US panel is drawn in shares of US electricity`);
    if (r.unit === 'percent' && r.geography !== 'United States')
      throw new Error(`${at}: the world panel is drawn in TWh`);
  });
  return rows;
}

export type Point = ReturnType<typeof parse>[number];
export type PowerData = readonly Point[];

export const data: PowerData = parse(raw);

/** The figures a panel draws (levels, not rates of change). */
export const panelPoints = (d: PowerData, panel: 'world' | 'us') =>
  d.filter(
    (p) => p.geography === (panel === 'world' ? 'World' : 'United States') && p.unit !== 'percent change'
  );

/** The world panel's note: a growth rate published without a level. */
export const growthNote = (d: PowerData) => d.find((p) => p.unit === 'percent change') ?? null;

export const isRange = (p: Point) => p.low < p.high;
