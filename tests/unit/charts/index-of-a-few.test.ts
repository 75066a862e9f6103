import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/index-of-a-few';
import { data, parsePoints, point } from '$lib/charts/index-of-a-few/data';
import {
  altText,
  describeFitsEverySurface,
  markOf,
  sceneOf,
  stepsOf,
  SURFACE_SIZES,
  SURFACES,
  textOf
} from './fit';

const scene = (step: string | null) => sceneOf(chart, step);

describe('index-of-a-few data', () => {
  it('holds the published points with their providers', () => {
    expect(point(data, 'spdji-2025')).toMatchObject({
      value_pct: 40,
      provider: 'S&P DJI',
      display: 'almost 40%'
    });
    expect(point(data, 'goldman-2000')).toMatchObject({ value_pct: 27, provider: 'Goldman Sachs' });
    expect(point(data, 'clearbridge-2024')).toMatchObject({ value_pct: 38.7 });
    expect(point(data, 'vc-mag7-2022')).toMatchObject({ value_pct: 21.6, measure: 'mag7-mcap' });
    expect(new Set(data.map((d) => d.provider)).size).toBeGreaterThanOrEqual(10);
  });

  it('rejects an unknown measure and a duplicate id, naming the file and line', () => {
    const head = 'id,as_of,year,measure,value_pct,display,provider,source_id,basis\n';
    expect(() => parsePoints(head + 'a,2000,2000,top20,27,27%,GS,gs,x\n')).toThrow(
      'content/data/sp500_concentration_points.csv:2: column "measure"'
    );
    expect(() =>
      parsePoints(head + 'a,2000,2000,top10,27,27%,GS,gs,x\na,2001,2001,top10,26,26%,GS,gs,x\n')
    ).toThrow('sp500_concentration_points.csv:3: duplicate id "a"');
    expect(() => parsePoints(head + 'a,2000,2000,top10,127,27%,GS,gs,x\n')).toThrow(/:2: column "value_pct"/);
  });
});

describe('index-of-a-few layout', () => {
  it('draws points only: no line or path ever joins them', () => {
    for (const step of stepsOf(chart)) {
      for (const [, size] of SURFACES) {
        expect(sceneOf(chart, step, size).marks.some((m) => m.kind === 'path')).toBe(false);
      }
    }
  });

  it('says on the chart that the points come from different providers', () => {
    expect(textOf(scene('long-view'))).toMatch(/different providers/);
    expect(chart.note?.en).toMatch(/various providers/);
  });

  it('labels each named point with its provider and value', () => {
    for (const step of Object.keys(chart.states.steps)) {
      const t = textOf(scene(step));
      for (const id of chart.states.steps[step]!.named ?? []) {
        const p = point(data, id);
        expect(t, `${step}: ${id}`).toContain(p.provider);
        expect(t, `${step}: ${id}`).toContain(p.display);
      }
    }
  });

  it('names fewer points on a short frame, keeping the most important first', () => {
    const short = sceneOf(chart, 'forty-percent', SURFACE_SIZES.phoneSmall);
    const named = short.marks.filter(
      (m) => m.kind === 'text' && m.id.startsWith('label-') && m.id.endsWith('-0')
    );
    expect(named.length).toBeLessThan(chart.states.steps['forty-percent']!.named!.length);
    expect(short.marks.some((m) => m.id === 'label-spdji-2025-0')).toBe(true);
  });

  it('puts values on a linear % scale: 40% sits 13/10 as far above 27% as 27% is above 14%', () => {
    const s = scene('forty-percent');
    const cy = (id: string) => markOf(s, `pt-${id}`, 'circle').cy;
    const d1 = cy('goldman-2000') - cy('spdji-2025');
    const d2 = cy('janney-2014') - cy('goldman-2000');
    expect(d1 / d2).toBeCloseTo((40 - 27) / (27 - 17.51), 5);
  });

  it('draws the dot-com peak as a reference line from Goldman’s 27%', () => {
    const s = scene('forty-percent');
    expect(s.marks.some((m) => m.id === 'dotcom-line')).toBe(true);
    expect(textOf(s)).toContain('dot-com peak, 27%');
    expect(altText(chart, 'forty-percent')).toContain('dot-com peak of about 27%');
    expect(scene('long-view').marks.some((m) => m.id === 'dotcom-line')).toBe(false);
  });

  it('shows the long band in the first step and the Magnificent 7 only in the last', () => {
    expect(textOf(scene('long-view'))).toContain('1880–2010: always between 19% and 28%');
    expect(altText(chart, 'long-view')).toContain('between 19% and 28% from 1880 to 2010');
    expect(scene('forty-percent').marks.some((m) => m.id.startsWith('pt-fool-'))).toBe(false);
    const last = scene('seven-names');
    expect(last.marks.some((m) => m.id === 'pt-fool-2025b')).toBe(true);
    expect(last.marks.some((m) => m.id === 'pt-vc-mag7-2022')).toBe(true);
  });

  it('calls the long view the US market, not the S&P 500, which began in 1957 (F11)', () => {
    for (const step of [null, 'long-view']) {
      expect(textOf(scene(step))).toMatch(/Share of the US stock market held by its 10 largest stocks/);
      expect(textOf(scene(step))).not.toMatch(/S&P 500/);
    }
    expect(altText(chart, 'long-view')).toMatch(/the US stock market \(the S&P 500 from 1957\)/);
    expect(textOf(scene('dot-com-peak'))).toMatch(/Share of the S&P 500/);
  });

  it('describes every step', () => {
    for (const step of Object.keys(chart.states.steps))
      expect(altText(chart, step)).toMatch(/different providers/);
    expect(altText(chart, 'forty-percent')).toContain('S&P DJI, mid-2025: almost 40%');
  });
});

describeFitsEverySurface(chart);
