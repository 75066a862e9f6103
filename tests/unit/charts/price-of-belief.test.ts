import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/price-of-belief';
import { at, data, lastAbove, monthLabel, parse, peak, yearOf } from '$lib/charts/price-of-belief/data';
import { resolveState } from '$lib/charts/state';
import { describeFitsEverySurface, markOf, sceneOf, stepsOf, SURFACES, textMarks, textOf } from './fit';

const STEPS = stepsOf(chart);
const scene = (step: string | null) => sceneOf(chart, step);
const texts = (step: string | null) => textMarks(scene(step)).map((m) => m.text);

describe('price-of-belief data', () => {
  it('runs from January 1881 to March 2026, every month, the last PE10 in Shiller’s later file', () => {
    expect(data.first.date).toBe('1881-01');
    expect(data.last.date).toBe('2026-03');
    expect(data.rows).toHaveLength((2026 - 1881) * 12 + 3);
  });

  it('takes Shiller’s revised values for August and September 2023, not the preliminary ones', () => {
    expect(at(data, '2023-08').cape).toBe(30.3);
    expect(at(data, '2023-09').cape).toBe(29.8);
    expect(at(data, '2023-07').cape).toBe(30.89);
  });

  it('has its AI-era high in January 2026, 39.59, the highest since September 2000', () => {
    const top = peak(data, '2023-01', '2026-03');
    expect(top).toEqual({ date: '2026-01', cape: 39.59 });
    expect(lastAbove(data, top.cape, top.date)!.date).toBe('2000-09');
    // Nothing between those months came as high.
    expect(peak(data, '2000-10', '2025-12').cape).toBeLessThan(39.59);
    expect(data.last.cape).toBe(36.94);
  });

  it('holds the figures the chapter quotes (FACTS row 32)', () => {
    expect(peak(data, '1881-01', '2026-03')).toEqual({ date: '1999-12', cape: 44.2 });
    expect(peak(data, '2021-01', '2021-12').date).toBe('2021-11');
    expect(peak(data, '2021-01', '2021-12').cape.toFixed(1)).toBe('38.6');
    expect(peak(data, '1929-01', '1929-12')).toEqual({ date: '1929-09', cape: 32.56 });
    expect(at(data, '2023-06').cape).toBe(29.94);
    expect(data.mean.toFixed(1)).toBe('17.7');
  });

  it('rejects a month without data (CAPE 0) with the file and line', () => {
    expect(() => parse('date,cape\n2023-06,29.94\n2023-07,0.0\n')).toThrow(
      'content/data/shiller_cape_monthly.csv:3: column "cape"'
    );
  });

  it('rejects an impossible month and months out of order', () => {
    expect(() => parse('date,cape\n1999-13,44\n')).toThrow(/:2: column "date"/);
    expect(() => parse('date,cape\n1999-12,44\n1999-11,43\n')).toThrow(/:3: months must increase/);
  });

  it('converts months to fractional years', () => {
    expect(yearOf('1999-01')).toBe(1999);
    expect(yearOf('1999-12')).toBeCloseTo(1999 + 11 / 12, 10);
    expect(monthLabel('1999-12')).toBe('Dec 1999');
  });
});

describe('price-of-belief layout', () => {
  it('draws every month as one line from edge to edge, on the same axes at every step', () => {
    const lines = STEPS.map((step) => markOf(scene(step), 'cape-line', 'path'));
    expect(lines[0]!.points).toHaveLength(data.rows.length);
    for (const l of lines) expect(l.points).toEqual(lines[0]!.points);
  });

  it('places the 1999 record above the 2021 peak and both above the average', () => {
    const l = markOf(scene('peak-2021'), 'cape-line', 'path');
    const i1999 = data.rows.findIndex((r) => r.date === '1999-12');
    const i2021 = data.rows.findIndex((r) => r.date === '2021-11');
    expect(l.points[i1999]![1]).toBeLessThan(l.points[i2021]![1]);
    expect(markOf(scene('peak-2021'), 'mean-line', 'line').y1).toBeGreaterThan(l.points[i2021]![1]);
  });

  it.each([
    ['crash-of-1929', ['Sep 1929: 32.6', 'Jun 1932: 5.6']],
    ['dot-com-peak', ['Dec 1999', '44.2, the record', '1929: 32.6']],
    ['peak-2021', ['Nov 2021', '38.6', '1999: 44.2']],
    ['ai-era', ['Jan 2026', '39.6, highest since Sep 2000', 'Mar 2026: 36.9', 'end of data']]
  ] as const)('labels the numbers of step %s', (step, labels) => {
    expect(texts(step)).toEqual(expect.arrayContaining([...labels]));
  });

  it('draws the AI-era high’s level back to September 2000, at the height of its point', () => {
    const s = scene('ai-era');
    const level = markOf(s, 'focus-ai-era-level', 'line');
    const l = markOf(s, 'cape-line', 'path');
    const i2026 = data.rows.findIndex((r) => r.date === '2026-01');
    const i2000 = data.rows.findIndex((r) => r.date === '2000-09');
    expect([level.x2, level.y1, level.y2]).toEqual([
      l.points[i2026]![0],
      l.points[i2026]![1],
      l.points[i2026]![1]
    ]);
    expect(level.x1).toBe(l.points[i2000]![0]);
    expect(level.dash).toBeTruthy();
  });

  it('puts the focus dot on the data point it labels', () => {
    const s = scene('dot-com-peak');
    const dot = markOf(s, 'focus-dot-com-peak-dot', 'circle');
    const l = markOf(s, 'cape-line', 'path');
    const i = data.rows.findIndex((r) => r.date === '1999-12');
    expect([dot.cx, dot.cy]).toEqual(l.points[i]);
  });

  it.each(SURFACES)('always says where the series ends, at %s', (_, size) => {
    for (const step of STEPS) expect(textOf(sceneOf(chart, step, size))).toContain('Mar 2026');
  });

  it('says the average and the labelled months in the alt text as on the chart', () => {
    expect(textOf(scene('long-history'))).toContain('Average 1881–2026: 17.7');
    expect(chart.describe(data, resolveState(chart.states, 'long-history'))).toMatch(
      /Mar 2026, where the series ends at 36\.9.*average over the whole period, 17\.7/
    );
    expect(chart.describe(data, resolveState(chart.states, 'dot-com-peak'))).toContain('Dec 1999: 44.2');
    expect(chart.describe(data, resolveState(chart.states, 'ai-era'))).toMatch(
      /Jan 2026: 39\.6, highest since Sep 2000; Mar 2026: 36\.9: end of data.*dotted line at 39\.6 reaches back to Sep 2000/
    );
  });
});

describeFitsEverySurface(chart);
