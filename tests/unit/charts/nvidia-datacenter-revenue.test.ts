import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/nvidia-datacenter-revenue';
import { quarters, yearMargin, yearTotal } from '$lib/charts/nvidia-datacenter-revenue/data';
import type { RectMark, Scene } from '$lib/charts/types';
import { altText, describeFitsEverySurface, markOf, sceneOf, SURFACES, textOf } from './fit';

const bars = (s: Scene) =>
  s.marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith('bar-') && (m.opacity ?? 1) > 0);

describe('NVIDIA data', () => {
  it.each([
    [2023, 15.0],
    [2024, 47.5],
    [2025, 115.2],
    [2026, 193.7]
  ])(
    'quarters of FY%i add up to the reported $%sB (within the rounding of the published quarters)',
    (fy, total) => {
      expect(Math.abs(yearTotal(quarters, fy)! - total)).toBeLessThanOrEqual(0.1 + 1e-9);
    }
  );

  it.each([
    [2023, 56.9],
    [2024, 72.7],
    [2025, 75.0],
    [2026, 71.1]
  ])('FY%i GAAP gross margin from SEC quarters is %s%%', (fy, gm) => {
    expect(yearMargin(quarters, fy)).toBeCloseTo(gm, 1);
  });
});

describe('NVIDIA layout', () => {
  it('holds Q2 FY2027 as NVIDIA reported it: $89.0B data center, $96.2B revenue, 75.0% margin', () => {
    const q = quarters.at(-1)!;
    expect([q.fiscal_quarter, q.quarter_end]).toEqual(['Q2 FY2027', '2026-07-26']);
    expect([q.data_center_revenue_usd_bn, q.total_revenue_usd_m, q.gaap_gross_margin_pct]).toEqual([
      89.0, 96221, 75.0
    ]);
    // Its gross profit in dollars was not read: no year margin for an incomplete FY2027 either.
    expect(q.gross_profit_usd_m).toBeNull();
    expect(yearMargin(quarters, 2027)).toBeNull();
  });

  it.each(SURFACES)('draws bars proportional to revenue on one baseline, at %s', (_, size) => {
    const b = bars(sceneOf(chart, 'latest', size));
    const ratio = b.map((m, i) => m.height / quarters[i]!.data_center_revenue_usd_bn);
    for (const r of ratio) expect(r).toBeCloseTo(ratio[0]!, 6);
    expect(new Set(b.map((m) => Math.round(m.y + m.height))).size).toBe(1);
  });

  it.each([
    ['before-chatgpt', 3],
    ['take-off', 6],
    ['thirteen-fold', 16],
    ['latest', 18],
    ['margin', 18]
  ])('at %s shows %i quarters', (step, n) => {
    expect(bars(sceneOf(chart, step)).filter((m) => m.height > 0)).toHaveLength(n);
  });

  it.each([
    ['take-off', /Q2 FY'24: \$10\.3B/, /\$10\.3 billion/],
    ['take-off', /2\.4× the quarter before/, /2\.4× the quarter before/],
    ['thirteen-fold', /FY2026: \$193\.7B — 13× FY2023/, /FY2026 \$193\.7 billion, 13× as much/],
    ['latest', /Q2 FY'27: \$89\.0B/, /Q2 FY2027 is labelled: \$89\.0 billion/],
    [
      'margin',
      /FY2023 56\.9% → FY2026 71\.1%/,
      /56\.9% for FY2023, 71\.1% for FY2026 and 75\.0% in Q2 FY2027/
    ],
    ['margin', /60\.5%: \$4\.5B H20 charge/, /./],
    ['margin', /75\.0%/, /75\.0% in Q2 FY2027/],
    ['before-chatgpt', /ChatGPT launch, 30 Nov 2022/, /ChatGPT on 30 November 2022/]
  ])('at %s writes %s on the chart at every surface, and the alt text says %s', (step, onChart, inAlt) => {
    for (const [name, size] of SURFACES) expect(textOf(sceneOf(chart, step, size)), name).toMatch(onChart);
    expect(altText(chart, step)).toMatch(inAlt);
  });

  it('marks where the new segment definitions begin at the latest step, in the alt text too', () => {
    for (const [name, size] of SURFACES)
      expect(textOf(sceneOf(chart, 'latest', size)), name).toContain('new segments');
    const s = sceneOf(chart, 'latest');
    const rule = markOf(s, 'segments-line', 'line');
    const q1 = bars(s).find((b) => b.id === 'bar-2026-04-26')!;
    const q4 = bars(s).find((b) => b.id === 'bar-2026-01-25')!;
    expect(rule.x1).toBeGreaterThan(q4.x + q4.width);
    expect(rule.x1).toBeLessThan(q1.x);
    expect(altText(chart, 'latest')).toMatch(/new segment definitions/);
    expect(textOf(sceneOf(chart, 'thirteen-fold'))).not.toContain('new segments');
  });

  it('prints the multiple only at the take-off (a state flag, not a step id)', () => {
    expect(chart.states.steps['take-off']!.calloutRatio).toBe(true);
    expect(textOf(sceneOf(chart, 'latest'))).not.toMatch(/the quarter before/);
  });
});

describeFitsEverySurface(chart);
