import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import type { Mark, RectMark, TextMark } from '$lib/charts/types';
import { quarters, yearMargin, yearTotal } from '$lib/charts/nvidia-datacenter-revenue/data';
import { layout } from '$lib/charts/nvidia-datacenter-revenue/layout';
import { states } from '$lib/charts/nvidia-datacenter-revenue/states';
import { textWidth } from '$lib/charts/text';

const size = { width: 360, height: 560 };
const scene = (step: string | null, s = size) => layout(quarters, resolveState(states, step), s);
const bars = (marks: readonly Mark[]) =>
  marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith('bar-'));
const text = (marks: readonly Mark[]) =>
  marks
    .filter((m): m is TextMark => m.kind === 'text')
    .map((m) => m.text)
    .join(' ');

describe('NVIDIA data', () => {
  it.each([
    [2023, 15.0],
    [2024, 47.5],
    [2025, 115.2],
    [2026, 193.7]
  ])(
    'quarters of FY%i add up to the reported $%sB (within the rounding of the published quarters)',
    (fy, total) => {
      expect(Math.abs(yearTotal(quarters, fy)! - total)).toBeLessThanOrEqual(0.1 + 1e-9);
    }
  );

  it.each([
    [2023, 56.9],
    [2024, 72.7],
    [2025, 75.0],
    [2026, 71.1]
  ])('FY%i GAAP gross margin from SEC quarters is %s%%', (fy, gm) => {
    expect(yearMargin(quarters, fy)).toBeCloseTo(gm, 1);
  });
});

describe('NVIDIA layout', () => {
  it('draws bars proportional to revenue (same baseline, height ∝ value)', () => {
    const b = bars(scene('latest').marks).filter((m) => (m.opacity ?? 1) > 0);
    const ratio = b.map((m, i) => m.height / quarters[i]!.data_center_revenue_usd_bn);
    for (const r of ratio) expect(r).toBeCloseTo(ratio[0]!, 6);
    expect(new Set(b.map((m) => Math.round(m.y + m.height))).size).toBe(1);
  });

  it.each([
    ['before-chatgpt', 3],
    ['take-off', 6],
    ['thirteen-fold', 16],
    ['latest', 17],
    ['margin', 17]
  ])('at %s shows %i quarters', (step, n) => {
    expect(bars(scene(step).marks).filter((m) => (m.opacity ?? 1) > 0 && m.height > 0)).toHaveLength(n);
  });

  it.each([
    ['take-off', /Q2 FY'24: \$10\.3B/],
    ['take-off', /2\.4× the quarter before/],
    ['thirteen-fold', /FY2026: \$193\.7B — 13× FY2023/],
    ['latest', /Q1 FY'27: \$75\.2B/],
    ['margin', /FY2023 56\.9% → FY2026 71\.1%/],
    ['margin', /60\.5%: \$4\.5B H20 charge/],
    ['before-chatgpt', /ChatGPT launch, 30 Nov 2022/]
  ])('at %s annotates %s', (step, pattern) => {
    expect(text(scene(step).marks)).toMatch(pattern);
  });

  it('keeps every label inside the frame at 320 px', () => {
    for (const step of Object.keys(states.steps)) {
      for (const m of scene(step, { width: 320, height: 520 }).marks) {
        if (m.kind !== 'text') continue;
        const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
        const left = m.anchor === 'end' ? m.x - w : m.anchor === 'middle' ? m.x - w / 2 : m.x;
        expect(left, `${step}: ${m.text}`).toBeGreaterThanOrEqual(-1);
        expect(left + w, `${step}: ${m.text}`).toBeLessThanOrEqual(321);
      }
    }
  });
});
