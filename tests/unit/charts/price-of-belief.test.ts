import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/price-of-belief';
import { at, data, monthLabel, parse, peak, yearOf } from '$lib/charts/price-of-belief/data';
import { resolveState } from '$lib/charts/state';
import { describeFitsEverySurface, markOf, sceneOf, stepsOf, SURFACES, textMarks, textOf } from './fit';

const STEPS = stepsOf(chart);
const scene = (step: string | null) => sceneOf(chart, step);
const texts = (step: string | null) => textMarks(scene(step)).map((m) => m.text);

describe('price-of-belief data', () => {
  it('runs from January 1881 to June 2023, where Shiller’s earnings data end', () => {
    expect(data.first.date).toBe('1881-01');
    expect(data.last.date).toBe('2023-06');
    expect(data.rows).toHaveLength((2023 - 1881) * 12 + 6);
  });

  it('holds the figures the chapter quotes (FACTS row 32)', () => {
    expect(peak(data, '1881-01', '2023-06')).toEqual({ date: '1999-12', cape: 44.2 });
    expect(peak(data, '2021-01', '2021-12').date).toBe('2021-11');
    expect(peak(data, '2021-01', '2021-12').cape.toFixed(1)).toBe('38.6');
    expect(peak(data, '1929-01', '1929-12')).toEqual({ date: '1929-09', cape: 32.56 });
    expect(at(data, '2023-06').cape).toBe(29.94);
    expect(data.mean).toBeGreaterThan(17);
    expect(data.mean).toBeLessThan(18);
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
    ['peak-2021', ['Nov 2021', '38.6', 'Jun 2023: 29.9', 'end of data', '1999: 44.2']]
  ] as const)('labels the numbers of step %s', (step, labels) => {
    expect(texts(step)).toEqual(expect.arrayContaining([...labels]));
  });

  it('puts the focus dot on the data point it labels', () => {
    const s = scene('dot-com-peak');
    const dot = markOf(s, 'focus-dot-com-peak-dot', 'circle');
    const l = markOf(s, 'cape-line', 'path');
    const i = data.rows.findIndex((r) => r.date === '1999-12');
    expect([dot.cx, dot.cy]).toEqual(l.points[i]);
  });

  it.each(SURFACES)('always says where the series ends, at %s', (_, size) => {
    for (const step of STEPS) expect(textOf(sceneOf(chart, step, size))).toContain('Jun 2023');
  });

  it('says the average and the labelled months in the alt text as on the chart', () => {
    expect(textOf(scene('long-history'))).toContain('Average 1881–2023: 17.4');
    expect(chart.describe(data, resolveState(chart.states, 'long-history'))).toMatch(
      /average over the whole period, 17\.4.*|ends at 29\.9/
    );
    expect(chart.describe(data, resolveState(chart.states, 'dot-com-peak'))).toContain('Dec 1999: 44.2');
    expect(chart.describe(data, resolveState(chart.states, 'peak-2021'))).toContain('Jun 2023: 29.9');
  });
});

describeFitsEverySurface(chart);
