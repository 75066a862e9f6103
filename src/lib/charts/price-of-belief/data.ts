import { greatest, least, mean } from 'd3-array';
import raw from '$content/data/shiller_cape_monthly.csv?raw';
import { num } from '$lib/charts/format';
import { matching, number, parseCsv } from '$lib/data/csv';
import type { Episode } from './states';

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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1999-12" → "Dec 1999". */
export function monthLabel(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

export interface EpisodeView {
  /** The stretch of the line drawn in the accent tone. */
  from: string;
  to: string;
  /** The months the episode names, with their labels ("\n" breaks a label). */
  points: { key: string; row: CapeRow; text: string }[];
  /** The episode's short label when a later step keeps it. */
  short: { row: CapeRow; text: string };
}

/** What the chart marks for an episode: its stretch of months, its named months and labels. */
export function episode(data: CapeData, ep: Episode): EpisodeView {
  const cape = (r: CapeRow) => num(r.cape, 1);
  switch (ep) {
    case 'crash-1929': {
      const top = peak(data, '1929-01', '1929-12');
      const low = trough(data, '1930-01', '1932-12');
      return {
        from: '1927-01',
        to: '1932-12',
        points: [
          { key: 'peak', row: top, text: `${monthLabel(top.date)}: ${cape(top)}` },
          { key: 'low', row: low, text: `${monthLabel(low.date)}: ${cape(low)}` }
        ],
        short: { row: top, text: `1929: ${cape(top)}` }
      };
    }
    case 'dot-com': {
      const top = peak(data, '1995-01', '2002-12');
      return {
        from: '1995-01',
        to: '2003-03',
        points: [{ key: 'peak', row: top, text: `${monthLabel(top.date)}\n${cape(top)}, the record` }],
        short: { row: top, text: `1999: ${cape(top)}` }
      };
    }
    case 'peak-2021': {
      const top = peak(data, '2021-01', '2021-12');
      const end = at(data, data.last.date);
      return {
        from: '2019-01',
        to: '2023-06',
        points: [
          { key: 'peak', row: top, text: `${monthLabel(top.date)}\n${cape(top)}` },
          { key: 'end', row: end, text: `${monthLabel(end.date)}: ${cape(end)}\nend of data` }
        ],
        short: { row: top, text: `2021: ${cape(top)}` }
      };
    }
  }
}
