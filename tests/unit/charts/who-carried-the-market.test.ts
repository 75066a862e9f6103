import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { Mark, RectMark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/who-carried-the-market';
import { byId, data, parse } from '$lib/charts/who-carried-the-market/data';
import { layout, cellPosition, MEASURES } from '$lib/charts/who-carried-the-market/layout';
import { states } from '$lib/charts/who-carried-the-market/states';

const SIZES = [
  { width: 320, height: 480 },
  { width: 375, height: 560 },
  { width: 760, height: 620 }
];
const STEPS = [null, ...Object.keys(states.steps)];
const scene = (step: string | null, size = SIZES[1]!) => layout(data, resolveState(states, step), size);
const texts = (s: Scene) => s.marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.text);
const cells = (s: Scene, id: string) =>
  s.marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith(`cell-${id}-`));
const lit = (s: Scene, id: string) => cells(s, id).filter((c) => c.fill !== 'faint').length;

/** Horizontal extent of a text mark, estimated as the layout does (bold runs ~10% wider). */
function extent(m: TextMark): [number, number] {
  const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
  if (m.anchor === 'end') return [m.x - w, m.x];
  if (m.anchor === 'middle') return [m.x - w / 2, m.x + w / 2];
  return [m.x, m.x + w];
}

describe('who-carried-the-market data', () => {
  it('holds J.P. Morgan’s three shares and the derived company share', () => {
    expect([data.returns.value_pct, data.earnings.value_pct, data.capex.value_pct]).toEqual([75, 80, 90]);
    expect(data.companies.value_pct).toBe(8);
  });

  it('rejects a share above 100% with the file and line', () => {
    const bad = 'id,label,value_pct,reported_as,basis\nreturns,R,75,a,b\nearnings,E,180,a,b\n';
    expect(() => parse(bad)).toThrow('content/data/jpm_ai_share_sp500.csv:3: column "value_pct"');
  });

  it('rejects an unknown measure and a missing one', () => {
    expect(() => parse('id,label,value_pct,reported_as,basis\nprofits,P,1,a,b\n')).toThrow(/:2: column "id"/);
    expect(() => byId(parse('id,label,value_pct,reported_as,basis\nreturns,R,75,a,b\n'))).toThrow(
      /missing row "earnings"/
    );
  });
});

describe('who-carried-the-market layout', () => {
  it.each([
    ['returns', [75, 0, 0]],
    ['earnings', [75, 80, 0]],
    ['capex', [75, 80, 90]],
    ['the-basket', [75, 80, 90]]
  ] as const)('at step %s fills the waffles with %o squares', (step, expected) => {
    const s = scene(step);
    expect(MEASURES.map((id) => lit(s, id))).toEqual(expected);
  });

  it('shows each headline number only once its waffle is filled', () => {
    expect(texts(scene(null))).not.toContain('75%');
    expect(texts(scene('returns'))).toContain('75%');
    expect(texts(scene('returns'))).not.toContain('80%');
    expect(texts(scene('capex'))).toEqual(expect.arrayContaining(['75%', '80%', '90%']));
  });

  it('adds the company waffle (8 of 100) and the basket note only at the last step', () => {
    expect(cells(scene('capex'), 'companies')).toHaveLength(0);
    const s = scene('the-basket');
    expect(lit(s, 'companies')).toBe(8);
    expect(texts(s)).toContain('≈8%');
    expect(texts(s).join(' ')).toMatch(/not an index statistic/);
  });

  it('fills squares from the bottom row up, left to right', () => {
    expect(cellPosition(0)).toEqual({ col: 0, row: 9 });
    expect(cellPosition(9)).toEqual({ col: 9, row: 9 });
    expect(cellPosition(10)).toEqual({ col: 0, row: 8 });
    expect(cellPosition(99)).toEqual({ col: 9, row: 0 });
  });

  it.each(STEPS.flatMap((step) => SIZES.map((size) => [step ?? 'opening', size] as const)))(
    'at %s, %o keeps every mark inside the frame and no text over the edge',
    (step, size) => {
      const s = scene(step === 'opening' ? null : step, size);
      for (const m of s.marks as Mark[]) {
        if (m.kind === 'text') {
          const [a, b] = extent(m);
          expect(a, `${m.id} "${m.text}"`).toBeGreaterThanOrEqual(0);
          expect(b, `${m.id} "${m.text}"`).toBeLessThanOrEqual(size.width);
          expect(m.y, m.id).toBeLessThanOrEqual(size.height);
        } else if (m.kind === 'rect') {
          expect(m.x + m.width, m.id).toBeLessThanOrEqual(size.width + 0.01);
          expect(m.y + m.height, m.id).toBeLessThanOrEqual(size.height + 0.01);
        }
      }
    }
  );

  it.each(SIZES)('keeps every waffle clear of every label at %o', (size) => {
    const s = scene('the-basket', size);
    const labels = s.marks.filter((m): m is TextMark => m.kind === 'text' && /^(num|label)-/.test(m.id));
    for (const id of [...MEASURES, 'companies']) {
      const cs = cells(s, id);
      const box = {
        x0: Math.min(...cs.map((c) => c.x)),
        x1: Math.max(...cs.map((c) => c.x + c.width)),
        y0: Math.min(...cs.map((c) => c.y)),
        y1: Math.max(...cs.map((c) => c.y + c.height))
      };
      for (const t of labels) {
        const [a, b] = extent(t);
        // A text's ink sits between (baseline − size) and the baseline.
        const overlaps = a < box.x1 && b > box.x0 && t.y - t.size < box.y1 && t.y > box.y0;
        expect(overlaps, `${t.id} "${t.text}" over waffle ${id}`).toBe(false);
      }
    }
  });

  it('describes every step with its numbers', () => {
    expect(chart.describe(data, resolveState(states, 'capex'))).toMatch(/75%.*80%.*90%/);
    expect(chart.describe(data, resolveState(states, 'the-basket'))).toMatch(/not index statistics/);
  });
});
