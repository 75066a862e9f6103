import { sum } from 'd3-array';
import qRaw from '$content/data/hyperscaler_capex_quarterly_big4.csv?raw';
import gRaw from '$content/data/hyperscaler_capex_guidance_2026.csv?raw';
import { isoDate, matching, number, oneOf, optionalNumber, parseCsv, text } from '$lib/data/csv';

export const COMPANIES = ['AMZN', 'MSFT', 'GOOGL', 'META'] as const;
export type Company = (typeof COMPANIES)[number];
/** The company names as the guidance file writes them (the labels are in strings.ts). */
export const GUIDANCE_NAMES = ['Amazon', 'Alphabet', 'Meta', 'Microsoft'] as const;
export type GuidanceName = (typeof GUIDANCE_NAMES)[number];
export const TICKER: Record<GuidanceName, Company> = {
  Amazon: 'AMZN',
  Alphabet: 'GOOGL',
  Meta: 'META',
  Microsoft: 'MSFT'
};

export function parseQuarters(raw: string, file = 'content/data/hyperscaler_capex_quarterly_big4.csv') {
  const rows = parseCsv(raw, file, {
    quarter_end: isoDate(),
    MSFT_usd_bn: optionalNumber({ min: 0, max: 500 }),
    GOOGL_usd_bn: optionalNumber({ min: 0, max: 500 }),
    AMZN_usd_bn: optionalNumber({ min: 0, max: 500 }),
    META_usd_bn: optionalNumber({ min: 0, max: 500 }),
    big4_total_usd_bn: optionalNumber({ min: 0, max: 2000 }),
    big4_total_yoy_pct: optionalNumber({ min: -100, max: 1000 })
  });
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]!.quarter_end <= rows[i - 1]!.quarter_end)
      throw new Error(`${file}:${i + 2}: quarters out of order`);
  }
  return rows.map((r) => {
    const [y, m] = r.quarter_end.split('-').map(Number) as [number, number];
    return {
      key: `${y}Q${Math.ceil(m / 3)}`,
      year: y,
      q: Math.ceil(m / 3),
      end: r.quarter_end,
      values: {
        AMZN: r.AMZN_usd_bn,
        MSFT: r.MSFT_usd_bn,
        GOOGL: r.GOOGL_usd_bn,
        META: r.META_usd_bn
      } as Record<Company, number | null>,
      total: r.big4_total_usd_bn
    };
  });
}

/**
 * Each company's newest 2026 plan (and its first one, for the table), with what the plan counts:
 * the four define capital spending in different ways. `actual_2025_usd_bn` is empty where no
 * 2025 figure on anything like the plan's basis is in the filings (Microsoft: its plan counts
 * finance leases, which the quarterly series leaves out).
 */
export function parseGuidance(raw: string, file = 'content/data/hyperscaler_capex_guidance_2026.csv') {
  const rows = parseCsv(raw, file, {
    company: oneOf(GUIDANCE_NAMES),
    actual_2025_usd_bn: optionalNumber({ min: 0, max: 1000 }),
    guidance_2026_low_usd_bn: number({ min: 0, max: 1000 }),
    guidance_2026_high_usd_bn: number({ min: 0, max: 1000 }),
    guidance_date: isoDate(),
    guidance_text: text(),
    basis: text(),
    first_guidance_2026_text: text({ optional: true }),
    first_guidance_date: (raw: string) => (raw === '' ? null : isoDate()(raw)),
    source_id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source id')
  });
  rows.forEach((r, i) => {
    if (r.guidance_2026_low_usd_bn > r.guidance_2026_high_usd_bn) {
      throw new Error(`${file}:${i + 2}: the low end of the plan is above its high end`);
    }
    if ((r.first_guidance_date === null) !== (r.first_guidance_2026_text === '')) {
      throw new Error(`${file}:${i + 2}: a first plan needs both its text and its date`);
    }
    if (r.first_guidance_date !== null && r.first_guidance_date >= r.guidance_date) {
      throw new Error(`${file}:${i + 2}: the first plan must come before the newest`);
    }
  });
  return rows;
}

/** The sum of the newest plans, low and high end ($bn): each counted in its company's own way. */
export function guidanceSum(guidance: readonly Guidance[]): { low: number; high: number } {
  return {
    low: sum(guidance, (g) => g.guidance_2026_low_usd_bn),
    high: sum(guidance, (g) => g.guidance_2026_high_usd_bn)
  };
}

export type Quarter = ReturnType<typeof parseQuarters>[number];
export type Guidance = ReturnType<typeof parseGuidance>[number];

export interface BuildoutData {
  quarters: readonly Quarter[];
  guidance: readonly Guidance[];
}

/** Calendar-year total of the four, only for years where all four report all four quarters. */
export function yearTotal(quarters: readonly Quarter[], year: number): number | null {
  const qs = quarters.filter((q) => q.year === year);
  if (qs.length !== 4 || qs.some((q) => q.total === null)) return null;
  return sum(qs, (q) => q.total);
}

export const data: BuildoutData = Object.freeze({
  quarters: Object.freeze(parseQuarters(qRaw)),
  guidance: parseGuidance(gRaw)
});
