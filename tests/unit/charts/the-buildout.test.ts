import { sum } from 'd3-array';
import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/the-buildout';
import { COMPANIES, data, parseGuidance, parseQuarters, yearTotal } from '$lib/charts/the-buildout/data';
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

  it('has 2025 actuals in the guidance file that match the quarterly SEC figures', () => {
    const key = { Amazon: 'AMZN', Alphabet: 'GOOGL', Meta: 'META' } as const;
    for (const g of data.guidance) {
      const total = sum(
        data.quarters.filter((q) => q.year === 2025),
        (q) => q.values[key[g.company]]
      );
      expect(Math.abs(total - g.actual_2025_usd_bn), g.company).toBeLessThan(0.06);
      expect(sources.has(g.source_id)).toBe(true);
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
        'company,actual_2025_usd_bn,guidance_2026_low_usd_bn,guidance_2026_high_usd_bn,guidance_date,guidance_text,source_id\nOracle,1,2,3,2026-01-01,x,y\n'
      )
    ).toThrow('content/data/hyperscaler_capex_guidance_2026.csv:2: column "company"');
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
  });

  it('annotates the key numbers on the chart, as the alt text gives them', () => {
    expect(texts(scene('take-off'))).toEqual(
      expect.arrayContaining(['2023: $147B (−3%)', '2024: $228B (+55%)'])
    );
    expect(altText(chart, 'take-off')).toMatch(/\$147 billion.*\$228 billion in 2024, up 55%/);
    expect(texts(scene('record-2025'))).toEqual(
      expect.arrayContaining(['2025: $376B (+65%)', '2026 Q1: $129.8B'])
    );
    expect(altText(chart, 'record-2025')).toMatch(/\$376 billion, up 65%.*\$129\.8 billion/);
    // On the smallest phone the brackets stay, with their totals.
    expect(textOf(scene('take-off', SURFACE_SIZES.phoneSmall))).toMatch(/2024: \$228B \(\+55%\)/);
  });

  it('draws 2026 guidance as dashed outlines, labelled guidance', () => {
    const s = scene('guidance-2026');
    for (const id of ['amazon', 'alphabet', 'meta']) {
      const plan = rect(s, `guide-${id}-plan`);
      expect(plan.fill).toBe('none');
      expect(plan.dash).toBeTruthy();
      expect(rect(s, `guide-${id}-actual`).dash).toBeUndefined();
    }
    expect(texts(s)).toEqual(expect.arrayContaining(['2026 guidance', '~200', '175–185', '115–135']));
    expect(altText(chart, 'guidance-2026')).toContain('$175–185B');
    // Where the bars would be too narrow for their values, the inset is a table of them.
    expect(textOf(scene('guidance-2026', SURFACE_SIZES.phoneSmall))).toMatch(/Alphabet: 91 → 175–185/);
    expect(rect(s, 'guide-amazon-plan').height / rect(s, 'guide-amazon-actual').height).toBeCloseTo(
      200 / 131.8,
      2
    );
  });
});

describeFitsEverySurface(chart);
