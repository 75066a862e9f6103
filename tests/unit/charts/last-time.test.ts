import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { CircleMark, PathMark, Scene, TextMark } from '$lib/charts/types';
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
import { layout } from '$lib/charts/last-time/layout';
import { states } from '$lib/charts/last-time/states';
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
const circle = (s: Scene, id: string) => s.marks.find((m): m is CircleMark => m.id === id)!;

function extent(m: TextMark): [number, number] {
  const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
  if (m.anchor === 'end') return [m.x - w, m.x];
  if (m.anchor === 'middle') return [m.x - w / 2, m.x + w / 2];
  return [m.x, m.x + w];
}

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

  it('draws the daily peak above the monthly line and the trough at its exact value', () => {
    const s = scene('the-fall');
    const peak = circle(s, 'dot-peak');
    const trough = circle(s, 'dot-trough');
    const highestMonth = Math.min(...series(s).points.map((p) => p[1]));
    expect(peak.cy).toBeLessThan(highestMonth);
    const zero = s.marks.find((m) => m.id === 'grid-line-0') as { y1: number };
    const thousand = s.marks.find((m) => m.id === 'grid-line-1000') as { y1: number };
    const perPoint = (zero.y1 - thousand.y1) / 1000;
    expect((zero.y1 - trough.cy) / perPoint).toBeCloseTo(1114.11, 3);
    expect((zero.y1 - peak.cy) / perPoint).toBeCloseTo(5048.62, 3);
  });

  it.each([
    ['run-up', ['5,048.62 (daily close)', 'Jan 1995: 755', '6.7× to the peak'], ['1,114.11']],
    ['the-fall', ['5,048.62 (daily close)', '1,114.11 (daily close)', '−77.9%'], ['2015']],
    ['fifteen-years', ['23 Apr 2015: 5,056.06', '15 years, 1 month below the peak'], ['−77.9%']]
  ])('at %s annotates %j and not %j', (step, present, absent) => {
    const t = texts(scene(step));
    for (const p of present) expect(t).toContain(p);
    for (const a of absent) expect(t).not.toContain(a);
  });

  it('credits Nasdaq on the chart and says the line is monthly', () => {
    const t = texts(scene('the-fall', SIZES[1]));
    expect(t).toMatch(/© Nasdaq/);
    expect(t).toMatch(/month-end close/);
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
        expect(m.y).toBeLessThanOrEqual(size.height);
      }
    }
  );
});

describe('last-time definition', () => {
  it('describes each step with its numbers', () => {
    expect(chart.describe(data, resolveState(states, 'the-fall'))).toMatch(
      /1,114\.11 on 9 Oct 2002, a drop of 77\.9%/
    );
    expect(chart.describe(data, resolveState(states, 'fifteen-years'))).toMatch(
      /23 Apr 2015.*15 years and 1 month later/
    );
  });

  it('tables the month-end closes and the three daily closes, labelled as such', () => {
    const t = chart.table(data);
    expect(t.rows).toHaveLength(264 + 3);
    expect(t.rows.filter((r) => String(r[3]).startsWith('daily close'))).toHaveLength(3);
  });
});

describe('last-time on a short phone frame (296 × 324)', () => {
  it('drops its own title (the page shows the Scrolly title) but keeps every step readable', () => {
    for (const step of Object.keys(states.steps)) {
      const s = layout(data, resolveState(states, step), { width: 296, height: 324 });
      expect(s.marks.some((m) => m.id.startsWith('title-'))).toBe(false);
      expect(s.marks.filter((m) => m.kind === 'text').length).toBeGreaterThan(3);
    }
  });
});
