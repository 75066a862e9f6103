import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { CircleMark, RectMark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/pay-ladder';
import { usd } from '$lib/charts/format';
import { byId, data, PAY, parsePay, perYear, rows, timesMedian } from '$lib/charts/pay-ladder/data';
import { layout } from '$lib/charts/pay-ladder/layout';
import { states } from '$lib/charts/pay-ladder/states';
import { CHART_SIZES } from './sizes';

const SIZES = CHART_SIZES;
const STEPS = [null, ...Object.keys(states.steps)];
const scene = (step: string | null, size = SIZES[3]!) => layout(data, resolveState(states, step), size);
const texts = (s: Scene) =>
  s.marks
    .filter((m): m is TextMark => m.kind === 'text')
    .map((m) => m.text)
    .join(' | ');
const find = <T>(s: Scene, id: string) => s.marks.find((m) => m.id === id) as T;
const HEAD = 'id,label,usd_low,usd_high,years,kind,basis\n';

function extent(m: TextMark): [number, number] {
  const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
  if (m.anchor === 'end') return [m.x - w, m.x];
  if (m.anchor === 'middle') return [m.x - w / 2, m.x + w / 2];
  return [m.x, m.x + w];
}

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
    expect(find(scene(null), 'dot-physics-median')).toBeUndefined();
    expect(find(scene('faculty-pay'), 'dot-openai')).toBeUndefined();
    expect(find(scene('lab-average'), 'range-meta')).toBeUndefined();
    expect(find(scene('reported-offers'), 'range-meta')).toBeDefined();
  });

  it('places amounts on a log scale: one decade between $100K and $1M gridlines', () => {
    const s = scene('reported-offers');
    const g = (v: number) => find<{ y1: number }>(s, `grid-line-${v}`).y1;
    const decade = g(1e5) - g(1e6);
    expect(g(1e6) - g(1e7)).toBeCloseTo(decade, 6);
    const median = find<CircleMark>(s, 'dot-physics-median');
    const openai = find<CircleMark>(s, 'dot-openai');
    expect((median.cy - openai.cy) / decade).toBeCloseTo(Math.log10(1_500_000 / 97_360), 6);
  });

  it('draws reported offers as a dashed range, not a dot', () => {
    const r = find<RectMark>(scene('reported-offers'), 'range-meta');
    expect(r.dash).toBeTruthy();
    expect(r.fill).toBe('none');
    expect(texts(scene('reported-offers'))).toMatch(/disputed by Meta/);
  });

  it.each([
    ['faculty-pay', ['Physics faculty: $97,360', '$169,740'], ['$1.5M']],
    ['lab-average', ['OpenAI: $1.5M in stock', '15×'], ['Meta']],
    ['reported-offers', ['Meta offers: $50M–$125M a year', '510×–1,300×'], []]
  ])('at %s annotates %j and not %j', (step, present, absent) => {
    const t = texts(scene(step));
    for (const p of present) expect(t).toContain(p);
    for (const a of absent) expect(t).not.toContain(a);
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

describe('pay-ladder definition', () => {
  it('describes each step and says the offers are reported and disputed', () => {
    expect(chart.describe(data, resolveState(states, 'faculty-pay'))).toMatch(/\$97,360 in May 2024/);
    expect(chart.describe(data, resolveState(states, 'lab-average'))).toMatch(/\$1\.5M, about 15×/);
    expect(chart.describe(data, resolveState(states, 'reported-offers'))).toMatch(
      /\$50M to \$125M a year.*disputed/
    );
  });

  it('tables every row with its per-year amounts', () => {
    const t = chart.table(data);
    expect(t.rows).toHaveLength(4);
    expect(t.rows.find((r) => String(r[0]).startsWith('Meta'))!.slice(5, 7)).toEqual([50e6, 125e6]);
  });
});

describe('pay-ladder on a short phone frame (296 × 324)', () => {
  it('drops its own title (the page shows the Scrolly title) but keeps every step readable', () => {
    for (const step of Object.keys(states.steps)) {
      const s = layout(data, resolveState(states, step), { width: 296, height: 324 });
      expect(s.marks.some((m) => m.id.startsWith('title-'))).toBe(false);
      expect(s.marks.filter((m) => m.kind === 'text').length).toBeGreaterThan(3);
    }
  });
});
