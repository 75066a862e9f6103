import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/concrete-and-power';
import { data, month, parseMonths, peakMonth, yearTotals } from '$lib/charts/concrete-and-power/data';
import { usd } from '$lib/charts/format';
import type { RectMark, Scene } from '$lib/charts/types';
import { altText, describeFitsEverySurface, markOf, sceneOf, SURFACE_SIZES, SURFACES, textOf } from './fit';

const scene = (step: string | null) => sceneOf(chart, step);
const bars = (s: Scene) => s.marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith('bar-'));

describe('concrete-and-power data (Census C30 via OWID)', () => {
  it('runs monthly from January 2014 to January 2026', () => {
    expect(data[0]!.month).toBe('2014-01-01');
    expect(data.at(-1)!.month).toBe('2026-01-01');
    expect(data).toHaveLength(12 * 12 + 1);
  });

  it('holds the months the chapter quotes', () => {
    expect(usd(data[0]!.usd_2021, { sig: 3 })).toBe('$150M');
    expect(usd(month(data, '2022-11-01').usd_2021, { sig: 3 })).toBe('$832M');
    expect(peakMonth(data).month).toBe('2025-09-01');
    expect(usd(peakMonth(data).usd_2021, { sig: 3 })).toBe('$2.60B');
  });

  it('sums only complete calendar years (2026 has one month, so it is left out)', () => {
    const years = yearTotals(data);
    expect(years.map((y) => y.year)).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025
    ]);
    const y2025 = data.filter((m) => m.month.startsWith('2025')).reduce((a, m) => a + m.usd_2021, 0);
    expect(years.at(-1)!.usd_2021).toBe(y2025);
    expect((years.at(-1)!.usd_2021 / 1e9).toFixed(1)).toBe('28.6');
    expect((years.find((y) => y.year === 2022)!.usd_2021 / 1e9).toFixed(1)).toBe('9.9');
  });

  it('rejects a bad row with the file and line', () => {
    expect(() => parseMonths('month,usd_2021\n2014-01-01,149693689\n2014-02-01,-5\n', 'c.csv')).toThrow(
      'c.csv:3: column "usd_2021"'
    );
    expect(() => parseMonths('month,usd_2021\n2014-01-15,149693689\n', 'c.csv')).toThrow(
      'c.csv:2: 2014-01-15 is not the first day of a month'
    );
    expect(() => parseMonths('month,usd_2021\n2014-02-01,1\n2014-01-01,1\n', 'c.csv')).toThrow(
      'c.csv:3: months must increase'
    );
  });
});

describe('concrete-and-power layout', () => {
  it('draws the months up to ChatGPT, then all of them', () => {
    const line = (step: string) => markOf(scene(step), 'series', 'path');
    expect(line('cloud-era').points).toHaveLength(8 * 12 + 11);
    expect(line('after-chatgpt').points).toHaveLength(data.length);
  });

  it.each(SURFACES)('draws yearly bars with heights proportional to the sums, at %s', (_, size) => {
    const b = bars(sceneOf(chart, 'per-year', size));
    const years = yearTotals(data);
    expect(b).toHaveLength(years.length);
    const ratio = b[0]!.height / years[0]!.usd_2021;
    b.forEach((bar, i) => expect(bar.height / years[i]!.usd_2021).toBeCloseTo(ratio, 12));
    expect(b.find((r) => r.id === 'bar-2025')!.fill).toBe('accent');
    expect(b.find((r) => r.id === 'bar-2022')!.fill).toBe('accent-soft');
  });

  it.each([
    ['cloud-era', ['Jan 2014: $150M', 'Nov 2022: $832M', 'ChatGPT is released'], ['$2.60B']],
    ['after-chatgpt', ['Sep 2025: $2.60B', '3.1× the Nov 2022 level'], ['Jan 2014']],
    [
      'per-year',
      ['2025: $28.6 billion', '2.9× the 2022 sum', 'darker bars: years after ChatGPT', '2.2'],
      ['$832M']
    ]
  ])('at %s annotates %j and not %j', (step, present, absent) => {
    const t = textOf(scene(step));
    for (const p of present) expect(t).toContain(p);
    for (const a of absent) expect(t).not.toContain(a);
  });

  it('says on the chart what the numbers are (buildings only, 2021 prices), even on the smallest phone', () => {
    for (const size of [SURFACE_SIZES.desktop, SURFACE_SIZES.phoneSmall]) {
      expect(textOf(sceneOf(chart, 'cloud-era', size))).toMatch(/2021 prices.*no chips/);
      expect(textOf(sceneOf(chart, 'per-year', size))).toMatch(/our sums/);
    }
  });
});

describe('concrete-and-power definition', () => {
  it('describes each step with its numbers', () => {
    expect(altText(chart, 'cloud-era')).toMatch(/\$150 million.*\$832 million/);
    expect(altText(chart, 'after-chatgpt')).toMatch(/\$2\.60 billion in Sep 2025, 3\.1× the/);
    expect(altText(chart, 'per-year')).toMatch(/2\.9× the 2022 sum/);
  });

  it('tables every month and the derived yearly sums, labelled', () => {
    const t = chart.table(data, 'en');
    expect(t.rows).toHaveLength(data.length + 12);
    expect(t.rows.filter((r) => String(r[2]).includes('derived'))).toHaveLength(12);
  });
});

describeFitsEverySurface(chart);
