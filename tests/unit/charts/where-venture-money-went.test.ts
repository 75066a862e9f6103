import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { RectMark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/where-venture-money-went';
import {
  byId,
  climateSquareUsdBn,
  data,
  parseVc,
  rows,
  squaresFor
} from '$lib/charts/where-venture-money-went/data';
import { layout } from '$lib/charts/where-venture-money-went/layout';
import { states } from '$lib/charts/where-venture-money-went/states';
import { CHART_SIZES } from './sizes';

const SIZES = CHART_SIZES;
const STEPS = [null, ...Object.keys(states.steps)];
const scene = (step: string | null, size = SIZES[2]!) => layout(data, resolveState(states, step), size);
const texts = (s: Scene) =>
  s.marks
    .filter((m): m is TextMark => m.kind === 'text')
    .map((m) => m.text)
    .join(' | ');
const cells = (s: Scene) =>
  s.marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith('cell-'));

function extent(m: TextMark): [number, number] {
  const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
  if (m.anchor === 'end') return [m.x - w, m.x];
  if (m.anchor === 'middle') return [m.x - w / 2, m.x + w / 2];
  return [m.x, m.x + w];
}

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
    const t = texts(scene('global-2025'));
    expect(t).toContain('61%');
    expect(t).toContain('OECD (Preqin data)');
    expect(t).toContain('36% · World, 2024');
    expect(t).toContain('PitchBook-NVCA Venture Monitor');
    expect(t).toMatch(/different providers/);
  });

  it('draws climate tech at the same dollar scale as AI (9.8 squares of ≈$1.3B)', () => {
    const s = scene('climate-tech');
    const cell = cells(s)[0]!;
    const climate = s.marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith('climate-'));
    const area = climate.reduce((a, m) => a + m.width * m.height, 0) / (cell.width * cell.height);
    expect(area).toBeCloseTo(12.9 / climateSquareUsdBn(data), 5);
    expect(climate).toHaveLength(10);
    expect(texts(s)).toContain('$12.9B');
    expect(texts(s)).toMatch(/PitchBook defines/);
  });

  it('keeps square ids stable so the grid tweens between steps', () => {
    const ids = (s: Scene) =>
      cells(s)
        .map((m) => m.id)
        .join();
    expect(ids(scene('global-2024'))).toBe(ids(scene('climate-tech')));
  });

  it.each(STEPS.flatMap((step) => SIZES.map((size) => [step ?? 'opening', size] as const)))(
    'at %s, %o: unique ids, finite numbers, text inside the frame, grid inside the frame',
    (step, size) => {
      const s = scene(step === 'opening' ? null : step, size);
      const ids = s.marks.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(JSON.stringify(s)).not.toMatch(/null|NaN/);
      for (const m of s.marks) {
        if (m.kind === 'text') {
          const [a, b] = extent(m);
          expect(a, m.id).toBeGreaterThanOrEqual(0);
          expect(b, `${m.id}: "${m.text}"`).toBeLessThanOrEqual(size.width);
          expect(m.y, m.id).toBeLessThanOrEqual(size.height);
          expect(m.size).toBeGreaterThanOrEqual(12);
        }
        if (m.kind === 'rect') {
          expect(m.x + m.width, m.id).toBeLessThanOrEqual(size.width);
          expect(m.y + m.height, m.id).toBeLessThanOrEqual(size.height);
        }
      }
    }
  );

  it('rounds published shares to whole squares', () => {
    expect(squaresFor(data['global-2024'])).toBe(36);
  });
});

describe('where-venture-money-went definition', () => {
  it('describes every step with its numbers', () => {
    for (const step of STEPS) {
      const d = chart.describe(chart.data, resolveState(states, step));
      expect(d.length).toBeGreaterThan(40);
    }
    expect(chart.describe(chart.data, resolveState(states, 'us-h1-2025'))).toMatch(
      /64 are filled.*United States, H1 2025/
    );
    expect(chart.describe(chart.data, resolveState(states, 'climate-tech'))).toMatch(
      /\$12\.9 billion.*a tenth/
    );
  });

  it('tables every published row with its provider', () => {
    const t = chart.table(chart.data);
    expect(t.rows).toHaveLength(rows.length);
    expect(t.columns).toContain('Provider');
  });
});

describe('where-venture-money-went on a short phone frame (296 × 324)', () => {
  it('drops its own title (the page shows the Scrolly title) but keeps every step readable', () => {
    for (const step of Object.keys(states.steps)) {
      const s = layout(data, resolveState(states, step), { width: 296, height: 324 });
      expect(s.marks.some((m) => m.id.startsWith('title-'))).toBe(false);
      expect(s.marks.filter((m) => m.kind === 'text').length).toBeGreaterThan(3);
    }
  });
});
