import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/openai-valuation';
import { data, growth, isSale, parse, shown, yearOf } from '$lib/charts/openai-valuation/data';
import type { CircleMark, RectMark, Scene } from '$lib/charts/types';
import { sources } from '$lib/content/sources';
import { altText, describeFitsEverySurface, markOf, sceneOf, SURFACES, textOf } from './fit';

const deal = (s: Scene, id: string) => s.marks.find((m) => m.id === `deal-${id}`) as CircleMark | RectMark;
const cy = (m: CircleMark | RectMark) => (m.kind === 'circle' ? m.cy : m.y + m.height / 2);

describe('openai-valuation data', () => {
  it('holds every deal the chapter quotes, in order, each with its kind and a known source', () => {
    expect(data.map((d) => [d.id, d.kind, d.valuation_usd_bn])).toEqual([
      ['microsoft-2019', 'investment', null],
      ['tender-2023', 'tender', 29],
      ['tender-2024', 'tender', 86],
      ['round-2024', 'round', 157],
      ['round-2025', 'round', 300],
      ['staff-sale-2025', 'secondary-sale', 500],
      ['round-2026', 'round', 852]
    ]);
    expect(data.find((d) => d.id === 'round-2026')!.new_money_usd_bn).toBe(122);
    for (const d of data) expect(sources.has(d.source_id), d.source_id).toBe(true);
    expect(chart.sources.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('rejects a round without new money, a sale with it, a price on the no-price investment, and disorder', () => {
    const head = 'id,date,kind,valuation_usd_bn,new_money_usd_bn,detail,source_id\n';
    expect(() => parse(head + 'a,2024-10-02,round,157,,x,s\n')).toThrow(
      'content/data/openai_valuation_path.csv:2: a funding round needs its new money'
    );
    expect(() => parse(head + 'a,2023-04,tender,29,1,x,s\n')).toThrow(
      /:2: a sale of existing shares brings no new money/
    );
    expect(() => parse(head + 'a,2019-07-22,investment,10,1,x,s\n')).toThrow(/:2: only an investment/);
    expect(() => parse(head + 'a,2024-10-02,round,157,6,x,s\nb,2023-04,tender,29,,x,s\n')).toThrow(
      /:3: deals must be in date order/
    );
    expect(() => parse(head + 'a,2024-13,tender,29,,x,s\n')).toThrow(/:2: column "date"/);
  });

  it('places a month-only deal mid-month, and a dated one on its day', () => {
    expect(yearOf('2023-04')).toBeCloseTo(2023 + 3 / 12 + 14 / 365, 6);
    expect(yearOf('2024-10-02')).toBeCloseTo(2024 + 9 / 12 + 1 / 365, 6);
  });

  it('puts the newest price at about 29 times the first tender', () => {
    const g = growth(data);
    expect([g.first.id, g.last.id]).toEqual(['tender-2023', 'round-2026']);
    expect(g.multiple).toBeCloseTo(852 / 29, 6);
  });
});

describe('openai-valuation layout', () => {
  it.each(SURFACES)(
    'draws each shown deal at a height proportional to its value, on one baseline, at %s',
    (_, size) => {
      const s = sceneOf(chart, 'by-2026', size);
      const base = cy(deal(s, 'microsoft-2019'));
      const h = (id: string) => base - cy(deal(s, id));
      const ratio = h('round-2026') / 852;
      for (const d of data.filter((x) => x.valuation_usd_bn !== null)) {
        expect(h(d.id) / d.valuation_usd_bn!, d.id).toBeCloseTo(ratio, 6);
      }
    }
  );

  it('tells a round (filled) from a sale of existing shares (hollow ring) and the no-price investment (open square) by shape', () => {
    const s = sceneOf(chart, 'by-2026');
    for (const d of data) {
      const m = deal(s, d.id);
      if (d.kind === 'investment') {
        expect(m.kind, d.id).toBe('rect');
        expect(m.fill).toBe('paper');
      } else if (isSale(d.kind)) {
        expect([m.kind, m.fill, m.stroke], d.id).toEqual(['circle', 'paper', 'accent']);
      } else {
        expect([m.kind, m.fill, m.stroke], d.id).toEqual(['circle', 'accent', undefined]);
      }
    }
    expect(textOf(s)).toMatch(/funding round \(new money\).*sale of existing shares.*investment, no price/);
  });

  it('never joins the deals with a line (nothing is known between them), and says so on the chart', () => {
    for (const step of Object.keys(chart.states.steps)) {
      expect(sceneOf(chart, step).marks.filter((m) => m.kind === 'path')).toEqual([]);
    }
    expect(textOf(sceneOf(chart, 'tenders'))).toContain(
      'linear scale. Each mark is one deal; nothing is known between them.'
    );
    // (The card draws no header: the card prints the chart's title and step above it.)
    for (const [name, size] of SURFACES.filter(([n]) => n !== 'card'))
      expect(textOf(sceneOf(chart, 'tenders', size)), name).toMatch(
        /one mark per deal|Each mark is one deal/
      );
  });

  it.each([
    ['no-price', 1],
    ['tenders', 3],
    ['rounds', 5],
    ['by-2026', 7]
  ])('at %s shows %i deals', (step, n) => {
    const s = sceneOf(chart, step);
    expect(data.filter((d) => (deal(s, d.id).opacity ?? 1) > 0)).toHaveLength(n);
    expect(shown(data, chart.states.steps[step]!.through!)).toHaveLength(n);
  });

  it.each([
    [
      'no-price',
      /Jul 2019 \$1B in, no price/,
      /Jul 2019: Microsoft's \$1 billion investment, drawn on the baseline/
    ],
    [
      'tenders',
      /Apr 2023 \$29B.*Jan 2024 \$86B|Jan 2024 \$86B.*Apr 2023 \$29B/,
      /Apr 2023: tender offer, \$29 billion; Jan 2024: tender offer, \$86 billion/
    ],
    [
      'rounds',
      /Oct 2024 \$157B/,
      /Oct 2024: funding round, \$157 billion, with \$6\.6 billion of new money; Mar 2025: funding round, \$300 billion, with \$40 billion/
    ],
    ['by-2026', /Mar 2026 \$852B/, /Mar 2026: funding round, \$852 billion, with \$122 billion of new money/],
    ['by-2026', /Oct 2025 \$500B/, /Oct 2025: sale of staff shares, \$500 billion/],
    ['by-2026', /≈29× the Apr 2023 price/, /about 29× the Apr 2023 tender price/]
  ])('at %s writes %s on the desktop chart, and the alt text says %s', (step, onChart, inAlt) => {
    expect(textOf(sceneOf(chart, step))).toMatch(onChart);
    expect(altText(chart, step)).toMatch(inAlt);
  });

  it.each(SURFACES)('labels the step’s own deals at %s', (name, size) => {
    for (const [step, ids] of Object.entries(chart.states.steps)) {
      const text = textOf(sceneOf(chart, step, size));
      for (const id of ids.focus!) {
        const d = data.find((x) => x.id === id)!;
        const value = d.valuation_usd_bn === null ? '$1B' : `$${d.valuation_usd_bn}B`;
        expect(text, `${name} ${step} ${id}`).toContain(value);
      }
    }
  });

  it('stretches the scale as the deals grow: the $86B tender stands lower once the rounds are drawn', () => {
    const h = (step: string) =>
      cy(deal(sceneOf(chart, step), 'microsoft-2019')) - cy(deal(sceneOf(chart, step), 'tender-2024'));
    expect(h('tenders') / h('rounds')).toBeCloseTo(350 / 100, 6);
    expect(markOf(sceneOf(chart, 'by-2026'), 'grid-line-800', 'line')).toBeDefined();
  });
});

describeFitsEverySurface(chart);
