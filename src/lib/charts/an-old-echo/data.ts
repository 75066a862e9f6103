import { greatest } from 'd3-array';
import raw from '$content/data/us_it_investment_quarterly_bea.csv?raw';
import { quarter as quarterName } from '$lib/charts/format';
import { isoDate, number, parseCsv } from '$lib/data/csv';
import type { Locale } from '$lib/locale';

export const FILE = 'content/data/us_it_investment_quarterly_bea.csv';

const schema = {
  date: isoDate(),
  it_equipment_software_usd_bn_saar: number({ min: 0 }),
  gdp_usd_bn_saar: number({ min: 0 }),
  it_share_of_gdp_pct: number({ min: 0, max: 100 }),
  it_yoy_growth_pct: number({ min: -100, max: 1000 })
};

export function parseQuarters(text: string, file = FILE) {
  const rows = parseCsv(text, file, schema);
  rows.forEach((r, i) => {
    if (!/-(01|04|07|10)-01$/.test(r.date))
      throw new Error(`${file}:${i + 2}: ${r.date} is not the first day of a quarter`);
    if (i > 0 && r.date <= rows[i - 1]!.date) throw new Error(`${file}:${i + 2}: dates must increase`);
  });
  return rows;
}

export const rows = parseQuarters(raw);
export type Quarter = (typeof rows)[number];
export type EchoData = readonly Quarter[];
export const data: EchoData = rows;

/** "1999-07-01" → "1999 Q3"; ja "1999年7〜9月期". */
export function quarterLabel(date: string, locale: Locale = 'en'): string {
  if (locale !== 'en') return quarterName(date, locale);
  const [y, m] = date.split('-');
  return `${y} Q${(Number(m) - 1) / 3 + 1}`;
}

/** "1999-07-01" → 1999.5 (start of the quarter). */
export function decimalYear(date: string): number {
  const [y, m] = date.split('-');
  return Number(y) + (Number(m) - 1) / 12;
}

export function quarter(data: EchoData, date: string): Quarter {
  const q = data.find((r) => r.date === date);
  if (!q) throw new Error(`an-old-echo: no data for ${date}`);
  return q;
}

/** The dot-com peaks are looked for before this date. */
export const DOTCOM_END = '2005-01-01';
/** The quarter the prose calls "now" for growth; the latest quarter is named beside it. */
export const NOW_GROWTH = '2025-10-01';

export type Measure = 'growth' | 'share';

/** The column a measure reads. */
export const measureKey = (m: Measure) => (m === 'growth' ? 'it_yoy_growth_pct' : 'it_share_of_gdp_pct');

/** The labelled quarters of a measure: the dot-com peak, and the quarter called "now". */
export function keyQuarters(data: EchoData, measure: Measure): { dotcom: Quarter; now: Quarter } {
  const dotcom = maxBefore(data, measureKey(measure), DOTCOM_END);
  const now = measure === 'growth' ? quarter(data, NOW_GROWTH) : data[data.length - 1]!;
  return { dotcom, now };
}

/** The quarter with the highest value of `key` among quarters before `before` (ISO date). */
export function maxBefore(
  data: EchoData,
  key: 'it_share_of_gdp_pct' | 'it_yoy_growth_pct',
  before: string
): Quarter {
  return greatest(
    data.filter((r) => r.date < before),
    (r) => r[key]
  )!;
}
