import bls from '$content/data/talent_pay_bls_physics_2024.csv?raw';
import openai from '$content/data/talent_pay_openai_stock_2025.csv?raw';
import meta from '$content/data/talent_pay_meta_offers_2025.csv?raw';
import { number, oneOf, parseCsv, text } from '$lib/data/csv';

export const IDS = ['physics-median', 'physics-p90', 'openai-stock-average', 'meta-offers'] as const;
export type PayId = (typeof IDS)[number];

/** One file per source, each listed under that source; all share this schema. */
export function parsePay(raw: string, file: string) {
  const rows = parseCsv(raw, file, {
    id: oneOf(IDS),
    label: text(),
    usd_low: number({ min: 1 }),
    usd_high: number({ min: 1 }),
    years: number({ min: 1, max: 10 }),
    kind: oneOf(['wage statistic', 'average', 'reported offer'] as const),
    basis: text()
  });
  rows.forEach((r, i) => {
    if (r.usd_high < r.usd_low) throw new Error(`${file}:${i + 2}: usd_high is below usd_low`);
  });
  return rows;
}

export const rows = [
  ...parsePay(bls, 'content/data/talent_pay_bls_physics_2024.csv'),
  ...parsePay(openai, 'content/data/talent_pay_openai_stock_2025.csv'),
  ...parsePay(meta, 'content/data/talent_pay_meta_offers_2025.csv')
];
export type PayRow = (typeof rows)[number];
export type PayData = Readonly<Record<PayId, PayRow>>;

export function byId(list: readonly PayRow[]): PayData {
  const out: Partial<Record<PayId, PayRow>> = {};
  for (const r of list) out[r.id] = r;
  for (const id of IDS) if (!out[id]) throw new Error(`pay-ladder: missing row "${id}"`);
  return out as PayData;
}

export const data: PayData = byId(rows);

/** Per-year amounts: a multi-year package divided by its years (derived here). */
export function perYear(r: PayRow): [number, number] {
  return [r.usd_low / r.years, r.usd_high / r.years];
}

/** How the chart prints pay: "$97,360", "$1.5M", "$125M" (format.ts usd options). */
export const PAY = { fullBelow: true, trim: true } as const;

/** How many times the physics median a per-year amount is, rounded to two significant figures. */
export function timesMedian(data: PayData, v: number): number {
  const x = v / data['physics-median'].usd_low;
  const mag = 10 ** Math.floor(Math.log10(x) - 1);
  return Math.round(x / mag) * mag;
}
