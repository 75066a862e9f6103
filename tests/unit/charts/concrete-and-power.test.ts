import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { PathMark, RectMark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/concrete-and-power';
import { usd } from '$lib/charts/format';
import { data, month, parseMonths, peakMonth, yearTotals } from '$lib/charts/concrete-and-power/data';
import { layout } from '$lib/charts/concrete-and-power/layout';
import { states } from '$lib/charts/concrete-and-power/states';
import { CHART_SIZES } from './sizes';

const SIZES = CHART_SIZES;
const STEPS = [null, ...Object.keys(states.steps)];
const scene = (step: string | null, size = SIZES[3]!) => layout(data, resolveState(states, step), size);
const texts = (s: Scene) =>
  s.marks
    .filter((m): m is TextMark => m.kind === 'text')
    .map((m) => m.text)
    .join(' | ');
const bars = (s: Scene) => s.marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith('bar-'));

function extent(m: TextMark): [number, number] {
  const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
  if (m.anchor === 'end') return [m.x - w, m.x];
  if (m.anchor === 'middle') return [m.x - w / 2, m.x + w / 2];
  return [m.x, m.x + w];
}

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
    const line = (step: string) => scene(step).marks.find((m): m is PathMark => m.id === 'series')!;
    expect(line('cloud-era').points).toHaveLength(8 * 12 + 11);
    expect(line('after-chatgpt').points).toHaveLength(data.length);
  });

  it('draws yearly bars with heights proportional to the sums', () => {
    const b = bars(scene('per-year'));
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
    const t = texts(scene(step));
    for (const p of present) expect(t).toContain(p);
    for (const a of absent) expect(t).not.toContain(a);
  });

  it('says on the chart what the numbers are: buildings only, 2021 prices', () => {
    expect(texts(scene('cloud-era', SIZES[1]))).toMatch(/2021 prices/);
    expect(texts(scene('cloud-era', SIZES[1])).replace(/ \| /g, ' ')).toMatch(/no chips/);
    expect(texts(scene('per-year', SIZES[1]))).toMatch(/our sums/);
  });

  it.each(STEPS.flatMap((step) => SIZES.map((size) => [step ?? 'opening', size] as const)))(
    'at %s, %o: unique ids, finite numbers, text and bars inside the frame',
    (step, size) => {
      const s = scene(step === 'opening' ? null : step, size);
      const ids = s.marks.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(JSON.stringify(s)).not.toMatch(/null|NaN/);
      for (const m of s.marks) {
        if (m.kind === 'text') {
          const [a, b] = extent(m);
          expect(a, `${m.id}: "${m.text}"`).toBeGreaterThanOrEqual(0);
          expect(b, `${m.id}: "${m.text}"`).toBeLessThanOrEqual(size.width);
          expect(m.y).toBeLessThanOrEqual(size.height);
        }
        if (m.kind === 'rect') {
          expect(m.height).toBeGreaterThan(0);
          expect(m.x + m.width).toBeLessThanOrEqual(size.width);
        }
      }
    }
  );
});

describe('concrete-and-power definition', () => {
  it('describes each step with its numbers', () => {
    expect(chart.describe(data, resolveState(states, 'cloud-era'))).toMatch(/\$150 million.*\$832 million/);
    expect(chart.describe(data, resolveState(states, 'after-chatgpt'))).toMatch(
      /\$2\.60 billion in Sep 2025, 3\.1× the/
    );
    expect(chart.describe(data, resolveState(states, 'per-year'))).toMatch(/2\.9× the 2022 sum/);
  });

  it('tables every month and the derived yearly sums, labelled', () => {
    const t = chart.table(data);
    expect(t.rows).toHaveLength(data.length + 12);
    expect(t.rows.filter((r) => String(r[2]).includes('derived'))).toHaveLength(12);
  });
});

describe('concrete-and-power on a short phone frame (296 × 324)', () => {
  it('drops its own title (the page shows the Scrolly title) but keeps every step readable', () => {
    for (const step of Object.keys(states.steps)) {
      const s = layout(data, resolveState(states, step), { width: 296, height: 324 });
      expect(s.marks.some((m) => m.id.startsWith('title-'))).toBe(false);
      expect(s.marks.filter((m) => m.kind === 'text').length).toBeGreaterThan(3);
    }
  });
});
