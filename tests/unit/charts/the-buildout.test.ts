import { sum } from 'd3-array';
import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/the-buildout';
import {
  COMPANIES,
  data,
  guidanceSum,
  parseGuidance,
  parseQuarters,
  TICKER,
  yearTotal
} from '$lib/charts/the-buildout/data';
import type { Scene, Size } from '$lib/charts/types';
import { sources } from '$lib/content/sources';
import {
  altText,
  describeFitsEverySurface,
  markOf,
  sceneOf,
  SURFACE_SIZES,
  SURFACES,
  textMarks,
  textOf
} from './fit';

const scene = (step: string | null, size: Size = SURFACE_SIZES.desktop) => sceneOf(chart, step, size);
const texts = (s: Scene) => textMarks(s).map((m) => m.text);
const rect = (s: Scene, id: string) => markOf(s, id, 'rect');

describe('the-buildout data', () => {
  it('sums to the figures the chapter quotes (FACTS row 21)', () => {
    expect(Math.round(yearTotal(data.quarters, 2024)!)).toBe(228);
    expect(Math.round(yearTotal(data.quarters, 2025)!)).toBe(376);
    expect(Math.round((yearTotal(data.quarters, 2025)! / yearTotal(data.quarters, 2024)! - 1) * 100)).toBe(
      65
    );
    expect(Math.round(yearTotal(data.quarters, 2022)!)).toBe(151);
    expect(yearTotal(data.quarters, 2016)).toBeNull();
  });

  it('runs to the quarter to 30 June 2026: $165.05B, +87% on a year, +27% on the quarter', () => {
    const [q1, q2] = data.quarters.slice(-2);
    expect(q2!.key).toBe('2026Q2');
    expect(q2!.values).toEqual({ AMZN: 54.208, MSFT: 35.802, GOOGL: 44.924, META: 30.116 });
    expect(sum(COMPANIES, (c) => q2!.values[c]!)).toBeCloseTo(q2!.total!, 6);
    const yearAgo = data.quarters.find((q) => q.key === '2025Q2')!.total!;
    expect(Math.round((q2!.total! / yearAgo - 1) * 100)).toBe(87);
    expect(Math.round((q2!.total! / q1!.total! - 1) * 100)).toBe(27);
  });

  it('holds the July 2026 plans, with what each counts, adding up to about $720–745B', () => {
    expect(data.guidance.map((g) => [g.company, g.guidance_text, g.guidance_date])).toEqual([
      ['Amazon', '~$220B', '2026-07-30'],
      ['Alphabet', '$195–205B', '2026-07-22'],
      ['Meta', '$130–145B', '2026-07-29'],
      ['Microsoft', '~$175B', '2026-07-29']
    ]);
    expect(guidanceSum(data.guidance)).toEqual({ low: 720, high: 745 });
    for (const g of data.guidance) expect(g.basis.length, g.company).toBeGreaterThan(20);
    expect(data.guidance.find((g) => g.company === 'Microsoft')!.actual_2025_usd_bn).toBeNull();
  });

  it('has 2025 actuals in the guidance file that match the quarterly SEC figures', () => {
    for (const g of data.guidance) {
      expect(sources.has(g.source_id)).toBe(true);
      if (g.actual_2025_usd_bn === null) continue;
      const total = sum(
        data.quarters.filter((q) => q.year === 2025),
        (q) => q.values[TICKER[g.company]]
      );
      expect(Math.abs(total - g.actual_2025_usd_bn), g.company).toBeLessThan(0.06);
    }
    expect(chart.sources.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('rejects malformed rows with the file and line', () => {
    const head =
      'quarter_end,MSFT_usd_bn,GOOGL_usd_bn,AMZN_usd_bn,META_usd_bn,big4_total_usd_bn,big4_total_yoy_pct\n';
    expect(() =>
      parseQuarters(head + '2025-03-31,16.7,17.2,25.0,12.9,71.9,62.3\n2025-06-31,1,1,1,1,4,0\n')
    ).toThrow('content/data/hyperscaler_capex_quarterly_big4.csv:3: column "quarter_end"');
    expect(() => parseQuarters(head + '2025-06-30,1,1,1,1,4,0\n2025-03-31,1,1,1,1,4,0\n')).toThrow(
      /:3: quarters out of order/
    );
    expect(() =>
      parseGuidance(
        'company,actual_2025_usd_bn,guidance_2026_low_usd_bn,guidance_2026_high_usd_bn,guidance_date,guidance_text,basis,first_guidance_2026_text,first_guidance_date,source_id\nOracle,1,2,3,2026-01-01,x,b,,,y\n'
      )
    ).toThrow('content/data/hyperscaler_capex_guidance_2026.csv:2: column "company"');
    expect(() =>
      parseGuidance(
        'company,actual_2025_usd_bn,guidance_2026_low_usd_bn,guidance_2026_high_usd_bn,guidance_date,guidance_text,basis,first_guidance_2026_text,first_guidance_date,source_id\nMeta,1,3,2,2026-07-01,x,b,,,y\n'
      )
    ).toThrow(/:2: the low end of the plan is above its high end/);
  });
});

describe('the-buildout layout', () => {
  it.each(SURFACES)('stacks each quarter to its total, in proportion, at %s', (_, size) => {
    const s = scene('record-2025', size);
    const height = (key: string) => sum(COMPANIES, (c) => rect(s, `bar-${key}-${c}`).height);
    const total = (key: string) => data.quarters.find((x) => x.key === key)!.total!;
    expect(height('2025Q4') / height('2018Q1')).toBeCloseTo(total('2025Q4') / total('2018Q1'), 2);
    // Segments touch: each starts where the one below ends.
    const [a, b] = [rect(s, 'bar-2025Q4-AMZN'), rect(s, 'bar-2025Q4-MSFT')];
    expect(b.y + b.height).toBeCloseTo(a.y, 6);
  });

  it('shows only the quarters up to the step, and rescales the axis after the steady years', () => {
    expect(rect(scene('steady-years'), 'bar-2023Q1-AMZN').opacity).toBe(0);
    expect(rect(scene('take-off'), 'bar-2023Q1-AMZN').opacity).toBe(1);
    expect(rect(scene('take-off'), 'bar-2025Q1-AMZN').opacity).toBe(0);
    const h1 = rect(scene('steady-years'), 'bar-2022Q4-AMZN').height;
    const h2 = rect(scene('take-off'), 'bar-2022Q4-AMZN').height;
    expect(h1 / h2).toBeCloseTo(140 / 45, 1);
    expect(rect(scene('record-2025'), 'bar-2026Q2-AMZN').opacity).toBe(1);
  });

  it('annotates the key numbers on the chart, as the alt text gives them', () => {
    expect(texts(scene('take-off'))).toEqual(
      expect.arrayContaining(['2023: $147B (−3%)', '2024: $228B (+55%)'])
    );
    expect(altText(chart, 'take-off')).toMatch(/\$147 billion.*\$228 billion in 2024, up 55%/);
    expect(texts(scene('record-2025'))).toEqual(
      expect.arrayContaining(['2025: $376B (+65%)', '2026 Q2: $165.1B'])
    );
    expect(altText(chart, 'record-2025')).toMatch(/\$376 billion, up 65%.*2026 Q2, reached \$165\.1 billion/);
    // On the smallest phone the brackets stay, with their totals.
    expect(textOf(scene('take-off', SURFACE_SIZES.phoneSmall))).toMatch(/2024: \$228B \(\+55%\)/);
  });

  it('draws 2026 guidance as dashed outlines, labelled guidance', () => {
    const s = scene('guidance-2026');
    for (const id of ['amazon', 'alphabet', 'meta', 'microsoft']) {
      const plan = rect(s, `guide-${id}-plan`);
      expect(plan.fill).toBe('none');
      expect(plan.dash).toBeTruthy();
    }
    for (const id of ['amazon', 'alphabet', 'meta'])
      expect(rect(s, `guide-${id}-actual`).dash).toBeUndefined();
    // Microsoft's plan counts leases: no 2025 bar on another basis beside it, and the chart says why.
    expect(s.marks.find((m) => m.id === 'guide-microsoft-actual')).toBeUndefined();
    expect(textOf(s)).toMatch(/Microsoft’s counts leases, so no 2025 bar/);
    expect(texts(s)).toEqual(expect.arrayContaining(['2026 plan', '~220', '195–205', '130–145', '~175']));
    expect(textOf(s)).toContain('July 2026');
    expect(altText(chart, 'guidance-2026')).toMatch(
      /\$195–205B.*Microsoft: no 2025 bar; plan ~\$175B.*\$720–745 billion/
    );
    // Where the bars would be too narrow for their values, the inset is a table of them.
    expect(textOf(scene('guidance-2026', SURFACE_SIZES.phoneSmall))).toMatch(/Alphabet: 91 → 195–205/);
    expect(rect(s, 'guide-amazon-plan').height / rect(s, 'guide-amazon-actual').height).toBeCloseTo(
      220 / 131.8,
      2
    );
  });
});

describeFitsEverySurface(chart);
