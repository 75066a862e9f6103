import { greatest } from 'd3-array';
import raw from '$content/data/us_datacenter_construction_monthly.csv?raw';
import { isoDate, number, parseCsv } from '$lib/data/csv';
import type { Locale } from '$lib/locale';

export const FILE = 'content/data/us_datacenter_construction_monthly.csv';

export function parseMonths(text: string, file = FILE) {
  const rows = parseCsv(text, file, { month: isoDate(), usd_2021: number({ min: 0 }) });
  rows.forEach((r, i) => {
    if (!r.month.endsWith('-01'))
      throw new Error(`${file}:${i + 2}: ${r.month} is not the first day of a month`);
    if (i > 0 && r.month <= rows[i - 1]!.month) throw new Error(`${file}:${i + 2}: months must increase`);
  });
  return rows;
}

export const months = parseMonths(raw);
export type Month = (typeof months)[number];
export type ConstructionData = readonly Month[];
export const data: ConstructionData = months;

export interface YearTotal {
  year: number;
  usd_2021: number;
}

/** Sums of the monthly values for calendar years with all twelve months (derived, not published). */
export function yearTotals(data: ConstructionData): YearTotal[] {
  const by = new Map<number, { sum: number; n: number }>();
  for (const m of data) {
    const y = Number(m.month.slice(0, 4));
    const e = by.get(y) ?? { sum: 0, n: 0 };
    e.sum += m.usd_2021;
    e.n += 1;
    by.set(y, e);
  }
  return [...by.entries()].filter(([, e]) => e.n === 12).map(([year, e]) => ({ year, usd_2021: e.sum }));
}

export function month(data: ConstructionData, iso: string): Month {
  const m = data.find((r) => r.month === iso);
  if (!m) throw new Error(`concrete-and-power: no data for ${iso}`);
  return m;
}

export function peakMonth(data: ConstructionData): Month {
  return greatest(data, (m) => m.usd_2021)!;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2022-11" → "Nov 2022"; ja "2022年11月". */
export const monthLabel = (iso: string, locale: Locale = 'en') =>
  locale === 'ja'
    ? `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月`
    : `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
export const decimalMonth = (iso: string) => Number(iso.slice(0, 4)) + (Number(iso.slice(5, 7)) - 1) / 12;
