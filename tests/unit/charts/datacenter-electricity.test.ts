import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/datacenter-electricity';
import { data, growthNote, panelPoints, parse } from '$lib/charts/datacenter-electricity/data';
import type { CircleMark, RectMark, Scene } from '$lib/charts/types';
import { sources } from '$lib/content/sources';
import { altText, describeFitsEverySurface, markOf, sceneOf, SURFACES, textOf } from './fit';

const point = (s: Scene, id: string) => s.marks.find((m) => m.id === `point-${id}`) as CircleMark | RectMark;
const visible = (s: Scene, id: string) => (point(s, id).opacity ?? 1) > 0;

describe('datacenter-electricity data', () => {
  it('holds the published figures the chapter quotes, each with its publisher, date and kind', () => {
    expect(data.map((p) => [p.id, p.low, p.high, p.kind, p.published])).toEqual([
      ['iea-2024', 415, 415, 'estimate', '2025-04-10'],
      ['iea-2025-growth', 17, 17, 'estimate', '2026-04-16'],
      ['iea-2030', 945, 945, 'forecast', '2025-04-10'],
      ['lbnl-2023', 4.4, 4.4, 'estimate', '2024-12-20'],
      ['lbnl-2028', 6.7, 12, 'forecast', '2024-12-20'],
      ['epri-now', 4, 5, 'estimate', '2026-02-26'],
      ['epri-2030', 9, 17, 'forecast', '2026-02-26']
    ]);
    for (const p of data) expect(sources.has(p.source_id), p.source_id).toBe(true);
    expect(chart.sources.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('keeps the world (TWh) and the United States (shares) apart, and the 2025 growth out of the levels', () => {
    expect(panelPoints(data, 'world').map((p) => p.id)).toEqual(['iea-2024', 'iea-2030']);
    expect(panelPoints(data, 'us').map((p) => p.id)).toEqual([
      'lbnl-2023',
      'lbnl-2028',
      'epri-now',
      'epri-2030'
    ]);
    expect(growthNote(data)!.unit).toBe('percent change');
  });

  it('rejects a forecast of a past year, an estimate of a future one, and a range upside down', () => {
    const head = 'id,geography,year,year_label,metric,unit,low,high,kind,publisher,published,source_id\n';
    expect(() => parse(head + 'a,World,2024,2024,m,TWh,1,1,forecast,IEA,2025-04-10,s\n')).toThrow(
      'content/data/datacenter_electricity_published_points.csv:2: a forecast must be for a year after its publication'
    );
    expect(() => parse(head + 'a,World,2030,2030,m,TWh,1,1,estimate,IEA,2025-04-10,s\n')).toThrow(
      /:2: an estimate cannot/
    );
    expect(() =>
      parse(head + 'a,United States,2030,2030,m,percent,17,9,forecast,EPRI,2026-02-26,s\n')
    ).toThrow(/:2: low is above high/);
    expect(() => parse(head + 'a,United States,2030,2030,m,TWh,1,1,forecast,EPRI,2026-02-26,s\n')).toThrow(
      /:2: the US panel is drawn in shares/
    );
  });
});

describe('datacenter-electricity layout', () => {
  it.each(SURFACES)('draws values in proportion on one baseline, world and US apart, at %s', (_, size) => {
    const w = sceneOf(chart, 'world', size);
    const base = markOf(w, 'grid-world-line-0', 'line').y1;
    const h = (m: CircleMark) => base - m.cy;
    expect(h(point(w, 'iea-2030') as CircleMark) / h(point(w, 'iea-2024') as CircleMark)).toBeCloseTo(
      945 / 415,
      6
    );
    const u = sceneOf(chart, 'us-2030', size);
    const ubase = markOf(u, 'grid-us-line-0', 'line').y1;
    const bar = point(u, 'epri-2030') as RectMark;
    // A range is a bar from its low to its high scenario.
    expect((ubase - bar.y) / (ubase - (bar.y + bar.height))).toBeCloseTo(17 / 9, 6);
  });

  it('never joins the figures with a line, and says on the chart that they are a few published figures', () => {
    for (const step of Object.keys(chart.states.steps)) {
      expect(sceneOf(chart, step).marks.filter((m) => m.kind === 'path')).toEqual([]);
    }
    // (The card draws no header: the card prints the chart's title and step above it.)
    for (const [name, size] of SURFACES.filter(([n]) => n !== 'card')) {
      for (const step of Object.keys(chart.states.steps)) {
        expect(textOf(sceneOf(chart, step, size)), `${name} ${step}`).toMatch(
          /published figures, not a (measured )?series/
        );
      }
    }
  });

  it('draws estimates solid and forecasts hollow or dashed, and names them in the legend', () => {
    const w = sceneOf(chart, 'world');
    expect((point(w, 'iea-2024') as CircleMark).fill).toBe('accent');
    expect((point(w, 'iea-2030') as CircleMark).fill).toBe('paper');
    const u = sceneOf(chart, 'us-2030');
    expect((point(u, 'epri-now') as RectMark).fill).toBe('accent');
    for (const id of ['lbnl-2028', 'epri-2030']) {
      const r = point(u, id) as RectMark;
      expect([r.fill, Boolean(r.dash)], id).toEqual(['none', true]);
    }
    expect(textOf(w)).toMatch(/estimate of a past year.*forecast/);
    expect(textOf(u)).toMatch(/forecast, low to high scenario/);
  });

  it('shows LBNL alone, then EPRI too, in the US steps', () => {
    const a = sceneOf(chart, 'us-2028');
    expect(['lbnl-2023', 'lbnl-2028'].every((id) => visible(a, id))).toBe(true);
    expect(['epri-now', 'epri-2030'].some((id) => visible(a, id))).toBe(false);
    const b = sceneOf(chart, 'us-2030');
    expect(['lbnl-2023', 'lbnl-2028', 'epri-now', 'epri-2030'].every((id) => visible(b, id))).toBe(true);
  });

  it.each([
    [
      'world',
      /estimate, IEA, Apr 2025 2024: 415 TWh/,
      /2024, 415 TWh, an estimate, drawn solid \(IEA, Apr 2025/
    ],
    ['world', /forecast, IEA, Apr 2025 2030: 945 TWh/, /2030, 945 TWh, a forecast, drawn hollow \(IEA/],
    [
      'world',
      /2025: use grew \+17% \(IEA, Apr 2026\); no TWh figure published/,
      /grew \+17% in 2025 \(IEA, Apr 2026\), which came with no level/
    ],
    ['us-2028', /2023: 4\.4%/, /2023, 4\.4%, an estimate.*2028, 6\.7–12%, a forecast/],
    [
      'us-2030',
      /forecast, EPRI, Feb 2026 2030: 9–17%/,
      /now, 4–5%, an estimate, drawn as a solid bar \(EPRI, Feb 2026; share of US electricity generation/
    ]
  ])('at %s writes %s on the desktop chart, and the alt text says %s', (step, onChart, inAlt) => {
    expect(textOf(sceneOf(chart, step))).toMatch(onChart);
    expect(altText(chart, step)).toMatch(inAlt);
  });

  it.each(SURFACES)('labels every figure a step draws with its year and value at %s', (name, size) => {
    const cases: [string, string[]][] = [
      ['world', ['2024: 415 TWh', '2030: 945 TWh']],
      ['us-2030', ['2023: 4.4%', '2028: 6.7–12%', 'now: 4–5%', '2030: 9–17%']]
    ];
    for (const [step, labels] of cases) {
      const text = textOf(sceneOf(chart, step, size));
      for (const l of labels) expect(text, `${name} ${step}`).toContain(l);
    }
  });
});

describeFitsEverySurface(chart);
