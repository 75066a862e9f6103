import raw from '$content/data/scion_13f_2025q3.csv?raw';
import { number, oneOf, parseCsv, text } from '$lib/data/csv';

export const rows = parseCsv(raw, 'content/data/scion_13f_2025q3.csv', {
  id: oneOf(['pltr-puts', 'nvda-puts', 'other', 'pltr-cost'] as const),
  label: text(),
  measure: oneOf(['notional', 'cost'] as const),
  value_usd_m: number({ min: 0 }),
  basis: text()
});

export type BetRow = (typeof rows)[number];
export type BetData = Readonly<Record<BetRow['id'], BetRow>>;

export function byId(list: readonly BetRow[]): BetData {
  const out = Object.fromEntries(list.map((r) => [r.id, r])) as Partial<Record<BetRow['id'], BetRow>>;
  for (const id of ['pltr-puts', 'nvda-puts', 'other', 'pltr-cost'] as const) {
    if (!out[id]) throw new Error(`content/data/scion_13f_2025q3.csv: missing row "${id}"`);
  }
  return out as BetData;
}

export const data: BetData = byId(rows);

/** The date the filing reports for (its quarter's end). */
export const FILED = '2025-09-30';

/** Each square of the waffle is this many million dollars of reported (notional) value. */
export const CELL_USD_M = 10;

/** The filing's reported value: both put positions and everything else, US$ million. */
export const totalUsdM = (d: BetData) =>
  d['pltr-puts'].value_usd_m + d['nvda-puts'].value_usd_m + d.other.value_usd_m;

/** A holding's share of the reported value, in percent. */
export const shareOf = (d: BetData, id: 'pltr-puts' | 'nvda-puts') =>
  (d[id].value_usd_m / totalUsdM(d)) * 100;
