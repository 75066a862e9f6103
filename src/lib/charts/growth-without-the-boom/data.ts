import { sum } from 'd3-array';
import raw from '$content/data/bea_gdp_it_contributions.csv?raw';
import { matching, number, parseCsv } from '$lib/data/csv';

export const FILE = 'content/data/bea_gdp_it_contributions.csv';
/** The first quarter the chart draws. */
export const FIRST = '2022Q1';
/** The quarters of the first half of 2025 (the span of `h1`). */
export const H1 = ['2025Q1', '2025Q2'] as const;

export const schema = {
  quarter: matching(/^\d{4}Q[1-4]$/, 'a quarter like 2025Q2'),
  real_gdp_musd_2017: number({ min: 1 }),
  real_it_investment_musd_2017: number({ min: 1 }),
  gdp_growth_saar_pct: number({ min: -50, max: 50 }),
  contrib_equipment_pp: number({ min: -20, max: 20 }),
  contrib_ipp_pp: number({ min: -20, max: 20 }),
  contrib_imports_pp: number({ min: -20, max: 20 })
};

export type BeaRow = {
  readonly quarter: string;
  readonly real_gdp_musd_2017: number;
  readonly real_it_investment_musd_2017: number;
  readonly gdp_growth_saar_pct: number;
  readonly contrib_equipment_pp: number;
  readonly contrib_ipp_pp: number;
  readonly contrib_imports_pp: number;
};

/** One quarter's growth, split by level-difference attribution (the method behind "92%"). */
export interface QuarterPoint {
  quarter: string;
  /** Real GDP growth, % at annual rate, compounded from the chained-dollar levels. */
  growth: number;
  /** BEA's published growth rate (T1.1.2 line 1), for checking. */
  beaGrowth: number;
  /** Share of the quarter's change in real GDP equal to the change in real IT investment. */
  itShare: number;
  /** IT investment's part of `growth`, in percentage points (itShare × growth). */
  it: number;
  /** Everything else: growth − it. */
  other: number;
  /** BEA's own contributions (T1.1.2) of all equipment plus all intellectual property products, pp. */
  beaEquipmentIpp: number;
  /** BEA's contribution of imports, pp (negative when imports rise). */
  beaImports: number;
}

/** Growth over a span of quarters, attributed the same way. */
export interface PeriodSummary {
  from: string;
  to: string;
  /** Real GDP growth over the span, % at annual rate. */
  growth: number;
  /** Change in real IT investment ÷ change in real GDP, in %. */
  itSharePct: number;
  /** Annualized growth of real GDP minus real IT investment, %. */
  growthExIt: number;
  /** BEA's equipment + IPP contributions averaged over the span's quarters, pp. */
  beaEquipmentIpp: number;
}

export function parse(text: string, file = FILE): readonly BeaRow[] {
  const rows = parseCsv(text, file, schema);
  // The attribution compares each quarter with the one before: a gap or a reordering would
  // silently compare the wrong quarters.
  rows.forEach((r, i) => {
    if (i > 0 && r.quarter !== nextQuarter(rows[i - 1]!.quarter)) {
      throw new Error(
        `${file}:${i + 2}: expected ${nextQuarter(rows[i - 1]!.quarter)} after ${rows[i - 1]!.quarter}, found ${r.quarter}`
      );
    }
  });
  return rows;
}

/** "2025Q2" → "Q2 2025". */
export function quarterLabel(q: string): string {
  return `${q.slice(4)} ${q.slice(0, 4)}`;
}

export function nextQuarter(q: string): string {
  const year = Number(q.slice(0, 4));
  const n = Number(q.slice(5));
  return n === 4 ? `${year + 1}Q1` : `${year}Q${n + 1}`;
}

const annualize = (ratio: number, quarters: number) => (Math.pow(ratio, 4 / quarters) - 1) * 100;

/** Quarter-by-quarter attribution from the second row on (the first row is the base). */
export function quarterPoints(rows: readonly BeaRow[]): QuarterPoint[] {
  return rows.slice(1).map((r, i) => {
    const prev = rows[i]!;
    const dGdp = r.real_gdp_musd_2017 - prev.real_gdp_musd_2017;
    const dIt = r.real_it_investment_musd_2017 - prev.real_it_investment_musd_2017;
    const growth = annualize(r.real_gdp_musd_2017 / prev.real_gdp_musd_2017, 1);
    const itShare = dIt / dGdp;
    const it = itShare * growth;
    return {
      quarter: r.quarter,
      growth,
      beaGrowth: r.gdp_growth_saar_pct,
      itShare,
      it,
      other: growth - it,
      beaEquipmentIpp: r.contrib_equipment_pp + r.contrib_ipp_pp,
      beaImports: r.contrib_imports_pp
    };
  });
}

/** Attribution over the span from the end of quarter `from` to the end of quarter `to`. */
export function period(rows: readonly BeaRow[], from: string, to: string): PeriodSummary {
  const i = rows.findIndex((r) => r.quarter === from);
  const j = rows.findIndex((r) => r.quarter === to);
  if (i < 0 || j <= i) throw new Error(`${FILE}: no span ${from} → ${to} in the data`);
  const a = rows[i]!;
  const b = rows[j]!;
  const n = j - i;
  const gdp = (r: BeaRow) => r.real_gdp_musd_2017;
  const itv = (r: BeaRow) => r.real_it_investment_musd_2017;
  const span = rows.slice(i + 1, j + 1);
  return {
    from,
    to,
    growth: annualize(gdp(b) / gdp(a), n),
    itSharePct: ((itv(b) - itv(a)) / (gdp(b) - gdp(a))) * 100,
    growthExIt: annualize((gdp(b) - itv(b)) / (gdp(a) - itv(a)), n),
    beaEquipmentIpp: sum(span, (r) => r.contrib_equipment_pp + r.contrib_ipp_pp) / n
  };
}

export interface GrowthData {
  rows: readonly BeaRow[];
  quarters: readonly QuarterPoint[];
  /** First half of 2025: 2024Q4 → 2025Q2. */
  h1: PeriodSummary;
  /** All of 2025, fourth quarter on fourth quarter. */
  year2025: PeriodSummary;
}

export function build(rows: readonly BeaRow[]): GrowthData {
  return {
    rows,
    quarters: quarterPoints(rows),
    h1: period(rows, '2024Q4', '2025Q2'),
    year2025: period(rows, '2024Q4', '2025Q4')
  };
}

export const data: GrowthData = build(parse(raw));
