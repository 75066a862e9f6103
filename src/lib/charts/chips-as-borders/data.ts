import outlinesRaw from '$content/data/world_outlines_110m.csv?raw';
import subsidiesRaw from '$content/data/chip_subsidies.csv?raw';
import controlsRaw from '$content/data/us_export_controls.csv?raw';
import { isoDate, matching, number, oneOf, parseCsv, text } from '$lib/data/csv';
import type { Locale } from '$lib/locale';
import { EU27 } from './eu27.js';
import { stringsFor } from './strings';

export { EU27 };

export const OUTLINES_FILE = 'content/data/world_outlines_110m.csv';
export const SUBSIDIES_FILE = 'content/data/chip_subsidies.csv';
export const CONTROLS_FILE = 'content/data/us_export_controls.csv';

export const outlineSchema = {
  iso_n3: matching(/^(\d{3}|[a-z]+(-[a-z]+)*)$/, 'an ISO numeric code or a name slug'),
  name: text(),
  ring: number({ min: 0, max: 100 }),
  points: matching(/^\d+ \d+(;\d+ \d+){2,}$/, 'a list of "x y" pairs separated by ";"')
};

export const subsidySchema = {
  id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
  country: text(),
  short_name: text(),
  iso_n3: matching(/^(\d{3}|EU)$/, 'an ISO numeric code or EU'),
  programme: text(),
  date: isoDate(),
  kind: text(),
  amount_local: text(),
  amount_short: text(),
  usd_bn: number({ min: 0, max: 1000 }),
  fx: text(),
  source_id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source id'),
  basis: text()
};

export const controlSchema = {
  id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
  date: isoDate(),
  actor: oneOf(['United States', 'China'] as const),
  phase: oneOf(['restrict', 'bargain'] as const),
  label: text(),
  detail: text(),
  source_id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source id')
};

export interface CountryRing {
  iso: string;
  name: string;
  ring: number;
  points: readonly (readonly [number, number])[];
}

export function parseOutlines(text: string): {
  rings: readonly CountryRing[];
  width: number;
  height: number;
} {
  const rows = parseCsv(text, OUTLINES_FILE, outlineSchema);
  let width = 0;
  let height = 0;
  const rings = rows.map((r) => {
    const points = r.points.split(';').map((pair) => {
      const [x, y] = pair.split(' ').map(Number) as [number, number];
      width = Math.max(width, x);
      height = Math.max(height, y);
      return [x, y] as const;
    });
    return { iso: r.iso_n3, name: r.name, ring: r.ring, points };
  });
  return { rings, width, height };
}

export function parseSubsidies(text: string) {
  return parseCsv(text, SUBSIDIES_FILE, subsidySchema);
}

export function parseControls(text: string) {
  const rows = parseCsv(text, CONTROLS_FILE, controlSchema);
  rows.forEach((r, i) => {
    if (i > 0 && r.date < rows[i - 1]!.date)
      throw new Error(`${CONTROLS_FILE}:${i + 2}: rows must be in date order`);
  });
  return rows;
}

export type Subsidy = ReturnType<typeof parseSubsidies>[number];
export type Control = ReturnType<typeof parseControls>[number];

export interface BordersData {
  outlines: ReturnType<typeof parseOutlines>;
  subsidies: readonly Subsidy[];
  controls: readonly Control[];
}

export const data: BordersData = {
  outlines: parseOutlines(outlinesRaw),
  subsidies: parseSubsidies(subsidiesRaw),
  controls: parseControls(controlsRaw)
};

/** The ISO codes a subsidy row lights up on the map. */
export function isoCodes(s: Subsidy): string[] {
  return s.iso_n3 === 'EU' ? [...EU27] : [s.iso_n3];
}

/** Programmes counted at a ceiling that includes private money or loans: drawn dashed. */
export function isTargetOrLoans(s: Subsidy): boolean {
  return /target|loan/i.test(s.kind);
}

/** "2024-11-12" → "Nov 2024", in the edition's words. */
export const monthYear = (iso: string, locale: Locale = 'en') => {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const t = stringsFor(locale);
  return t.monthYear(t.months[m - 1]!, y);
};
