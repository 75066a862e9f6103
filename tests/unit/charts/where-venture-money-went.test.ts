import { sum } from 'd3-array';
import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/where-venture-money-went';
import {
  byId,
  climateSquareUsdBn,
  data,
  parseVc,
  rows,
  squaresFor
} from '$lib/charts/where-venture-money-went/data';
import type { RectMark, Scene } from '$lib/charts/types';
import { altText, describeFitsEverySurface, sceneOf, SURFACES, textOf } from './fit';

const scene = (step: string | null) => sceneOf(chart, step);
const cells = (s: Scene) =>
  s.marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith('cell-'));

describe('where-venture-money-went data', () => {
  it('holds the published figures of FACTS rows 14–16', () => {
    expect(data['global-2024']).toMatchObject({
      sector_usd_bn: 131.5,
      total_usd_bn: 368.5,
      share_pct: 35.7,
      provider: 'PitchBook (preliminary)'
    });
    expect(data['us-h1-2025']).toMatchObject({ share_pct: 64, geography: 'United States' });
    expect(data['global-2025']).toMatchObject({ sector_usd_bn: 258.7, total_usd_bn: 427.1, share_pct: 61 });
    expect(data['climate-2024']).toMatchObject({ sector: 'Climate tech', sector_usd_bn: 12.9 });
  });

  it('computes the 2024 share from PitchBook’s two sums, not the other way round', () => {
    const r = data['global-2024'];
    expect((r.sector_usd_bn! / r.total_usd_bn!) * 100).toBeCloseTo(r.share_pct!, 1);
  });

  it('rejects a share above 100% with the file and line', () => {
    const bad =
      'id,period,geography,provider,sector,sector_usd_bn,total_usd_bn,share_pct,basis\nglobal-2024,2024,World,PitchBook,AI,131.5,368.5,135.7,x\n';
    expect(() => parseVc(bad, 'content/data/vc_test.csv')).toThrow(
      'content/data/vc_test.csv:2: column "share_pct"'
    );
  });

  it('rejects an unknown row id and a missing row', () => {
    const bad =
      'id,period,geography,provider,sector,sector_usd_bn,total_usd_bn,share_pct,basis\nglobal-2023,2023,World,PitchBook,AI,1,2,50,x\n';
    expect(() => parseVc(bad, 'f.csv')).toThrow('f.csv:2: column "id"');
    expect(() => byId(rows.filter((r) => r.id !== 'climate-2024'))).toThrow(/missing row "climate-2024"/);
  });
});

describe('where-venture-money-went layout', () => {
  it.each([
    ['global-2024', 36],
    ['us-h1-2025', 64],
    ['global-2025', 61],
    ['climate-tech', 100]
  ])('at %s fills %i of the 100 squares', (step, n) => {
    const c = cells(scene(step));
    expect(c).toHaveLength(100);
    expect(c.filter((m) => m.fill === 'accent')).toHaveLength(n);
  });

  it('starts with an empty grid before the first step', () => {
    expect(cells(scene(null)).filter((m) => m.fill === 'accent')).toHaveLength(0);
  });

  it('annotates the share with its provider, and lists earlier points as separate providers', () => {
    const t = textOf(scene('global-2025'));
    expect(t).toContain('61%');
    expect(t).toContain('OECD (Preqin data)');
    expect(t).toContain('36% · World, 2024');
    expect(t).toContain('PitchBook-NVCA Venture Monitor');
    expect(t).toMatch(/different providers/);
  });

  it.each(SURFACES)(
    'draws climate tech at the same dollar scale as AI (9.8 squares of ≈$1.3B), at %s',
    (_, size) => {
      const s = sceneOf(chart, 'climate-tech', size);
      const cell = cells(s)[0]!;
      const climate = s.marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith('climate-'));
      const area = sum(climate, (m) => m.width * m.height) / (cell.width * cell.height);
      expect(area).toBeCloseTo(12.9 / climateSquareUsdBn(data), 5);
      expect(climate).toHaveLength(10);
      expect(textOf(s)).toContain('$12.9B');
      expect(textOf(s)).toContain('9.8 squares');
    }
  );

  it('says in its note what the drawing does: whole squares for shares, dollars to scale for climate tech', () => {
    expect(chart.note?.en).toMatch(/shares rounded to whole squares/);
    expect(chart.note?.en).toMatch(/climate tech is drawn to the same scale, its last square partial/);
    expect(textOf(scene('climate-tech'))).toMatch(/PitchBook defines/);
  });

  it('keeps square ids stable so the grid tweens between steps', () => {
    const ids = (s: Scene) =>
      cells(s)
        .map((m) => m.id)
        .join();
    expect(ids(scene('global-2024'))).toBe(ids(scene('climate-tech')));
  });

  it('rounds published shares to whole squares', () => {
    expect(squaresFor(data['global-2024'])).toBe(36);
  });
});

describe('where-venture-money-went definition', () => {
  it('describes every step with the figures the chart prints', () => {
    expect(altText(chart, 'us-h1-2025')).toMatch(
      /64 are filled for AI's share, 64%, in United States, H1 2025/
    );
    expect(altText(chart, 'global-2025')).toMatch(/61%.*36% for World, 2024.*64% for United States/);
    expect(altText(chart, 'climate-tech')).toMatch(
      /\$131\.5 billion.*\$12\.9 billion.*9\.8 squares.*a tenth/
    );
  });

  it('tables every published row with its provider', () => {
    const t = chart.table(chart.data, 'en');
    expect(t.rows).toHaveLength(rows.length);
    expect(t.columns).toContain('Provider');
  });
});

describeFitsEverySurface(chart);
