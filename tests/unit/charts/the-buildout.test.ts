import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { RectMark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/the-buildout';
import { data, parseGuidance, parseQuarters, yearTotal } from '$lib/charts/the-buildout/data';
import { layout } from '$lib/charts/the-buildout/layout';
import { states } from '$lib/charts/the-buildout/states';
import { sources } from '$lib/content/sources';

const SIZES = [
  { width: 320, height: 480 },
  { width: 375, height: 560 },
  { width: 640, height: 480 },
  { width: 760, height: 620 }
];
const STEPS = [null, ...Object.keys(states.steps)];
const scene = (step: string | null, size = SIZES[1]!) => layout(data, resolveState(states, step), size);
const texts = (s: Scene) => s.marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.text);
const rect = (s: Scene, id: string) => s.marks.find((m) => m.id === id) as RectMark;

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
      const sum = data.quarters
        .filter((q) => q.year === 2025)
        .reduce((s, q) => s + q.values[key[g.company]]!, 0);
      expect(Math.abs(sum - g.actual_2025_usd_bn), g.company).toBeLessThan(0.06);
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
  it('stacks each quarter to its total, in proportion', () => {
    const s = scene('record-2025');
    const q = data.quarters.find((x) => x.key === '2025Q4')!;
    const h = ['AMZN', 'MSFT', 'GOOGL', 'META'].reduce(
      (sum, c) => sum + rect(s, `bar-2025Q4-${c}`).height,
      0
    );
    const q0 = data.quarters.find((x) => x.key === '2018Q1')!;
    const h0 = ['AMZN', 'MSFT', 'GOOGL', 'META'].reduce(
      (sum, c) => sum + rect(s, `bar-2018Q1-${c}`).height,
      0
    );
    expect(h / h0).toBeCloseTo(q.total! / q0.total!, 2);
  });

  it('shows only the quarters up to the step, and rescales the axis after the steady years', () => {
    expect(rect(scene('steady-years'), 'bar-2023Q1-AMZN').opacity).toBe(0);
    expect(rect(scene('take-off'), 'bar-2023Q1-AMZN').opacity).toBe(1);
    expect(rect(scene('take-off'), 'bar-2025Q1-AMZN').opacity).toBe(0);
    const h1 = rect(scene('steady-years'), 'bar-2022Q4-AMZN').height;
    const h2 = rect(scene('take-off'), 'bar-2022Q4-AMZN').height;
    expect(h1 / h2).toBeCloseTo(140 / 45, 1);
  });

  it('annotates the key numbers on the chart', () => {
    expect(texts(scene('take-off'))).toEqual(
      expect.arrayContaining(['2023: $147B (−3%)', '2024: $228B (+55%)'])
    );
    expect(texts(scene('record-2025'))).toEqual(
      expect.arrayContaining(['2025: $376B (+65%)', '2026 Q1: $129.8B'])
    );
    expect(texts(scene('steady-years')).join(' ')).toMatch(/Amazon/);
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
    expect(rect(s, 'guide-amazon-plan').height / rect(s, 'guide-amazon-actual').height).toBeCloseTo(
      200 / 131.8,
      2
    );
  });

  it.each(SIZES)('keeps every label inside the frame at %o, at every step', (size) => {
    for (const step of STEPS) {
      for (const m of scene(step, size).marks) {
        if (m.kind !== 'text') continue;
        const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
        const x0 = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
        expect(x0, `${step}: "${m.text}"`).toBeGreaterThanOrEqual(0);
        expect(x0 + w, `${step}: "${m.text}"`).toBeLessThanOrEqual(size.width + 1);
      }
    }
  });

  it('describes every step with its numbers', () => {
    expect(chart.describe(data, resolveState(states, 'record-2025'))).toContain('$376 billion');
    expect(chart.describe(data, resolveState(states, 'guidance-2026'))).toContain('$175–185B');
    for (const step of STEPS)
      expect(chart.describe(data, resolveState(states, step)).length).toBeGreaterThan(80);
  });
});
