import { greatest, least, mean } from 'd3-array';
import raw from '$content/data/shiller_cape_monthly.csv?raw';
import { num } from '$lib/charts/format';
import { matching, number, parseCsv } from '$lib/data/csv';
import type { Locale } from '$lib/locale';
import type { Episode } from './states';
import { stringsFor } from './strings';

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

/** "1999-12" → "Dec 1999" (in the edition's words). */
export function monthLabel(date: string, locale: Locale = 'en'): string {
  const t = stringsFor(locale);
  return t.month(t.months[Number(date.slice(5, 7)) - 1]!, date.slice(0, 4));
}

/** The last month before `date` whose CAPE was above `value` (for "highest since …"), or null. */
export function lastAbove(data: CapeData, value: number, date: string): CapeRow | null {
  return data.rows.filter((r) => r.date < date && r.cape > value).at(-1) ?? null;
}

export interface EpisodeView {
  /** The stretch of the line drawn in the accent tone. */
  from: string;
  to: string;
  /** The months the episode names, with their labels ("\n" breaks a label). */
  points: { key: string; row: CapeRow; text: string }[];
  /** The episode's short label when a later step keeps it. */
  short: { row: CapeRow; text: string };
  /** For a high not seen for years: its level, drawn back to the last month that stood higher. */
  level?: { row: CapeRow; since: CapeRow };
}

/** What the chart marks for an episode: its stretch of months, its named months and labels. */
export function episode(data: CapeData, ep: Episode, locale: Locale = 'en'): EpisodeView {
  const t = stringsFor(locale);
  const cape = (r: CapeRow) => num(r.cape, 1);
  const label = (key: string, r: CapeRow, since?: CapeRow) =>
    t.points[ep][key]!({
      month: monthLabel(r.date, locale),
      value: cape(r),
      since: since && monthLabel(since.date, locale)
    });
  const short = (r: CapeRow) => ({ row: r, text: t.short(r.date.slice(0, 4), cape(r)) });
  switch (ep) {
    case 'crash-1929': {
      const top = peak(data, '1929-01', '1929-12');
      const low = trough(data, '1930-01', '1932-12');
      return {
        from: '1927-01',
        to: '1932-12',
        points: [
          { key: 'peak', row: top, text: label('peak', top) },
          { key: 'low', row: low, text: label('low', low) }
        ],
        short: short(top)
      };
    }
    case 'dot-com': {
      const top = peak(data, '1995-01', '2002-12');
      return {
        from: '1995-01',
        to: '2003-03',
        points: [{ key: 'peak', row: top, text: label('peak', top) }],
        short: short(top)
      };
    }
    case 'peak-2021': {
      const top = peak(data, '2021-01', '2021-12');
      return {
        from: '2019-01',
        to: '2022-12',
        points: [{ key: 'peak', row: top, text: label('peak', top) }],
        short: short(top)
      };
    }
    case 'ai-era': {
      // The AI boom's high in Shiller's monthly data, and the last month that stood higher.
      const top = peak(data, '2023-01', data.last.date);
      const since = lastAbove(data, top.cape, top.date);
      if (!since) throw new Error(`${FILE}: no month above ${top.cape} before ${top.date}`);
      const end = data.last;
      return {
        from: '2023-01',
        to: end.date,
        points: [
          { key: 'peak', row: top, text: label('peak', top, since) },
          { key: 'end', row: end, text: label('end', end) }
        ],
        short: short(top),
        level: { row: top, since }
      };
    }
  }
}
