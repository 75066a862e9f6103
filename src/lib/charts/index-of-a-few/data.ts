import raw from '$content/data/sp500_concentration_points.csv?raw';
import { extent } from 'd3-array';
import { matching, number, oneOf, parseCsv, text } from '$lib/data/csv';
import type { Locale } from '$lib/locale';
import type { ConcentrationState } from './states';
import { strings } from './strings';

export const FILE = 'content/data/sp500_concentration_points.csv';

export const schema = {
  id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
  as_of: text(),
  /** Plotting position in decimal years (mid-year where only a year is published). */
  year: number({ min: 1870, max: 2030 }),
  measure: oneOf(['top10', 'mag7', 'mag7-mcap'] as const),
  value_pct: number({ min: 0, max: 100 }),
  display: text(),
  provider: text(),
  source_id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source id'),
  basis: text()
};

export function parsePoints(text: string) {
  const rows = parseCsv(text, FILE, schema);
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(r.id)) throw new Error(`${FILE}:${i + 2}: duplicate id "${r.id}"`);
    seen.add(r.id);
  });
  return rows;
}

export type Point = ReturnType<typeof parsePoints>[number];
export type PointData = readonly Point[];

export const data: PointData = parsePoints(raw);

export function point(data: PointData, id: string): Point {
  const p = data.find((d) => d.id === id);
  if (!p) throw new Error(`index-of-a-few: no point "${id}" in ${FILE}`);
  return p;
}

/** The point the dot-com reference line is drawn at (Goldman Sachs, 2000). */
export const DOTCOM_PEAK_ID = 'goldman-2000';

/** The years each time window spans (plotting positions, decimal years). */
export const WINDOWS = { long: [1872, 2030], modern: [1977, 2028] } as const;

/** A point's label: provider, date, value ("Goldman Sachs, Mar 2000: 27%"; ja "ゴールドマン・サックス（2000年3月）：27%"). */
export function labelOf(p: Point, locale: Locale = 'en'): string {
  const t = strings[locale];
  return t.label(t.provider(p), t.asOf(p), t.display(p));
}

/** The points a state draws: its measures, inside its window, top-10 points from its providers. */
export function visiblePoints(data: PointData, state: ConcentrationState): Point[] {
  const [x0, x1] = WINDOWS[state.window];
  return data.filter(
    (d) =>
      state.measures.includes(d.measure) &&
      d.year >= x0 &&
      d.year <= x1 &&
      (d.measure !== 'top10' || state.providers.length === 0 || state.providers.includes(d.provider))
  );
}

/** The range of the decade points (Finaeon/S&P/Citi), 1880–2010, in percent. */
export function decadeBand(data: PointData): [number, number] {
  const decade = data.filter((d) => d.provider === 'Finaeon/S&P/Citi' && d.year <= 2010);
  return extent(decade, (d) => d.value_pct) as [number, number];
}
