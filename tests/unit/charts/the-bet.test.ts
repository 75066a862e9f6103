import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import type { Mark, RectMark, TextMark } from '$lib/charts/types';
import { byId, rows, data } from '$lib/charts/the-bet/data';
import { CELL_USD_M, layout } from '$lib/charts/the-bet/layout';
import { states } from '$lib/charts/the-bet/states';
import { describe as describeFrame } from '$lib/charts/the-bet/describe';
import { textWidth } from '$lib/charts/text';

const phone = { width: 320, height: 520 };
const scene = (step: string | null, size = phone) => layout(data, resolveState(states, step), size);
const cells = (marks: readonly Mark[]) =>
  marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith('cell-'));
const texts = (marks: readonly Mark[]) =>
  marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.text);

describe('the-bet layout', () => {
  it('draws one square per $10M of the filing, the same squares at every step', () => {
    const total = data['pltr-puts'].value_usd_m + data['nvda-puts'].value_usd_m + data.other.value_usd_m;
    for (const step of [null, ...Object.keys(states.steps)]) {
      expect(cells(scene(step).marks)).toHaveLength(Math.round(total / CELL_USD_M));
    }
  });

  it.each([
    ['palantir', 'accent', 91],
    ['nvidia', 'contrast', 19]
  ])('at %s colours the %s squares: %i of them', (step, tone, n) => {
    expect(cells(scene(step).marks).filter((c) => c.fill === tone)).toHaveLength(n);
  });

  it('states the values and shares on the chart', () => {
    expect(texts(scene('nvidia').marks).join(' ')).toMatch(/\$912\.1M \(66\.1%\).*\$186\.6M \(13\.5%\)/);
  });

  it('draws the premium at the same scale: its area is 9.2/10 of one square', () => {
    const marks = scene('notional-vs-cost').marks;
    const cost = marks.find((m) => m.id === 'cost') as RectMark;
    const cell = cells(marks)[0]!;
    expect((cost.width * cost.height) / (cell.width * cell.height)).toBeCloseTo(0.92, 2);
    // Notional value is not money paid: the Palantir squares become dashed outlines.
    expect(cells(marks).filter((c) => c.fill === 'none' && c.dash)).toHaveLength(91);
  });

  it('keeps every label inside a 320 px frame', () => {
    for (const step of [null, ...Object.keys(states.steps)]) {
      for (const m of scene(step).marks) {
        if (m.kind !== 'text') continue;
        const factor = m.weight === 'bold' ? 1.1 : 1;
        expect(m.x + textWidth(m.text, m.size) * factor, `${step}: ${m.text}`).toBeLessThanOrEqual(
          phone.width
        );
      }
    }
  });

  it('fails loudly when a row is missing', () => {
    expect(() => byId(rows.filter((r) => r.id !== 'pltr-cost'))).toThrow(
      /scion_13f_2025q3\.csv: missing row "pltr-cost"/
    );
  });

  it('describes each step in words, with the numbers', () => {
    expect(describeFrame(data, resolveState(states, 'notional-vs-cost'))).toMatch(/\$9\.2 million/);
  });
});
