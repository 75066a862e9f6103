import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { CircleMark, Mark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/compute-per-chip';
import { data, flops, h20Share, parseChips, v100ToB200, yearOf } from '$lib/charts/compute-per-chip/data';
import { layout, Y_DOMAIN } from '$lib/charts/compute-per-chip/layout';
import { states } from '$lib/charts/compute-per-chip/states';

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
    .join(' | ');
const dot = (s: Scene, chip: string) => s.marks.find((m): m is CircleMark => m.id === `chip-${chip}`);

function extent(m: TextMark): [number, number] {
  const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
  if (m.anchor === 'end') return [m.x - w, m.x];
  if (m.anchor === 'middle') return [m.x - w / 2, m.x + w / 2];
  return [m.x, m.x + w];
}

function expectInsideFrame(s: Scene, size: { width: number; height: number }) {
  const ids = s.marks.map((m: Mark) => m.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(JSON.stringify(s)).not.toMatch(/null|NaN/);
  for (const m of s.marks) {
    if (m.kind === 'text') {
      const [a, b] = extent(m);
      expect(a, `${m.id}: "${m.text}"`).toBeGreaterThanOrEqual(0);
      expect(b, `${m.id}: "${m.text}"`).toBeLessThanOrEqual(size.width);
      expect(m.y, m.id).toBeLessThanOrEqual(size.height);
      expect(m.y, m.id).toBeGreaterThanOrEqual(0);
      expect(m.size, m.id).toBeGreaterThanOrEqual(12);
    }
    if (m.kind === 'circle') {
      expect(m.cx - m.r, m.id).toBeGreaterThanOrEqual(0);
      expect(m.cx + m.r, m.id).toBeLessThanOrEqual(size.width);
      expect(m.cy + m.r, m.id).toBeLessThanOrEqual(size.height);
    }
  }
}

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
  it('places chips on a log scale: B200 sits log10(18) decades above V100', () => {
    const s = scene('blackwell');
    const decade = (() => {
      const grid = s.marks.filter((m) => m.kind === 'line' && m.id.startsWith('grid-line-')) as {
        y1: number;
      }[];
      return Math.abs(grid[0]!.y1 - grid[1]!.y1);
    })();
    const v = dot(s, 'V100')!;
    const b = dot(s, 'B200')!;
    expect((v.cy - b.cy) / decade).toBeCloseTo(Math.log10(2250 / 125), 5);
    expect(Y_DOMAIN[0]).toBeLessThan(Math.min(...data.map((d) => d.fp16_flops)));
    expect(Y_DOMAIN[1]).toBeGreaterThan(
      Math.max(...data.map((d) => d.fp4_flops ?? d.fp8_flops ?? d.fp16_flops))
    );
  });

  it('reveals chips by release date, step by step', () => {
    expect(dot(scene('gpt3-era'), 'A100')).toBeDefined();
    expect(dot(scene('gpt3-era'), 'H100')).toBeUndefined();
    expect(dot(scene('h100-arrives'), 'H100')).toBeDefined();
    expect(dot(scene('h100-arrives'), 'B200')).toBeUndefined();
    expect(dot(scene('blackwell'), 'TPU v7')).toBeDefined();
  });

  it('prints the story’s numbers, computed from the data', () => {
    expect(Math.round(v100ToB200(data).multiple)).toBe(18);
    expect(Math.round(h20Share(data) * 100)).toBe(15);
    expect(texts(scene('blackwell')).replace(/ \| /g, ' ')).toContain('B200 vs V100: 18× in 7.4 years');
    expect(texts(scene('china-versions')).replace(/ \| /g, ' ')).toMatch(
      /H20, built for China.*15% of the H100/
    );
    expect(texts(scene('gpt3-era'))).toContain('V100: 125 TFLOP/s');
    expect(texts(scene('h100-arrives'))).toContain('ChatGPT');
  });

  it('says which precision is plotted and adds FP8/FP4 markers only in the last step', () => {
    expect(texts(scene('gpt3-era')).replace(/ \| /g, ' ')).toContain('Dense 16-bit (FP16/BF16) figures');
    expect(chart.note).toMatch(/dense, no sparsity/);
    expect(scene('blackwell').marks.some((m) => m.id.startsWith('fp4-'))).toBe(false);
    const last = scene('fewer-bits');
    expect(last.marks.some((m) => m.id === 'fp4-B200')).toBe(true);
    expect(last.marks.some((m) => m.id === 'fp8-H100')).toBe(true);
    expect(texts(last)).toContain('GB300 FP4: 15 PFLOP/s');
    expect(texts(last)).toContain('FP4');
  });

  it('keeps named labels from overlapping', () => {
    for (const size of SIZES) {
      for (const step of STEPS) {
        const labels = scene(step, size).marks.filter(
          (m): m is TextMark => m.kind === 'text' && m.id.startsWith('label-')
        );
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const a = labels[i]!;
            const b = labels[j]!;
            const [a0, a1] = extent(a);
            const [b0, b1] = extent(b);
            const overlapX = Math.min(a1, b1) - Math.max(a0, b0) > 0;
            const overlapY = Math.abs(a.y - b.y) < a.size;
            expect(overlapX && overlapY, `${step} ${size.width}: ${a.text} / ${b.text}`).toBe(false);
          }
        }
      }
    }
  });

  it.each(STEPS.flatMap((step) => SIZES.map((size) => [step ?? 'opening', size] as const)))(
    'at %s, %o: unique ids, finite numbers, everything inside the frame',
    (step, size) => expectInsideFrame(scene(step === 'opening' ? null : step, size), size)
  );

  it('describes every step with its numbers', () => {
    for (const step of Object.keys(states.steps)) {
      expect(chart.describe(data, resolveState(states, step)).length).toBeGreaterThan(80);
    }
    expect(chart.describe(data, resolveState(states, 'blackwell'))).toMatch(/18×/);
  });

  it('gives the table one row per chip with TFLOP/s', () => {
    const t = chart.table(data);
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
