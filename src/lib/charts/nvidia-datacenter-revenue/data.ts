import { sum } from 'd3-array';
import raw from '$content/data/nvidia_datacenter_quarterly.csv?raw';
import { isoDate, matching, number, optionalNumber, parseCsv } from '$lib/data/csv';

const FILE = 'content/data/nvidia_datacenter_quarterly.csv';

export const quarters = parseCsv(raw, FILE, {
  fiscal_quarter: matching(/^Q[1-4] FY20\d\d$/, 'a fiscal quarter like "Q1 FY2024"'),
  quarter_end: isoDate(),
  data_center_revenue_usd_bn: number({ min: 0, max: 1000 }),
  total_revenue_usd_m: number({ min: 0 }),
  // Empty where the filing's gross profit was not read; the margin is then as NVIDIA reported it.
  gross_profit_usd_m: optionalNumber({ min: 0 }),
  gaap_gross_margin_pct: number({ min: -100, max: 100 })
});

export type Quarter = (typeof quarters)[number];

/**
 * The quarter the H20 export licence hit: NVIDIA took a $4.5 billion charge for H20 chips it could
 * no longer sell to China (source nvidia-8k-h20-2025, cited in chapter 4), the dip in the margin line.
 */
export const H20_CHARGE = { quarter_end: '2025-04-27', usd_bn: 4.5 } as const;

/** The first fiscal year NVIDIA reports Data Center under its new segment definitions (hyperscale + ACIE). */
export const NEW_SEGMENTS_FY = 2027;

/** Fiscal year of a quarter label: "Q3 FY2024" → 2024. */
export const fiscalYear = (q: Quarter) => Number(q.fiscal_quarter.slice(-4));

/** Sum of data-center revenue over a fiscal year's four quarters ($bn), or null if incomplete. */
export function yearTotal(list: readonly Quarter[], fy: number): number | null {
  const qs = list.filter((q) => fiscalYear(q) === fy);
  return qs.length === 4 ? sum(qs, (q) => q.data_center_revenue_usd_bn) : null;
}

/**
 * GAAP gross margin of a whole fiscal year: gross profit over revenue, in percent; null unless
 * all four quarters are there with their gross profit.
 */
export function yearMargin(list: readonly Quarter[], fy: number): number | null {
  const qs = list.filter((q) => fiscalYear(q) === fy);
  if (qs.length !== 4 || qs.some((q) => q.gross_profit_usd_m === null)) return null;
  return (sum(qs, (q) => q.gross_profit_usd_m!) / sum(qs, (q) => q.total_revenue_usd_m)) * 100;
}

// The quarters must be consecutive and in order: a gap would draw a wrong picture silently.
// Where gross profit is given, the margin must be what it implies (to the published 0.1 point).
quarters.forEach((q, i) => {
  const prev = quarters[i - 1];
  if (prev && q.quarter_end <= prev.quarter_end) {
    throw new Error(`${FILE}:${i + 2}: quarters must be in date order`);
  }
  if (q.gross_profit_usd_m !== null) {
    const implied = (q.gross_profit_usd_m / q.total_revenue_usd_m) * 100;
    if (Math.abs(implied - q.gaap_gross_margin_pct) > 0.051) {
      throw new Error(
        `${FILE}:${i + 2}: gross margin ${q.gaap_gross_margin_pct}% does not match gross profit / revenue (${implied.toFixed(2)}%)`
      );
    }
  }
});
