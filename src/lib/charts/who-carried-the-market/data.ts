import raw from '$content/data/jpm_ai_share_sp500.csv?raw';
import { number, oneOf, parseCsv, text } from '$lib/data/csv';

export const FILE = 'content/data/jpm_ai_share_sp500.csv';
export const IDS = ['returns', 'earnings', 'capex', 'companies'] as const;
export type MeasureId = (typeof IDS)[number];

export const schema = {
  id: oneOf(IDS),
  label: text(),
  value_pct: number({ min: 0, max: 100 }),
  reported_as: text(),
  basis: text()
};

export type ShareRow = {
  readonly id: MeasureId;
  readonly label: string;
  readonly value_pct: number;
  readonly reported_as: string;
  readonly basis: string;
};
export type CarriedData = Readonly<Record<MeasureId, ShareRow>>;

export function parse(text: string, file = FILE): readonly ShareRow[] {
  return parseCsv(text, file, schema);
}

/** Index the rows by id; every id must be present exactly once. */
export function byId(list: readonly ShareRow[], file = FILE): CarriedData {
  const out: Partial<Record<MeasureId, ShareRow>> = {};
  for (const r of list) {
    if (out[r.id]) throw new Error(`${file}: duplicate row "${r.id}"`);
    out[r.id] = r;
  }
  for (const id of IDS) if (!out[id]) throw new Error(`${file}: missing row "${id}"`);
  return out as CarriedData;
}

export const rows = parse(raw);
export const data: CarriedData = byId(rows);
