import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/the-bet';
import { byId, CELL_USD_M, data, rows, totalUsdM } from '$lib/charts/the-bet/data';
import { pct, usdM } from '$lib/charts/format';
import type { Mark, RectMark } from '$lib/charts/types';
import { altText, describeFitsEverySurface, markOf, sceneOf, stepsOf, SURFACE_SIZES, textOf } from './fit';

const cells = (marks: readonly Mark[]) =>
  marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith('cell-'));

describe('the-bet', () => {
  it('draws one square per $10M of the filing, the same squares at every step', () => {
    for (const step of stepsOf(chart)) {
      expect(cells(sceneOf(chart, step).marks)).toHaveLength(Math.round(totalUsdM(data) / CELL_USD_M));
    }
  });

  it.each([
    ['palantir', 'accent', 91],
    ['nvidia', 'contrast', 19]
  ])('at %s colours the %s squares: %i of them', (step, tone, n) => {
    expect(cells(sceneOf(chart, step).marks).filter((c) => c.fill === tone)).toHaveLength(n);
  });

  it('keeps the grid still between steps (the legend has room for its longest form)', () => {
    const first = cells(sceneOf(chart, 'portfolio', SURFACE_SIZES.phone).marks)[0]!;
    const last = cells(sceneOf(chart, 'notional-vs-cost', SURFACE_SIZES.phone).marks)[0]!;
    expect([last.x, last.y, last.width]).toEqual([first.x, first.y, first.width]);
  });

  it('prints the total, the values and shares as format.ts writes them, and says them in the alt text', () => {
    const shown = textOf(sceneOf(chart, 'nvidia'));
    const figures = [
      usdM(totalUsdM(data), { digits: 2 }),
      `${usdM(912.1)} (${pct(66.1, 1)})`,
      `${usdM(186.6)} (${pct(13.5, 1)})`
    ];
    expect(figures).toEqual(['$1.38B', '$912.1M (66.1%)', '$186.6M (13.5%)']);
    for (const f of figures) expect(shown).toContain(f);
    expect(altText(chart, 'nvidia')).toMatch(
      /\$1\.38 billion.*\$912\.1 million.*66\.1%.*\$186\.6 million.*13\.5%/
    );
  });

  it('keeps the total on the chart even on a phone, where the page shows the title above', () => {
    expect(textOf(sceneOf(chart, 'portfolio', SURFACE_SIZES.phoneSmall))).toContain('$1.38B');
  });

  it('draws the premium at the same scale: its area is 9.2/10 of one square', () => {
    const s = sceneOf(chart, 'notional-vs-cost');
    const cost = markOf(s, 'cost', 'rect');
    const cell = cells(s.marks)[0]!;
    expect((cost.width * cost.height) / (cell.width * cell.height)).toBeCloseTo(0.92, 2);
    // Notional value is not money paid: the Palantir squares become dashed outlines.
    expect(cells(s.marks).filter((c) => c.fill === 'none' && c.dash)).toHaveLength(91);
    expect(altText(chart, 'notional-vs-cost')).toMatch(/\$9\.2 million, less than one square/);
  });

  it('fails loudly when a row is missing', () => {
    expect(() => byId(rows.filter((r) => r.id !== 'pltr-cost'))).toThrow(
      /scion_13f_2025q3\.csv: missing row "pltr-cost"/
    );
  });
});

describeFitsEverySurface(chart);
