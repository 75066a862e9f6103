import monthlyRaw from '$content/data/nasdaq_composite_month_end_1995_2016.csv?raw';
import daysRaw from '$content/data/nasdaq_composite_key_days.csv?raw';
import { day as dayName, month } from '$lib/charts/format';
import { isoDate, matching, number, oneOf, parseCsv, text } from '$lib/data/csv';
import type { Locale } from '$lib/locale';

export const MONTHLY_FILE = 'content/data/nasdaq_composite_month_end_1995_2016.csv';
export const DAYS_FILE = 'content/data/nasdaq_composite_key_days.csv';

export function parseMonthly(raw: string, file = MONTHLY_FILE) {
  const rows = parseCsv(raw, file, {
    month: matching(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month (YYYY-MM)'),
    last_trading_day: isoDate(),
    close: number({ min: 0 })
  });
  rows.forEach((r, i) => {
    if (!r.last_trading_day.startsWith(r.month)) {
      throw new Error(`${file}:${i + 2}: last_trading_day ${r.last_trading_day} is not in ${r.month}`);
    }
    if (i > 0 && r.month <= rows[i - 1]!.month) throw new Error(`${file}:${i + 2}: months must increase`);
  });
  return rows;
}

export function parseDays(raw: string, file = DAYS_FILE) {
  return parseCsv(raw, file, {
    id: oneOf(['peak', 'trough', 'regained'] as const),
    date: isoDate(),
    close: number({ min: 0 }),
    label: text()
  });
}

export const monthly = parseMonthly(monthlyRaw);
export const days = parseDays(daysRaw);

export type MonthEnd = (typeof monthly)[number];
export type KeyDay = (typeof days)[number];
export interface NasdaqData {
  monthly: readonly MonthEnd[];
  peak: KeyDay;
  trough: KeyDay;
  regained: KeyDay;
}

function day(id: KeyDay['id']): KeyDay {
  const d = days.find((r) => r.id === id);
  if (!d) throw new Error(`${DAYS_FILE}: missing row "${id}"`);
  return d;
}

export const data: NasdaqData = {
  monthly,
  peak: day('peak'),
  trough: day('trough'),
  regained: day('regained')
};

/** Percentage change from a to b, one decimal: peak → trough = −77.9. */
export function pctChange(a: number, b: number): number {
  return Math.round((b / a - 1) * 1000) / 10;
}

/** Whole years and months between two ISO dates, e.g. 10 Mar 2000 → 23 Apr 2015 = 15 y 1 m. */
export function yearsBetween(a: string, b: string): { years: number; months: number } {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  const months = (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
  return { years: Math.floor(months / 12), months: months % 12 };
}

/** "2000-03-10" → 2000.19 (fraction of the year by day of month). */
export function decimalDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return y + (m - 1 + (d - 1) / daysInMonth) / 12;
}

/** "2000-03-10" → "10 Mar 2000"; "1995-01" → "Jan 1995"; ja "2000年3月10日", "1995年1月". */
export function dateLabel(iso: string, locale: Locale = 'en'): string {
  return iso.length > 7 ? dayName(iso, locale) : month(iso, locale);
}
