import { describe, expect, it } from 'vitest';
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
import { X_DOMAIN, Y_DOMAIN } from '$lib/charts/an-old-echo/layout';
import type { Scene } from '$lib/charts/types';
import { altText, describeFitsEverySurface, markOf, sceneOf, SURFACES, textOf } from './fit';

const scene = (step: string | null) => sceneOf(chart, step);
const series = (s: Scene) => markOf(s, 'series', 'path');

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

  it.each(SURFACES)(
    'maps values linearly: 2025 Q4 sits 2.5 points of growth above the 1999 Q3 peak, at %s',
    (_, size) => {
      const s = sceneOf(chart, 'above-the-peak', size);
      const peak = markOf(s, 'dot-dotcom-growth', 'circle');
      const now = markOf(s, 'dot-now-growth', 'circle');
      const perPoint =
        (markOf(s, 'grid-growth-line-0', 'line').y1 - markOf(s, 'grid-growth-line-10', 'line').y1) / 10;
      expect((peak.cy - now.cy) / perPoint).toBeCloseTo(19.5 - 17.02, 5);
      expect(now.cx).toBeGreaterThan(peak.cx);
      expect(X_DOMAIN[0]).toBe(1990);
      expect(Y_DOMAIN.growth[1]).toBeGreaterThan(19.5);
    }
  );

  it.each([
    ['dotcom-peak', ['Dot-com peak', '1999 Q3: +17.0%'], ['2025 Q4']],
    ['above-the-peak', ['1999 Q3: +17.0%', '2025 Q4: +19.5%', '2026 Q1: +19.4%'], ['4.46%']],
    ['share-of-gdp', ['2000 Q4: 4.46%', '2026 Q1: 4.91%'], ['+17.0%']]
  ])('at %s annotates %j and not %j, at every surface', (step, present, absent) => {
    for (const [, size] of SURFACES) {
      const t = textOf(sceneOf(chart, step, size));
      for (const p of present) expect(t).toContain(p);
      for (const a of absent) expect(t).not.toContain(a);
    }
  });

  it('keeps the line’s id when switching to share of GDP, so it morphs', () => {
    expect(series(scene('above-the-peak')).id).toBe(series(scene('share-of-gdp')).id);
  });
});

describe('an-old-echo definition', () => {
  it('describes each step with its numbers', () => {
    expect(altText(chart, 'dotcom-peak')).toMatch(/\+17\.0% in 1999 Q3/);
    expect(altText(chart, 'above-the-peak')).toMatch(/\+19\.5%.*\+19\.4%, above the dot-com peak/);
    expect(altText(chart, 'share-of-gdp')).toMatch(/4\.46% in 2000 Q4.*4\.91% in 2026 Q1/);
  });

  it('tables every quarter', () => {
    expect(chart.table(data, 'en').rows).toHaveLength(data.length);
  });
});

describeFitsEverySurface(chart);
