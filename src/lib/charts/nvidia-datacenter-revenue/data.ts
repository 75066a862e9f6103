import { sum } from 'd3-array';
import raw from '$content/data/nvidia_datacenter_quarterly.csv?raw';
import { isoDate, matching, number, parseCsv } from '$lib/data/csv';

const FILE = 'content/data/nvidia_datacenter_quarterly.csv';

export const quarters = parseCsv(raw, FILE, {
  fiscal_quarter: matching(/^Q[1-4] FY20\d\d$/, 'a fiscal quarter like "Q1 FY2024"'),
  quarter_end: isoDate(),
  data_center_revenue_usd_bn: number({ min: 0, max: 1000 }),
  total_revenue_usd_m: number({ min: 0 }),
  gross_profit_usd_m: number(),
  gaap_gross_margin_pct: number({ min: -100, max: 100 })
});

export type Quarter = (typeof quarters)[number];

/**
 * The quarter the H20 export licence hit: NVIDIA took a $4.5 billion charge for H20 chips it could
 * no longer sell to China (source nvidia-8k-h20-2025, cited in chapter 4), the dip in the margin line.
 */
export const H20_CHARGE = { quarter_end: '2025-04-27', usd_bn: 4.5 } as const;

/** Fiscal year of a quarter label: "Q3 FY2024" → 2024. */
export const fiscalYear = (q: Quarter) => Number(q.fiscal_quarter.slice(-4));

/** Sum of data-center revenue over a fiscal year's four quarters ($bn), or null if incomplete. */
export function yearTotal(list: readonly Quarter[], fy: number): number | null {
  const qs = list.filter((q) => fiscalYear(q) === fy);
  return qs.length === 4 ? sum(qs, (q) => q.data_center_revenue_usd_bn) : null;
}

/** GAAP gross margin of a whole fiscal year: gross profit over revenue, in percent. */
export function yearMargin(list: readonly Quarter[], fy: number): number | null {
  const qs = list.filter((q) => fiscalYear(q) === fy);
  if (qs.length !== 4) return null;
  return (sum(qs, (q) => q.gross_profit_usd_m) / sum(qs, (q) => q.total_revenue_usd_m)) * 100;
}

// The quarters must be consecutive and in order: a gap would draw a wrong picture silently.
quarters.forEach((q, i) => {
  const prev = quarters[i - 1];
  if (prev && q.quarter_end <= prev.quarter_end) {
    throw new Error(`${FILE}:${i + 2}: quarters must be in date order`);
  }
});
