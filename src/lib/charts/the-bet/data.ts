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
