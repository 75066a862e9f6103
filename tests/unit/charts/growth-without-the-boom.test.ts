import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/growth-without-the-boom';
import { data, nextQuarter, parse, period, quarterLabel } from '$lib/charts/growth-without-the-boom/data';
import { Y_DOMAIN } from '$lib/charts/growth-without-the-boom/layout';
import { pct, signedPct } from '$lib/charts/format';
import type { Scene } from '$lib/charts/types';
import { altText, describeFitsEverySurface, markOf, sceneOf, SURFACE_SIZES, SURFACES, textOf } from './fit';

describe('growth-without-the-boom data', () => {
  it('reproduces the 92% / 0.1% of the first half of 2025 (FACTS row 30)', () => {
    expect(data.h1.itSharePct).toBeCloseTo(92.1, 1);
    expect(data.h1.growthExIt.toFixed(1)).toBe('0.1');
    expect(data.h1.growth.toFixed(1)).toBe('1.6');
  });

  it('reproduces 54.6% for 2025, fourth quarter on fourth quarter', () => {
    expect(data.year2025.itSharePct).toBeCloseTo(54.6, 1);
    expect(data.year2025.growth.toFixed(1)).toBe('2.0');
  });

  it('gives Q4/Q4 2024 the 12.3% of the derived fact file', () => {
    expect(period(data.rows, '2023Q4', '2024Q4').itSharePct).toBeCloseTo(12.3, 1);
  });

  it('compounds each quarter’s growth to within rounding of BEA’s published rate', () => {
    for (const q of data.quarters) expect(Math.abs(q.growth - q.beaGrowth), q.quarter).toBeLessThan(0.06);
  });

  it('splits each quarter exactly: IT part + everything else = growth', () => {
    for (const q of data.quarters) expect(q.it + q.other).toBeCloseTo(q.growth, 10);
  });

  it('averages BEA’s equipment + IP contributions over H1 2025 to ≈1.3 points', () => {
    expect(data.h1.beaEquipmentIpp).toBeCloseTo((1.0 + 0.34 + 0.44 + 0.78) / 2, 10);
  });

  it('rejects a missing or malformed quarter with the file and line', () => {
    const header =
      'quarter,real_gdp_musd_2017,real_it_investment_musd_2017,gdp_growth_saar_pct,contrib_equipment_pp,contrib_ipp_pp,contrib_imports_pp';
    expect(() => parse(`${header}\n2024Q4,100,10,1,0,0,0\n2025Q2,101,11,1,0,0,0\n`)).toThrow(
      'content/data/bea_gdp_it_contributions.csv:3: expected 2025Q1 after 2024Q4'
    );
    expect(() => parse(`${header}\n2025-Q1,100,10,1,0,0,0\n`)).toThrow(
      /bea_gdp_it_contributions\.csv:2: column "quarter"/
    );
  });

  it('steps and names quarters', () => {
    expect(nextQuarter('2024Q4')).toBe('2025Q1');
    expect(nextQuarter('2025Q1')).toBe('2025Q2');
    expect(quarterLabel('2022Q1')).toBe('Q1 2022');
  });
});

describe('growth-without-the-boom layout', () => {
  it('draws quarters 2022Q1–2025Q2 until the caveats, then through 2026Q1', () => {
    const bars = (s: Scene) =>
      s.marks.filter((m) => m.id.startsWith('bar-other-')).map((m) => m.id.slice(10));
    expect(bars(sceneOf(chart, 'it-slice'))[0]).toBe('2022Q1');
    expect(bars(sceneOf(chart, 'it-slice')).at(-1)).toBe('2025Q2');
    expect(bars(sceneOf(chart, 'growth-caveats')).at(-1)).toBe('2026Q1');
  });

  it('keeps the value axis fixed so bar heights stay comparable', () => {
    for (const q of data.quarters) {
      expect(q.growth).toBeGreaterThan(Y_DOMAIN[0]);
      expect(q.growth).toBeLessThan(Y_DOMAIN[1]);
      expect(q.other).toBeGreaterThan(Y_DOMAIN[0]);
    }
  });

  it.each(SURFACES)('makes bar heights proportional to the points they stand for, at %s', (_, size) => {
    const s = sceneOf(chart, 'it-slice', size);
    const zero = markOf(s, 'grid-line-0', 'line').y1;
    const perPoint = (zero - markOf(s, 'grid-line-2', 'line').y1) / 2;
    expect(perPoint).toBeGreaterThan(5);
    for (const q of data.quarters.filter((x) => x.quarter <= '2025Q2')) {
      expect(markOf(s, `bar-it-${q.quarter}`, 'rect').height).toBeCloseTo(Math.abs(q.it) * perPoint, 6);
      expect(markOf(s, `net-${q.quarter}`, 'line').y1).toBeCloseTo(zero - q.growth * perPoint, 6);
    }
  });

  it('stacks a negative remainder below zero when IT investment rose (2025Q1)', () => {
    const s = sceneOf(chart, 'first-half-2025');
    const zero = markOf(s, 'grid-line-0', 'line').y1;
    const it = markOf(s, 'bar-it-2025Q1', 'rect');
    expect(it.y + it.height).toBeCloseTo(zero, 6);
    expect(markOf(s, 'bar-other-2025Q1', 'rect').y).toBeCloseTo(zero, 6);
  });

  it('draws the period bars split at IT investment’s share', () => {
    const s = sceneOf(chart, 'growth-caveats');
    for (const [id, p] of [
      ['h1', data.h1],
      ['y2025', data.year2025]
    ] as const) {
      const it = markOf(s, `panel-${id}-it`, 'rect');
      const other = markOf(s, `panel-${id}-other`, 'rect');
      expect(it.width / (it.width + other.width)).toBeCloseTo(p.itSharePct / 100, 6);
    }
  });

  it('puts the H1 2025 numbers on the chart, at every surface, as the alt text says them', () => {
    const figures = [pct(data.h1.itSharePct, 0), signedPct(data.h1.growth)];
    expect(figures).toEqual(['92%', '+1.6%']);
    for (const [name, size] of SURFACES) {
      const shown = textOf(sceneOf(chart, 'first-half-2025', size));
      for (const fig of figures) expect(shown, name).toContain(fig);
    }
    expect(textOf(sceneOf(chart, 'first-half-2025'))).toMatch(/without IT investment grew \+0\.1% a year/);
    expect(textOf(sceneOf(chart, 'it-slice'))).not.toContain('92%');
    expect(altText(chart, 'first-half-2025')).toMatch(/\+1\.6% a year.*92%.*\+0\.1% a year/);
  });

  it('states the caveats and the full-year share at the last step', () => {
    const shown = textOf(sceneOf(chart, 'growth-caveats'));
    expect(shown).toContain('IT investment: 55%');
    expect(shown).toMatch(/not cause/);
    expect(shown).toMatch(/imported/);
    expect(textOf(sceneOf(chart, 'growth-caveats', SURFACE_SIZES.phoneSmall))).toMatch(/55%.*not cause/);
    expect(altText(chart, 'growth-caveats')).toMatch(/55% of \+2\.0% growth/);
  });

  it('names quarters as "Q1 2022" in the alt text', () => {
    expect(altText(chart, 'quarterly-growth')).toMatch(/from Q1 2022 to Q2 2025/);
  });
});

describeFitsEverySurface(chart);
