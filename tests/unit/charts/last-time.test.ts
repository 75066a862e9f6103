import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/last-time';
import {
  data,
  dateLabel,
  decimalDate,
  parseDays,
  parseMonthly,
  pctChange,
  yearsBetween
} from '$lib/charts/last-time/data';
import { num, signedPct } from '$lib/charts/format';
import type { Scene } from '$lib/charts/types';
import { altText, describeFitsEverySurface, markOf, sceneOf, SURFACE_SIZES, SURFACES, textOf } from './fit';

const scene = (step: string | null) => sceneOf(chart, step);
const series = (s: Scene) => markOf(s, 'series', 'path');

describe('last-time data (FRED NASDAQCOM, FACTS row 18)', () => {
  it('ships only month-end closes, January 1995 to December 2016, one per month', () => {
    expect(data.monthly).toHaveLength(22 * 12);
    expect(data.monthly[0]).toMatchObject({ month: '1995-01', last_trading_day: '1995-01-31', close: 755.2 });
    expect(data.monthly.at(-1)).toMatchObject({ month: '2016-12', last_trading_day: '2016-12-30' });
  });

  it('holds the three daily closes the story quotes, and the fall of 77.9%', () => {
    expect(data.peak).toMatchObject({ date: '2000-03-10', close: 5048.62 });
    expect(data.trough).toMatchObject({ date: '2002-10-09', close: 1114.11 });
    expect(data.regained).toMatchObject({ date: '2015-04-23', close: 5056.06 });
    expect(pctChange(data.peak.close, data.trough.close)).toBe(-77.9);
  });

  it('is consistent: no month-end close exceeds the daily peak before 2015 or undercuts the daily low', () => {
    for (const m of data.monthly) {
      if (m.last_trading_day < data.regained.date) expect(m.close).toBeLessThan(data.peak.close);
      if (m.last_trading_day > data.peak.date) expect(m.close).toBeGreaterThanOrEqual(data.trough.close);
    }
  });

  it('rejects a malformed row with the file and line', () => {
    expect(() =>
      parseMonthly(
        'month,last_trading_day,close\n1995-01,1995-01-31,755.2\n1995-02,1995-03-01,793.7\n',
        'm.csv'
      )
    ).toThrow('m.csv:3: last_trading_day 1995-03-01 is not in 1995-02');
    expect(() => parseMonthly('month,last_trading_day,close\n1995-13,1995-01-31,755.2\n', 'm.csv')).toThrow(
      'm.csv:2: column "month"'
    );
    expect(() => parseDays('id,date,close,label\ntop,2000-03-10,5048.62,x\n', 'd.csv')).toThrow(
      'd.csv:2: column "id"'
    );
  });

  it('counts fifteen years and one month from peak to recovery', () => {
    expect(yearsBetween('2000-03-10', '2015-04-23')).toEqual({ years: 15, months: 1 });
    expect(yearsBetween('2000-03-10', '2000-04-09')).toEqual({ years: 0, months: 0 });
    expect(dateLabel('2000-03-10')).toBe('10 Mar 2000');
    expect(decimalDate('2000-01-01')).toBe(2000);
  });
});

describe('last-time layout', () => {
  it.each([
    ['run-up', 63],
    ['the-fall', 94],
    ['fifteen-years', 264]
  ])('at %s draws %i month-end closes', (step, n) => {
    expect(series(scene(step)).points).toHaveLength(n);
  });

  it.each(SURFACES)(
    'draws the daily peak above the monthly line and the trough at its exact value, at %s',
    (_, size) => {
      const s = sceneOf(chart, 'the-fall', size);
      const peak = markOf(s, 'dot-peak', 'circle');
      const trough = markOf(s, 'dot-trough', 'circle');
      expect(peak.cy).toBeLessThan(Math.min(...series(s).points.map((p) => p[1])));
      const zero = markOf(s, 'grid-line-0', 'line').y1;
      const perPoint = (zero - markOf(s, 'grid-line-1000', 'line').y1) / 1000;
      expect((zero - trough.cy) / perPoint).toBeCloseTo(1114.11, 3);
      expect((zero - peak.cy) / perPoint).toBeCloseTo(5048.62, 3);
    }
  );

  it.each([
    ['run-up', ['5,048.62 (daily close)', 'Jan 1995: 755', '6.7× to the peak'], ['1,114.11']],
    ['the-fall', ['5,048.62 (daily close)', '1,114.11 (daily close)', '−77.9%'], ['2015']],
    ['fifteen-years', ['23 Apr 2015: 5,056.06', '15 years, 1 month below the peak'], ['−77.9%']]
  ])('at %s annotates %j and not %j', (step, present, absent) => {
    const t = textOf(scene(step));
    for (const p of present) expect(t).toContain(p);
    for (const a of absent) expect(t).not.toContain(a);
  });

  it.each(SURFACES)('credits Nasdaq, says the line is monthly and prints the fall, at %s', (_, size) => {
    const t = textOf(sceneOf(chart, 'the-fall', size));
    expect(t).toMatch(/© Nasdaq/);
    // The card prints the chart's title and step above it, and the chart drops its header.
    if (size !== SURFACE_SIZES.card) expect(t).toMatch(/[Mm]onth-end close/);
    expect(t).toContain(signedPct(pctChange(data.peak.close, data.trough.close)));
    expect(t).toContain(num(data.trough.close, 2));
  });
});

describe('last-time definition', () => {
  it('describes each step with its numbers', () => {
    expect(altText(chart, 'the-fall')).toMatch(/1,114\.11 on 9 Oct 2002, a drop of 77\.9%/);
    expect(altText(chart, 'fifteen-years')).toMatch(/23 Apr 2015.*15 years and 1 month later/);
  });

  it('tables the month-end closes and the three daily closes, labelled as such', () => {
    const t = chart.table(data, 'en');
    expect(t.rows).toHaveLength(264 + 3);
    expect(t.rows.filter((r) => String(r[3]).startsWith('daily close'))).toHaveLength(3);
  });
});

describeFitsEverySurface(chart);
