import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/pay-ladder';
import { times, usd } from '$lib/charts/format';
import { byId, data, PAY, parsePay, perYear, rows, timesMedian } from '$lib/charts/pay-ladder/data';
import type { Scene } from '$lib/charts/types';
import { altText, describeFitsEverySurface, markOf, sceneOf, SURFACES, textOf } from './fit';

const scene = (step: string | null) => sceneOf(chart, step);
const has = (s: Scene, id: string) => s.marks.some((m) => m.id === id);
const HEAD = 'id,label,usd_low,usd_high,years,kind,basis\n';

describe('pay-ladder data (FACTS2 E3, E6, E9)', () => {
  it('holds the reported figures', () => {
    expect(data['physics-median'].usd_low).toBe(97_360);
    expect(data['physics-p90'].usd_low).toBe(169_740);
    expect(data['openai-stock-average']).toMatchObject({ usd_low: 1_500_000, years: 1, kind: 'average' });
    expect(data['meta-offers']).toMatchObject({
      usd_low: 200e6,
      usd_high: 500e6,
      years: 4,
      kind: 'reported offer'
    });
  });

  it('turns multi-year packages into yearly amounts and compares them with the median', () => {
    expect(perYear(data['meta-offers'])).toEqual([50e6, 125e6]);
    expect(timesMedian(data, 1_500_000)).toBe(15);
    expect(timesMedian(data, 50e6)).toBe(510);
    expect(timesMedian(data, 125e6)).toBe(1300);
    expect(usd(97_360, PAY)).toBe('$97,360');
    expect(usd(1_500_000, PAY)).toBe('$1.5M');
  });

  it('rejects a bad row with the file and line', () => {
    expect(() => parsePay(HEAD + 'meta-offers,x,500,200,4,reported offer,b\n', 'p.csv')).toThrow(
      'p.csv:2: usd_high is below usd_low'
    );
    expect(() => parsePay(HEAD + 'meta-offers,x,200,500,4,rumour,b\n', 'p.csv')).toThrow(
      'p.csv:2: column "kind"'
    );
    expect(() => byId(rows.filter((r) => r.id !== 'meta-offers'))).toThrow(/missing row "meta-offers"/);
  });
});

describe('pay-ladder layout', () => {
  it('adds one rung per step', () => {
    expect(has(scene(null), 'dot-physics-median')).toBe(false);
    expect(has(scene('faculty-pay'), 'dot-openai')).toBe(false);
    expect(has(scene('lab-average'), 'range-meta')).toBe(false);
    expect(has(scene('reported-offers'), 'range-meta')).toBe(true);
  });

  it.each(SURFACES)('places amounts on a log scale: one decade per gridline, at %s', (_, size) => {
    const s = sceneOf(chart, 'reported-offers', size);
    const g = (v: number) => markOf(s, `grid-line-${v}`, 'line').y1;
    const decade = g(1e5) - g(1e6);
    expect(g(1e6) - g(1e7)).toBeCloseTo(decade, 6);
    const median = markOf(s, 'dot-physics-median', 'circle');
    const openai = markOf(s, 'dot-openai', 'circle');
    expect((median.cy - openai.cy) / decade).toBeCloseTo(Math.log10(1_500_000 / 97_360), 6);
  });

  it('draws reported offers as a dashed range, not a dot', () => {
    const r = markOf(scene('reported-offers'), 'range-meta', 'rect');
    expect(r.dash).toBeTruthy();
    expect(r.fill).toBe('none');
    expect(textOf(scene('reported-offers'))).toMatch(/disputed by Meta/);
  });

  it.each([
    ['faculty-pay', ['Physics faculty: $97,360', '$169,740'], ['$1.5M']],
    ['lab-average', ['OpenAI: $1.5M in stock', '15×'], ['Meta']],
    ['reported-offers', ['Meta offers: $50M–$125M a year', '510×–1,300×'], []]
  ])('at %s annotates %j and not %j', (step, present, absent) => {
    const t = textOf(scene(step));
    for (const p of present) expect(t).toContain(p);
    for (const a of absent) expect(t).not.toContain(a);
  });

  it('prints the multiple of the median as format.ts does, on the chart and in the alt text', () => {
    const v = data['openai-stock-average'].usd_low;
    const figure = times(timesMedian(data, v));
    expect(figure).toBe('15×');
    expect(textOf(scene('lab-average'))).toContain(figure);
    expect(altText(chart, 'lab-average')).toContain(`${usd(v, PAY)}, about ${figure}`);
  });
});

describe('pay-ladder definition', () => {
  it('describes each step and says the offers are reported and disputed', () => {
    expect(altText(chart, 'faculty-pay')).toMatch(/\$97,360 in May 2024/);
    expect(altText(chart, 'lab-average')).toMatch(/\$1\.5M, about 15×/);
    expect(altText(chart, 'reported-offers')).toMatch(/\$50M to \$125M a year.*disputed/);
  });

  it('tables every row with its per-year amounts', () => {
    const t = chart.table(data, 'en');
    expect(t.rows).toHaveLength(4);
    expect(t.rows.find((r) => String(r[0]).startsWith('Meta'))!.slice(5, 7)).toEqual([50e6, 125e6]);
  });
});

describeFitsEverySurface(chart);
