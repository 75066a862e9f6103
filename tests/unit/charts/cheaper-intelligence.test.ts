import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { Mark, RectMark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/cheaper-intelligence';
import { data, parsePrices, ratios, tokensFor } from '$lib/charts/cheaper-intelligence/data';
import { layout } from '$lib/charts/cheaper-intelligence/layout';
import { states } from '$lib/charts/cheaper-intelligence/states';

const SIZES = [
  { width: 320, height: 480 },
  { width: 375, height: 560 },
  { width: 420, height: 700 },
  { width: 640, height: 480 },
  { width: 760, height: 620 },
  { width: 1200, height: 630 },
  { width: 1200, height: 800 }
];
const STEPS = [null, ...Object.keys(states.steps)];
const scene = (step: string | null, size = SIZES[1]!) => layout(data, resolveState(states, step), size);
const texts = (s: Scene) =>
  s.marks
    .filter((m): m is TextMark => m.kind === 'text')
    .map((m) => m.text)
    .join(' ');
const bar = (s: Scene, id: string) => s.marks.find((m): m is RectMark => m.id === `bar-${id}`);

function extent(m: TextMark): [number, number] {
  const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
  if (m.anchor === 'end') return [m.x - w, m.x];
  if (m.anchor === 'middle') return [m.x - w / 2, m.x + w / 2];
  return [m.x, m.x + w];
}

describe('cheaper-intelligence data', () => {
  it('holds the list prices of FACTS row 28', () => {
    expect(data.o1).toMatchObject({ input_usd_per_m: 15, output_usd_per_m: 60 });
    expect(data.r1).toMatchObject({
      input_usd_per_m: 0.55,
      output_usd_per_m: 2.19,
      api_name: 'deepseek-reasoner'
    });
    const r = ratios(data);
    expect(r.input * 100).toBeCloseTo(3.67, 2);
    expect(r.output * 100).toBeCloseTo(3.65, 2);
  });

  it('rejects a negative price and a missing model, naming the file and line', () => {
    const head = 'model,provider,api_name,as_of,input_usd_per_m,output_usd_per_m,source_id,basis\n';
    const o1 = 'OpenAI o1,OpenAI,o1,2025-01,15,60,x,y\n';
    expect(() => parsePrices(head + o1 + 'DeepSeek-R1,DeepSeek,r,2025-01,-1,2.19,x,y\n')).toThrow(
      'content/data/api_prices_r1_o1.csv:3: column "input_usd_per_m"'
    );
    expect(() => parsePrices(head + o1)).toThrow(/needs one row for OpenAI o1 and one for DeepSeek-R1/);
    expect(() => parsePrices(head + 'OpenAI o1,OpenAI,o1,Jan 2025,15,60,x,y\n')).toThrow(
      /:2: column "as_of"/
    );
  });
});

describe('cheaper-intelligence layout', () => {
  it('draws bars proportional to price on one scale', () => {
    const s = scene('r1-price');
    expect(bar(s, 'output-R1')!.width / bar(s, 'output-o1')!.width).toBeCloseTo(2.19 / 60, 3);
    expect(bar(s, 'input-o1')!.width / bar(s, 'output-o1')!.width).toBeCloseTo(15 / 60, 5);
  });

  it('adds R1 in the second step and states the ratio', () => {
    expect(bar(scene('o1-price'), 'output-R1')).toBeUndefined();
    const t = texts(scene('r1-price'));
    expect(t).toContain('3.67%');
    expect(t).toContain('3.65%');
    expect(t).toContain('$2.19');
  });

  it('shows what $100 buys, 27 times as many R1 tokens', () => {
    expect(tokensFor(100, data.o1)).toBeCloseTo(1.667, 3);
    const s = scene('per-dollar');
    expect(bar(s, 'tokens-R1')!.width / bar(s, 'tokens-o1')!.width).toBeCloseTo(60 / 2.19, 3);
    expect(texts(s)).toContain('27×');
  });

  it('says in the last step that a price is not a training cost', () => {
    const s = scene('price-not-cost');
    expect(texts(s)).toContain('A price, not a training cost.');
    expect(texts(s)).toMatch(/5\.6 million/);
    expect(bar(s, 'output-o1')!.opacity).toBeLessThan(1);
  });

  it.each(STEPS.flatMap((step) => SIZES.map((size) => [step ?? 'opening', size] as const)))(
    'at %s, %o: unique ids, finite numbers, everything inside the frame',
    (step, size) => {
      const s = scene(step === 'opening' ? null : step, size);
      const ids = s.marks.map((m: Mark) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(JSON.stringify(s)).not.toMatch(/null|NaN/);
      for (const m of s.marks) {
        if (m.kind === 'text') {
          const [a, b] = extent(m);
          expect(a, m.id).toBeGreaterThanOrEqual(0);
          expect(b, `${m.id}: "${m.text}"`).toBeLessThanOrEqual(size.width);
          expect(m.y, `${m.id}: "${m.text}"`).toBeLessThanOrEqual(size.height);
          expect(m.size).toBeGreaterThanOrEqual(12);
        }
        if (m.kind === 'rect') {
          expect(m.x + m.width, m.id).toBeLessThanOrEqual(size.width);
          expect(m.y + m.height, m.id).toBeLessThanOrEqual(size.height);
        }
      }
    }
  );

  it('describes every step with its numbers', () => {
    expect(chart.describe(data, resolveState(states, 'r1-price'))).toMatch(/3\.67% and 3\.65% of o1/);
    expect(chart.describe(data, resolveState(states, 'per-dollar'))).toMatch(/27×/);
    expect(chart.describe(data, resolveState(states, 'price-not-cost'))).toMatch(/not training costs/);
  });
});
