import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/cheaper-intelligence';
import { data, parsePrices, ratios, tokensFor } from '$lib/charts/cheaper-intelligence/data';
import type { RectMark, Scene } from '$lib/charts/types';
import { altText, describeFitsEverySurface, sceneOf, SURFACE_SIZES, SURFACES, textOf } from './fit';

const scene = (step: string | null) => sceneOf(chart, step);
const bar = (s: Scene, id: string) => s.marks.find((m): m is RectMark => m.id === `bar-${id}`);

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
  it.each(SURFACES)('draws bars proportional to price on one scale, at %s', (_, size) => {
    const s = sceneOf(chart, 'r1-price', size);
    expect(bar(s, 'output-R1')!.width / bar(s, 'output-o1')!.width).toBeCloseTo(2.19 / 60, 3);
    expect(bar(s, 'input-o1')!.width / bar(s, 'output-o1')!.width).toBeCloseTo(15 / 60, 5);
  });

  it('adds R1 in the second step and states the ratio, as the alt text does', () => {
    expect(bar(scene('o1-price'), 'output-R1')).toBeUndefined();
    const t = textOf(scene('r1-price'));
    expect(t).toContain("R1's price is 3.67% of o1's for input and 3.65% for output: about 3.7%.");
    expect(t).toContain('$2.19');
    expect(altText(chart, 'r1-price')).toMatch(
      /\$0\.55 .*\$2\.19 .*3\.67% and 3\.65% of o1's prices, about 3\.7%/
    );
  });

  it('shows what $100 buys, 27 times as many R1 tokens', () => {
    expect(tokensFor(100, data.o1)).toBeCloseTo(1.667, 3);
    const s = scene('per-dollar');
    expect(bar(s, 'tokens-R1')!.width / bar(s, 'tokens-o1')!.width).toBeCloseTo(60 / 2.19, 3);
    expect(textOf(s)).toContain('27×');
    expect(altText(chart, 'per-dollar')).toMatch(/1\.67 million from o1, 45\.7 million from R1, about 27×/);
  });

  it.each(SURFACES)('says in the last step that a price is not a training cost, at %s', (_, size) => {
    const s = sceneOf(chart, 'price-not-cost', size);
    expect(textOf(s)).toContain('A price, not a training cost.');
    expect(textOf(s)).toMatch(/5\.6 million/);
    expect(bar(s, 'output-o1')!.opacity).toBeLessThan(1);
  });

  it('gives the caveat the bars’ room where a frame is too short for both', () => {
    expect(bar(sceneOf(chart, 'price-not-cost', SURFACE_SIZES.phoneSmall), 'output-o1')!.opacity).toBe(0);
    expect(
      bar(sceneOf(chart, 'price-not-cost', SURFACE_SIZES.desktop), 'output-o1')!.opacity
    ).toBeGreaterThan(0);
  });

  it('says in the alt text that these are prices, not training costs', () => {
    expect(altText(chart, 'price-not-cost')).toMatch(/not training costs/);
  });
});

describeFitsEverySurface(chart);
