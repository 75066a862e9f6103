import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { CircleMark, Mark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/index-of-a-few';
import { data, parsePoints, point } from '$lib/charts/index-of-a-few/data';
import { layout } from '$lib/charts/index-of-a-few/layout';
import { states } from '$lib/charts/index-of-a-few/states';

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
      expect(m.size, m.id).toBeGreaterThanOrEqual(12);
    }
  }
}

describe('index-of-a-few data', () => {
  it('holds the published points with their providers', () => {
    expect(point(data, 'spdji-2025')).toMatchObject({
      value_pct: 40,
      provider: 'S&P DJI',
      display: 'almost 40%'
    });
    expect(point(data, 'goldman-2000')).toMatchObject({ value_pct: 27, provider: 'Goldman Sachs' });
    expect(point(data, 'clearbridge-2024')).toMatchObject({ value_pct: 38.7 });
    expect(point(data, 'vc-mag7-2022')).toMatchObject({ value_pct: 21.6, measure: 'mag7-mcap' });
    expect(new Set(data.map((d) => d.provider)).size).toBeGreaterThanOrEqual(10);
  });

  it('rejects an unknown measure and a duplicate id, naming the file and line', () => {
    const head = 'id,as_of,year,measure,value_pct,display,provider,source_id,basis\n';
    expect(() => parsePoints(head + 'a,2000,2000,top20,27,27%,GS,gs,x\n')).toThrow(
      'content/data/sp500_concentration_points.csv:2: column "measure"'
    );
    expect(() =>
      parsePoints(head + 'a,2000,2000,top10,27,27%,GS,gs,x\na,2001,2001,top10,26,26%,GS,gs,x\n')
    ).toThrow('sp500_concentration_points.csv:3: duplicate id "a"');
    expect(() => parsePoints(head + 'a,2000,2000,top10,127,27%,GS,gs,x\n')).toThrow(/:2: column "value_pct"/);
  });
});

describe('index-of-a-few layout', () => {
  it('draws points only: no line or path ever joins them', () => {
    for (const step of STEPS) {
      for (const size of SIZES) {
        expect(scene(step, size).marks.some((m) => m.kind === 'path')).toBe(false);
      }
    }
  });

  it('says on the chart that the points come from different providers', () => {
    expect(texts(scene('long-view'))).toMatch(/different providers/);
    expect(chart.note).toMatch(/various providers/);
  });

  it('labels each named point with its provider and value', () => {
    for (const step of Object.keys(states.steps)) {
      const t = texts(scene(step, { width: 760, height: 620 }));
      for (const id of states.steps[step]!.named ?? []) {
        const p = point(data, id);
        expect(t, `${step}: ${id}`).toContain(p.provider);
        expect(t, `${step}: ${id}`).toContain(p.display);
      }
    }
  });

  it('names fewer points on a short frame, keeping the most important first', () => {
    const short = scene('forty-percent', { width: 340, height: 300 });
    const named = short.marks.filter(
      (m) => m.kind === 'text' && m.id.startsWith('label-') && m.id.endsWith('-0')
    );
    expect(named.length).toBeLessThan(states.steps['forty-percent']!.named!.length);
    expect(short.marks.some((m) => m.id === 'label-spdji-2025-0')).toBe(true);
  });

  it('puts values on a linear % scale: 40% sits 13/10 as far above 27% as 27% is above 14%', () => {
    const s = scene('forty-percent');
    const cy = (id: string) => (s.marks.find((m) => m.id === `pt-${id}`) as CircleMark).cy;
    const d1 = cy('goldman-2000') - cy('spdji-2025');
    const d2 = cy('janney-2014') - cy('goldman-2000');
    expect(d1 / d2).toBeCloseTo((40 - 27) / (27 - 17.51), 5);
  });

  it('draws the dot-com peak as a reference line from Goldman’s 27%', () => {
    const s = scene('forty-percent');
    expect(s.marks.some((m) => m.id === 'dotcom-line')).toBe(true);
    expect(texts(s)).toContain('dot-com peak, 27%');
    expect(scene('long-view').marks.some((m) => m.id === 'dotcom-line')).toBe(false);
  });

  it('shows the long band in the first step and the Magnificent 7 only in the last', () => {
    expect(texts(scene('long-view'))).toContain('1880–2010: always between 19% and 28%');
    expect(scene('forty-percent').marks.some((m) => m.id.startsWith('pt-fool-'))).toBe(false);
    const last = scene('seven-names');
    expect(last.marks.some((m) => m.id === 'pt-fool-2025b')).toBe(true);
    expect(last.marks.some((m) => m.id === 'pt-vc-mag7-2022')).toBe(true);
  });

  it.each(STEPS.flatMap((step) => SIZES.map((size) => [step ?? 'opening', size] as const)))(
    'at %s, %o: unique ids, finite numbers, text inside the frame',
    (step, size) => expectInsideFrame(scene(step === 'opening' ? null : step, size), size)
  );

  it('describes every step', () => {
    for (const step of Object.keys(states.steps)) {
      expect(chart.describe(data, resolveState(states, step))).toMatch(/different providers/);
    }
    expect(chart.describe(data, resolveState(states, 'forty-percent'))).toContain(
      'S&P DJI, mid-2025: almost 40%'
    );
  });
});
