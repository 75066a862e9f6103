import { greatest, least, mean } from 'd3-array';
import raw from '$content/data/shiller_cape_monthly.csv?raw';
import { matching, number, parseCsv } from '$lib/data/csv';

export const FILE = 'content/data/shiller_cape_monthly.csv';

export const schema = {
  date: matching(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month like 1999-12'),
  // Shiller's CAPE has never been near zero; a 0 means a month without data slipped in.
  cape: number({ min: 1, max: 100 })
};

export type CapeRow = { readonly date: string; readonly cape: number };

export interface CapeData {
  rows: readonly CapeRow[];
  /** Mean CAPE over the whole series (derived here). */
  mean: number;
  first: CapeRow;
  last: CapeRow;
}

export function parse(text: string, file = FILE): readonly CapeRow[] {
  const rows = parseCsv(text, file, schema);
  rows.forEach((r, i) => {
    if (i > 0 && r.date <= rows[i - 1]!.date) {
      throw new Error(`${file}:${i + 2}: months must increase (${r.date} after ${rows[i - 1]!.date})`);
    }
  });
  return rows;
}

/** Fractional year of a month's first day (1999-12 → 1999.917). */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) - 1) / 12;
}

/** The row for a month; throws if the month is not in the data (a typo in an annotation). */
export function at(data: CapeData, date: string): CapeRow {
  const r = data.rows.find((x) => x.date === date);
  if (!r) throw new Error(`${FILE}: no row for ${date}`);
  return r;
}

const between = (data: CapeData, from: string, to: string) =>
  data.rows.filter((r) => r.date >= from && r.date <= to);

/** The highest month within [from, to] (inclusive). */
export function peak(data: CapeData, from: string, to: string): CapeRow {
  const best = greatest(between(data, from, to), (r) => r.cape);
  if (!best) throw new Error(`${FILE}: no rows between ${from} and ${to}`);
  return best;
}

/** The lowest month within [from, to] (inclusive). */
export function trough(data: CapeData, from: string, to: string): CapeRow {
  const best = least(between(data, from, to), (r) => r.cape);
  if (!best) throw new Error(`${FILE}: no rows between ${from} and ${to}`);
  return best;
}

export function build(rows: readonly CapeRow[]): CapeData {
  return {
    rows,
    mean: mean(rows, (r) => r.cape)!,
    first: rows[0]!,
    last: rows[rows.length - 1]!
  };
}

export const data: CapeData = build(parse(raw));
