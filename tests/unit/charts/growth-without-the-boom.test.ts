import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { LineMark, Mark, RectMark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/growth-without-the-boom';
import { data, nextQuarter, parse, period } from '$lib/charts/growth-without-the-boom/data';
import { layout, Y_DOMAIN } from '$lib/charts/growth-without-the-boom/layout';
import { states } from '$lib/charts/growth-without-the-boom/states';

const SIZES = [
  { width: 320, height: 480 },
  { width: 375, height: 560 },
  { width: 760, height: 620 }
];
const STEPS = [null, ...Object.keys(states.steps)];
const scene = (step: string | null, size = SIZES[1]!) => layout(data, resolveState(states, step), size);
const find = <K extends Mark['kind']>(s: Scene, id: string, kind: K) =>
  s.marks.find((m) => m.id === id && m.kind === kind) as Extract<Mark, { kind: K }> | undefined;
const texts = (s: Scene) => s.marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.text);

function extent(m: TextMark): [number, number] {
  const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
  if (m.anchor === 'end') return [m.x - w, m.x];
  if (m.anchor === 'middle') return [m.x - w / 2, m.x + w / 2];
  return [m.x, m.x + w];
}

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

  it('rejects a missing quarter with the file and line', () => {
    const header =
      'quarter,real_gdp_musd_2017,real_it_investment_musd_2017,gdp_growth_saar_pct,contrib_equipment_pp,contrib_ipp_pp,contrib_imports_pp';
    const bad = `${header}\n2024Q4,100,10,1,0,0,0\n2025Q2,101,11,1,0,0,0\n`;
    expect(() => parse(bad)).toThrow(
      'content/data/bea_gdp_it_contributions.csv:3: expected 2025Q1 after 2024Q4'
    );
  });

  it('rejects a malformed quarter with the file and line', () => {
    const header =
      'quarter,real_gdp_musd_2017,real_it_investment_musd_2017,gdp_growth_saar_pct,contrib_equipment_pp,contrib_ipp_pp,contrib_imports_pp';
    expect(() => parse(`${header}\n2025-Q1,100,10,1,0,0,0\n`)).toThrow(
      /bea_gdp_it_contributions\.csv:2: column "quarter"/
    );
  });

  it('steps quarters across years', () => {
    expect(nextQuarter('2024Q4')).toBe('2025Q1');
    expect(nextQuarter('2025Q1')).toBe('2025Q2');
  });
});

describe('growth-without-the-boom layout', () => {
  it('draws quarters 2022Q1–2025Q2 until the caveats, then through 2026Q1', () => {
    const bars = (s: Scene) =>
      s.marks.filter((m) => m.id.startsWith('bar-other-')).map((m) => m.id.slice(10));
    expect(bars(scene('it-slice'))[0]).toBe('2022Q1');
    expect(bars(scene('it-slice')).at(-1)).toBe('2025Q2');
    expect(bars(scene('growth-caveats')).at(-1)).toBe('2026Q1');
  });

  it('keeps the value axis fixed so bar heights stay comparable', () => {
    for (const q of data.quarters) {
      expect(q.growth).toBeGreaterThan(Y_DOMAIN[0]);
      expect(q.growth).toBeLessThan(Y_DOMAIN[1]);
      expect(q.other).toBeGreaterThan(Y_DOMAIN[0]);
    }
  });

  it('makes bar heights proportional to the points they stand for', () => {
    const s = scene('it-slice');
    const zero = find(s, 'grid-line-0', 'line')!.y1;
    const two = find(s, 'grid-line-2', 'line')!.y1;
    const perPoint = (zero - two) / 2;
    for (const q of data.quarters.filter((x) => x.quarter <= '2025Q2')) {
      const it = find(s, `bar-it-${q.quarter}`, 'rect') as RectMark;
      expect(it.height).toBeCloseTo(Math.abs(q.it) * perPoint, 6);
      const net = find(s, `net-${q.quarter}`, 'line') as LineMark;
      expect(net.y1).toBeCloseTo(zero - q.growth * perPoint, 6);
    }
  });

  it('stacks a negative remainder below zero when IT investment rose (2025Q1)', () => {
    const s = scene('first-half-2025');
    const zero = find(s, 'grid-line-0', 'line')!.y1;
    const it = find(s, 'bar-it-2025Q1', 'rect')!;
    const other = find(s, 'bar-other-2025Q1', 'rect')!;
    expect(it.y + it.height).toBeCloseTo(zero, 6);
    expect(other.y).toBeCloseTo(zero, 6);
  });

  it('puts the H1 2025 numbers on the chart', () => {
    const all = texts(scene('first-half-2025')).join(' ');
    expect(all).toContain('IT investment: 92%');
    expect(all).toContain('GDP +1.6% a year');
    expect(all).toMatch(/grew \+0\.1% a year/);
    expect(texts(scene('it-slice')).join(' ')).not.toContain('92%');
  });

  it('states the caveats and the full-year share at the last step', () => {
    const all = texts(scene('growth-caveats', SIZES[2])).join(' ');
    expect(all).toContain('IT investment: 55%');
    expect(all).toMatch(/not cause/);
    expect(all).toMatch(/imported/);
  });

  it.each(STEPS.flatMap((step) => SIZES.map((size) => [step ?? 'opening', size] as const)))(
    'at %s, %o keeps text inside the frame and the plot a usable height',
    (step, size) => {
      const s = scene(step === 'opening' ? null : step, size);
      for (const m of s.marks) {
        if (m.kind !== 'text') continue;
        const [a, b] = extent(m);
        expect(a, `${m.id} "${m.text}"`).toBeGreaterThanOrEqual(0);
        expect(b, `${m.id} "${m.text}"`).toBeLessThanOrEqual(size.width);
        expect(m.y, m.id).toBeLessThanOrEqual(size.height);
      }
      const plotH = find(s, 'grid-line--2', 'line')!.y1 - find(s, 'grid-line-4', 'line')!.y1;
      expect(plotH).toBeGreaterThan(100);
    }
  );

  it('describes the frame with its numbers', () => {
    expect(chart.describe(data, resolveState(states, 'first-half-2025'))).toMatch(
      /1\.6% a year.*92%.*0\.1% a year/
    );
    expect(chart.describe(data, resolveState(states, 'growth-caveats'))).toMatch(/55% of \+2\.0% growth/);
  });
});
