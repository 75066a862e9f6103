import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/compute-per-chip';
import { data, flops, h20Share, parseChips, v100ToB200, yearOf } from '$lib/charts/compute-per-chip/data';
import { Y_DOMAIN } from '$lib/charts/compute-per-chip/layout';
import { num, pct, times } from '$lib/charts/format';
import type { Scene } from '$lib/charts/types';
import { altText, describeFitsEverySurface, markOf, sceneOf, SURFACE_SIZES, SURFACES, textOf } from './fit';

const scene = (step: string | null) => sceneOf(chart, step);
const has = (s: Scene, id: string) => s.marks.some((m) => m.id === id);

describe('compute-per-chip data', () => {
  it('keeps Epoch AI’s dense figures for the named chips', () => {
    const by = Object.fromEntries(data.map((d) => [d.chip, d]));
    expect(by.V100).toMatchObject({ release_date: '2017-06-21', fp16_flops: 125e12 });
    expect(by.A100).toMatchObject({ fp16_flops: 312e12 });
    expect(by.H100).toMatchObject({ fp16_flops: 989.4e12, fp8_flops: 1979e12 });
    expect(by.B200).toMatchObject({
      fp16_flops: 2250e12,
      fp8_flops: 4500e12,
      fp4_flops: 9000e12,
      tdp_w: 1000
    });
    expect(by.H20).toMatchObject({ fp16_flops: 148e12 });
  });

  it('rejects a bad date and a duplicate chip, naming the file and line', () => {
    const head = 'chip,epoch_name,manufacturer,release_date,fp16_flops,fp8_flops,fp4_flops,tdp_w\n';
    expect(() => parseChips(head + 'V100,NVIDIA V100,NVIDIA,2017-13-01,125e12,,,300\n')).toThrow(
      'content/data/epoch_accelerators.csv:2: column "release_date"'
    );
    expect(() =>
      parseChips(head + 'V100,a,NVIDIA,2017-06-21,125e12,,,300\nV100,b,NVIDIA,2018-06-21,125e12,,,300\n')
    ).toThrow('content/data/epoch_accelerators.csv:3: duplicate chip "V100"');
    expect(() => parseChips(head + 'V100,a,NVIDIA,2017-06-21,lots,,,300\n')).toThrow(
      /epoch_accelerators\.csv:2: column "fp16_flops"/
    );
  });

  it('formats FLOP/s for people', () => {
    expect(flops(125e12)).toBe('125 TFLOP/s');
    expect(flops(989.4e12)).toBe('989 TFLOP/s');
    expect(flops(2.25e15)).toBe('2.25 PFLOP/s');
    expect(flops(1.5e16)).toBe('15 PFLOP/s');
  });
});

describe('compute-per-chip layout', () => {
  it.each(SURFACES)(
    'places chips on a log scale: B200 sits log10(18) decades above V100, at %s',
    (_, size) => {
      const s = sceneOf(chart, 'blackwell', size);
      const decade =
        markOf(s, 'grid-line-100000000000000', 'line').y1 -
        markOf(s, 'grid-line-1000000000000000', 'line').y1;
      const v = markOf(s, 'chip-V100', 'circle');
      const b = markOf(s, 'chip-B200', 'circle');
      expect((v.cy - b.cy) / decade).toBeCloseTo(Math.log10(2250 / 125), 5);
      expect(Y_DOMAIN[0]).toBeLessThan(Math.min(...data.map((d) => d.fp16_flops)));
      expect(Y_DOMAIN[1]).toBeGreaterThan(
        Math.max(...data.map((d) => d.fp4_flops ?? d.fp8_flops ?? d.fp16_flops))
      );
    }
  );

  it('reveals chips by release date, step by step', () => {
    expect(has(scene('gpt3-era'), 'chip-A100')).toBe(true);
    expect(has(scene('gpt3-era'), 'chip-H100')).toBe(false);
    expect(has(scene('h100-arrives'), 'chip-H100')).toBe(true);
    expect(has(scene('h100-arrives'), 'chip-B200')).toBe(false);
    expect(has(scene('blackwell'), 'chip-TPU v7')).toBe(true);
  });

  it('prints the story’s numbers, computed from the data, on the chart at every surface and in the alt text', () => {
    const m = v100ToB200(data);
    const multiple = `${times(m.multiple)} in ${num(m.years, 1)} years`;
    const share = pct(h20Share(data) * 100, 0);
    expect([multiple, share]).toEqual(['18× in 7.4 years', '15%']);
    for (const [name, size] of SURFACES) {
      expect(textOf(sceneOf(chart, 'blackwell', size)), name).toContain(`B200 vs V100: ${multiple}`);
      expect(textOf(sceneOf(chart, 'china-versions', size)), name).toMatch(
        new RegExp(`H20, built for China.*${share} of the H100`)
      );
    }
    expect(altText(chart, 'blackwell')).toContain(
      `about ${times(m.multiple)} the V100's figure, ${num(m.years, 1)} years later`
    );
    expect(altText(chart, 'china-versions')).toContain(`the H20 reaches ${share} of the H100's FP16 rate`);
    expect(textOf(scene('gpt3-era'))).toContain('V100: 125 TFLOP/s');
    expect(textOf(scene('gpt3-era'))).toContain('GPT-3 (2020) was trained on V100s');
    expect(textOf(scene('h100-arrives'))).toContain('ChatGPT');
  });

  it('says which precision is plotted and adds FP8/FP4 markers only in the last step', () => {
    expect(textOf(scene('gpt3-era'))).toContain('Dense 16-bit (FP16/BF16) figures');
    expect(textOf(sceneOf(chart, 'gpt3-era', SURFACE_SIZES.phoneSmall))).toContain(
      'Dense 16-bit (FP16/BF16)'
    );
    expect(chart.note?.en).toMatch(/dense, no sparsity/);
    expect(scene('blackwell').marks.some((m) => m.id.startsWith('fp4-'))).toBe(false);
    const last = scene('fewer-bits');
    expect(has(last, 'fp4-B200')).toBe(true);
    expect(has(last, 'fp8-H100')).toBe(true);
    expect(textOf(last)).toContain('GB300 FP4: 15 PFLOP/s');
  });

  it('names the chips states.ts lists, fewer on the smallest phone (first listed first)', () => {
    const labels = (size = SURFACE_SIZES.desktop) =>
      sceneOf(chart, 'blackwell', size)
        .marks.filter((m) => /^label-.*-0$/.test(m.id))
        .map((m) => m.id);
    expect(labels()).toHaveLength(6);
    const few = labels(SURFACE_SIZES.phoneSmall);
    expect(few.length).toBeLessThan(6);
    expect(few).toEqual(expect.arrayContaining(['label-V100-0', 'label-B200-0']));
  });

  it('gives the table one row per chip with TFLOP/s', () => {
    const t = chart.table(data, 'en');
    expect(t.rows).toHaveLength(data.length);
    expect(t.rows.find((r) => r[0] === 'H100')![3]).toBe(989.4);
  });
});

describe('yearOf', () => {
  it('turns a date into a decimal year', () => {
    expect(yearOf('2020-01-01')).toBe(2020);
    expect(yearOf('2022-07-02')).toBeCloseTo(2022.5, 2);
  });
});

describeFitsEverySurface(chart);
