import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { CircleMark, PathMark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/an-old-echo';
import {
  DOTCOM_END,
  data,
  decimalYear,
  maxBefore,
  parseQuarters,
  quarter,
  quarterLabel
} from '$lib/charts/an-old-echo/data';
import { X_DOMAIN, Y_DOMAIN, layout } from '$lib/charts/an-old-echo/layout';
import { states } from '$lib/charts/an-old-echo/states';
import { CHART_SIZES } from './sizes';

const SIZES = CHART_SIZES;
const STEPS = [null, ...Object.keys(states.steps)];
const scene = (step: string | null, size = SIZES[3]!) => layout(data, resolveState(states, step), size);
const texts = (s: Scene) =>
  s.marks
    .filter((m): m is TextMark => m.kind === 'text')
    .map((m) => m.text)
    .join(' | ');
const series = (s: Scene) => s.marks.find((m): m is PathMark => m.id === 'series')!;

function extent(m: TextMark): [number, number] {
  const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
  if (m.anchor === 'end') return [m.x - w, m.x];
  if (m.anchor === 'middle') return [m.x - w / 2, m.x + w / 2];
  return [m.x, m.x + w];
}

describe('an-old-echo data (BEA via FRED, FACTS row 17)', () => {
  it('runs quarterly from 1990 Q1 to 2026 Q1', () => {
    expect(data[0]!.date).toBe('1990-01-01');
    expect(data.at(-1)!.date).toBe('2026-01-01');
    expect(data).toHaveLength(36 * 4 + 1);
  });

  it('holds the dot-com peaks and today’s figures', () => {
    expect(maxBefore(data, 'it_yoy_growth_pct', DOTCOM_END)).toMatchObject({
      date: '1999-07-01',
      it_yoy_growth_pct: 17.02
    });
    expect(maxBefore(data, 'it_share_of_gdp_pct', DOTCOM_END)).toMatchObject({
      date: '2000-10-01',
      it_share_of_gdp_pct: 4.461
    });
    expect(quarter(data, '2025-10-01').it_yoy_growth_pct).toBe(19.5);
    expect(quarter(data, '2026-01-01').it_share_of_gdp_pct).toBe(4.913);
  });

  it('agrees with its own levels: growth on a year earlier and share of GDP', () => {
    for (const r of data.slice(4)) {
      const prev = quarter(data, `${Number(r.date.slice(0, 4)) - 1}${r.date.slice(4)}`);
      const g = (r.it_equipment_software_usd_bn_saar / prev.it_equipment_software_usd_bn_saar - 1) * 100;
      expect(Math.abs(g - r.it_yoy_growth_pct), r.date).toBeLessThan(0.01);
      const share = (r.it_equipment_software_usd_bn_saar / r.gdp_usd_bn_saar) * 100;
      expect(Math.abs(share - r.it_share_of_gdp_pct), r.date).toBeLessThan(0.001);
    }
  });

  it('rejects a bad row with the file and line', () => {
    const head =
      'date,it_equipment_software_usd_bn_saar,gdp_usd_bn_saar,it_share_of_gdp_pct,it_yoy_growth_pct\n';
    expect(() =>
      parseQuarters(head + '1990-01-01,176.7,5872.7,3.01,7.94\n1990-04-01,abc,5960,3.0,7\n', 'x.csv')
    ).toThrow('x.csv:3: column "it_equipment_software_usd_bn_saar"');
    expect(() => parseQuarters(head + '1990-02-01,176.7,5872.7,3.01,7.94\n', 'x.csv')).toThrow(
      'x.csv:2: 1990-02-01 is not the first day of a quarter'
    );
  });

  it('labels quarters', () => {
    expect(quarterLabel('1999-07-01')).toBe('1999 Q3');
    expect(decimalYear('1999-07-01')).toBe(1999.5);
  });
});

describe('an-old-echo layout', () => {
  it('draws only the quarters up to the step’s end, on a fixed 1990–2026 axis', () => {
    expect(series(scene('dotcom-peak')).points).toHaveLength(14 * 4);
    expect(series(scene('above-the-peak')).points).toHaveLength(data.length);
    const a = series(scene('dotcom-peak')).points[0]!;
    const b = series(scene('above-the-peak')).points[0]!;
    expect(a).toEqual(b);
  });

  it('maps values linearly: 2025 Q4 sits above the 1999 Q3 peak by 2.5 points of growth', () => {
    const s = scene('above-the-peak', { width: 760, height: 620 });
    const peak = s.marks.find((m): m is CircleMark => m.id === 'dot-dotcom-growth')!;
    const now = s.marks.find((m): m is CircleMark => m.id === 'dot-now-growth')!;
    const zero = s.marks.find((m) => m.id === 'grid-growth-line-0')!;
    const ten = s.marks.find((m) => m.id === 'grid-growth-line-10')!;
    const perPoint = ((zero as { y1: number }).y1 - (ten as { y1: number }).y1) / 10;
    expect((peak.cy - now.cy) / perPoint).toBeCloseTo(19.5 - 17.02, 5);
    expect(now.cx).toBeGreaterThan(peak.cx);
    expect(X_DOMAIN[0]).toBe(1990);
    expect(Y_DOMAIN.growth[1]).toBeGreaterThan(19.5);
  });

  it.each([
    ['dotcom-peak', ['Dot-com peak', '1999 Q3: +17.0%'], ['2025 Q4']],
    ['above-the-peak', ['1999 Q3: +17.0%', '2025 Q4: +19.5%', '2026 Q1: +19.4%'], ['4.46%']],
    ['share-of-gdp', ['2000 Q4: 4.46%', '2026 Q1: 4.91%', 'share of GDP'], ['+17.0%']]
  ])('at %s annotates %j and not %j', (step, present, absent) => {
    const t = texts(scene(step));
    for (const p of present) expect(t).toContain(p);
    for (const a of absent) expect(t).not.toContain(a);
  });

  it('keeps the line’s id when switching to share of GDP, so it morphs', () => {
    expect(series(scene('above-the-peak')).id).toBe(series(scene('share-of-gdp')).id);
  });

  it.each(STEPS.flatMap((step) => SIZES.map((size) => [step ?? 'opening', size] as const)))(
    'at %s, %o: unique ids, finite numbers, text inside the frame',
    (step, size) => {
      const s = scene(step === 'opening' ? null : step, size);
      const ids = s.marks.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(JSON.stringify(s)).not.toMatch(/null|NaN/);
      for (const m of s.marks) {
        if (m.kind !== 'text') continue;
        const [a, b] = extent(m);
        expect(a, `${m.id}: "${m.text}"`).toBeGreaterThanOrEqual(0);
        expect(b, `${m.id}: "${m.text}"`).toBeLessThanOrEqual(size.width);
        expect(m.y).toBeGreaterThan(0);
        expect(m.y).toBeLessThanOrEqual(size.height);
      }
    }
  );
});

describe('an-old-echo definition', () => {
  it('describes each step with its numbers', () => {
    expect(chart.describe(data, resolveState(states, 'dotcom-peak'))).toMatch(/\+17\.0% in 1999 Q3/);
    expect(chart.describe(data, resolveState(states, 'above-the-peak'))).toMatch(
      /\+19\.5%.*above the dot-com peak/
    );
    expect(chart.describe(data, resolveState(states, 'share-of-gdp'))).toMatch(
      /4\.46% in 2000 Q4.*4\.91% in 2026 Q1/
    );
  });

  it('tables every quarter', () => {
    expect(chart.table(data).rows).toHaveLength(data.length);
  });
});

describe('an-old-echo on a short phone frame (296 × 324)', () => {
  it('drops its own title (the page shows the Scrolly title) but keeps every step readable', () => {
    for (const step of Object.keys(states.steps)) {
      const s = layout(data, resolveState(states, step), { width: 296, height: 324 });
      expect(s.marks.some((m) => m.id.startsWith('title-'))).toBe(false);
      expect(s.marks.filter((m) => m.kind === 'text').length).toBeGreaterThan(3);
    }
  });
});
