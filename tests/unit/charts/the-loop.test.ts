import { describe, expect, it } from 'vitest';
import { LINES } from '$lib/charts/diagram';
import { resolveState } from '$lib/charts/state';
import type { PathMark, RectMark, Scene, Size } from '$lib/charts/types';
import chart from '$lib/charts/the-loop';
import {
  CIRCLE_FLOWS,
  data,
  FLOW_KINDS,
  panelRows,
  parseFinancials,
  parseFlows,
  revenueMultiples
} from '$lib/charts/the-loop/data';
import { LINE_OF } from '$lib/charts/the-loop/layout';
import { states } from '$lib/charts/the-loop/states';
import { strings } from '$lib/charts/the-loop/strings';
import { sources } from '$lib/content/sources';
import {
  altText,
  describeFitsEverySurface,
  expectStillAcrossSteps,
  sceneOf,
  stepsOf,
  SURFACE_SIZES,
  SURFACES,
  textMarks,
  textOf
} from './fit';

const STEPS = stepsOf(chart);
const scene = (step: string | null, size: Size = SURFACE_SIZES.phone) => sceneOf(chart, step, size);
const texts = (s: Scene) => textMarks(s).map((m) => m.text);
const paths = (s: Scene) =>
  s.marks.filter(
    (m): m is PathMark => m.kind === 'path' && m.id.startsWith('flow-') && !m.id.endsWith('-stop')
  );
const flowIds = (s: Scene) => paths(s).map((p) => p.id.replace(/^flow-/, ''));
const flow = (id: string) => data.flows.find((f) => f.id === id)!;
const t = strings.en;

describe('the-loop data', () => {
  it('draws as paid only what was paid: $11.6B of Microsoft’s $13B (F4)', () => {
    expect(flow('msft-openai-funding')).toMatchObject({
      kind: 'paid',
      amount: 11.6,
      of_usd_bn: 13,
      stage: 1
    });
    expect(t.amount(flow('msft-openai-funding'))).toBe('$11.6B paid of $13B');
  });

  it('takes NVIDIA’s data-center revenue from all its buyers, not from Azure (F5)', () => {
    expect(flow('buyers-nvidia-revenue')).toMatchObject({
      from: 'buyers',
      to: 'nvidia',
      kind: 'paid',
      amount: 193.7
    });
    expect(data.flows.filter((f) => f.from === 'azure')).toEqual([]);
  });

  it('closes the circle with a valued stake, not with an arrow from NVIDIA’s shareholders (F6)', () => {
    expect(data.flows.filter((f) => f.from === 'shareholders')).toEqual([]);
    expect(flow('openai-msft-stake-value')).toMatchObject({
      from: 'openai',
      to: 'microsoft',
      kind: 'value',
      amount: 135
    });
    expect(CIRCLE_FLOWS).toContain('openai-msft-stake-value');
  });

  it('sets NVIDIA’s market value from StockAnalysis at the 18 Sep 2026 close', () => {
    expect(flow('nvidia-market-value')).toMatchObject({
      kind: 'value',
      amount: 5370,
      date: '2026-09-18',
      source_ids: 'stockanalysis-nvda-2026-09'
    });
    expect(t.amount(flow('nvidia-market-value'))).toBe('$5.37T');
  });

  it('spreads multi-year commitments over their years (F7): ≈$175B and $120B a year', () => {
    const [commitments, plan, revenue, loss] = panelRows(data);
    expect(commitments).toMatchObject({ total: 1400, years: 8, perYear: 175 });
    expect(plan).toMatchObject({ total: 600, first: 2026, last: 2030, years: 5, perYear: 120 });
    expect(revenue).toMatchObject({ perYear: 13.07, years: 1 });
    expect(loss).toMatchObject({ perYear: 20.92, years: 1 });
    const m = revenueMultiples(data);
    expect(m.plan).toBeCloseTo(120 / 13.07, 6);
    expect(m.commitments).toBeCloseTo(175 / 13.07, 6);
  });

  it('cites a registered source on every row', () => {
    const ids = [
      ...data.flows.flatMap((f) => f.source_ids.split(' ')),
      ...Object.values(data.financials).map((f) => f.source_id)
    ];
    expect(ids.filter((id) => !sources.has(id))).toEqual([]);
    expect(chart.sources.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('has words for every flow, and no words for a flow that is gone', () => {
    expect(Object.keys(t.flows).sort()).toEqual(data.flows.map((f) => f.id).sort());
  });

  it('rejects an unknown node or flow kind, or a paid share larger than its total, with the file and line', () => {
    const head = 'id,stage,from,to,kind,amount,unit,approx,of_usd_bn,date,source_ids,superseded_stage\n';
    const row = (r: string) => `${r},msft-10q-2025q3-note17,\n`;
    expect(() =>
      parseFlows(
        head +
          row('a,1,microsoft,openai,paid,13,usd_bn,,,2019') +
          row('b,2,openai,google,paid,1,usd_bn,,,2025')
      )
    ).toThrow('content/data/ai_money_loop_flows.csv:3: column "to"');
    expect(() => parseFlows(head + row('a,1,microsoft,openai,rumour,13,usd_bn,,,2019'))).toThrow(
      /:2: column "kind"/
    );
    expect(() => parseFlows(head + row('a,1,openai,openai,paid,13,usd_bn,,,2019'))).toThrow(
      /from a node to itself/
    );
    expect(() => parseFlows(head + row('a,1,microsoft,openai,paid,13,usd_bn,,11.6,2019'))).toThrow(
      /:2: of_usd_bn/
    );
    expect(() => parseFlows(head + row('a,1,microsoft,openai,paid,13,usd_bn,,,Oct 2025'))).toThrow(
      /column "date"/
    );
    expect(() =>
      parseFinancials(
        'id,period,metric,value_usd_bn,kind,source_id,first_year,last_year\nrevenue-2025,2025,Revenue,-1,actual,ft-openai-accounts-2026,2025,2025\n'
      )
    ).toThrow('content/data/openai_financials.csv:2: column "value_usd_bn"');
  });
});

describe('the-loop layout', () => {
  it('adds flows step by step and never removes one (where the frame shows them all)', () => {
    let before: string[] = [];
    for (const step of STEPS.filter((s) => s !== 'revenue-gap')) {
      const ids = flowIds(scene(step));
      for (const id of before) expect(ids, `${step} keeps ${id}`).toContain(id);
      before = ids;
    }
    expect(flowIds(scene(null))).toEqual([]);
    expect(flowIds(scene('microsoft-invests'))).toEqual(['msft-openai-funding']);
    expect(flowIds(scene('circle-closes'))).toHaveLength(data.flows.length);
  });

  it('on short frames draws only what the step adds, labelled', () => {
    for (const surface of ['phoneSmall', 'card'] as const) {
      const s = scene('round-2026', SURFACE_SIZES[surface]);
      expect(flowIds(s).sort(), surface).toEqual(
        [
          'amazon-openai-stake',
          'nvidia-openai-loi',
          'nvidia-openai-stake',
          'openai-nvidia-systems',
          'softbank-openai-stake'
        ].sort()
      );
      expect(texts(s), surface).toEqual(expect.arrayContaining(['$30B', '$50B']));
    }
  });

  it('writes each new flow with its amount and date in the caption', () => {
    const desk = (step: string) => textOf(scene(step, SURFACE_SIZES.desktop));
    expect(desk('microsoft-invests')).toContain('Microsoft → OpenAI: $11.6B paid of $13B · 2019–Sep 2025');
    expect(desk('azure-contract')).toContain('OpenAI → Azure: $250B · 28 Oct 2025');
    expect(desk('chips')).toContain(
      'Clouds and other chip buyers → NVIDIA: $193.7B from all buyers · FY2026'
    );
    expect(desk('market-value')).toContain('NVIDIA → Shareholders: $5.37T market value · 18 Sep 2026');
    expect(desk('nvidia-letter')).toContain('up to $100B · 22 Sep 2025');
    expect(textOf(scene('round-2026'))).toContain('New: NVIDIA, Amazon, SoftBank → OpenAI');
  });

  it('labels the funding arrow with what was paid at every size (F4)', () => {
    for (const [name, size] of SURFACES)
      expect(texts(scene('microsoft-invests', size)), name).toContain('$11.6B paid of $13B');
  });

  it('draws the buyers as a group the revenue arrow leaves, with Azure in it (F5)', () => {
    const s = scene('chips', SURFACE_SIZES.desktop);
    const group = s.marks.find((m) => m.id === 'group-buyers') as RectMark;
    const azure = s.marks.find((m) => m.id === 'node-azure') as RectMark;
    expect(azure.x).toBeGreaterThan(group.x);
    expect(azure.x + azure.width).toBeLessThan(group.x + group.width);
    const [x, y] = paths(s).find((p) => p.id === 'flow-buyers-nvidia-revenue')!.points[0]!;
    expect(x).toBeGreaterThanOrEqual(group.x - 4);
    expect(x).toBeLessThanOrEqual(group.x + group.width + 4);
    expect(y).toBeGreaterThanOrEqual(group.y - 4);
    expect(y).toBeLessThanOrEqual(group.y + group.height + 4);
    expect(texts(s)).toContain('$193.7B from all buyers');
  });

  it('draws paid solid, contracted dashed, letters dotted and market value dash-dot, and says so in a legend', () => {
    const s = scene('circle-closes');
    const p = Object.fromEntries(paths(s).map((m) => [m.id, m]));
    expect(p['flow-msft-openai-funding']!.dash).toBeUndefined();
    expect(p['flow-openai-azure-contract']!.dash).toBe(LINES.dashed.dash);
    expect(p['flow-nvidia-openai-loi']!.dash).toBe(LINES.dotted.dash);
    expect(p['flow-nvidia-market-value']!.dash).toBe(LINES.dashDot.dash);
    expect(p['flow-openai-msft-stake-value']!.dash).toBe(LINES.dashDot.dash);
    expect(new Set(FLOW_KINDS.map((k) => LINES[LINE_OF[k]].dash)).size).toBe(4);
    for (const k of FLOW_KINDS) expect(texts(s)).toContain(t.kinds[k]);
  });

  it('marks the $100B letter as never signed once the $30B stake replaces it, and moves no money along it', () => {
    const before = paths(scene('coreweave')).find((m) => m.id === 'flow-nvidia-openai-loi')!;
    const after = paths(scene('round-2026')).find((m) => m.id === 'flow-nvidia-openai-loi')!;
    expect(texts(scene('coreweave', SURFACE_SIZES.desktop))).toContain('up to $100B');
    expect(texts(scene('round-2026', SURFACE_SIZES.desktop))).toContain('up to $100B: never signed');
    expect(after.opacity!).toBeLessThan(before.opacity ?? 1);
    expect(before.flow).toBeUndefined();
    expect(paths(scene('round-2026')).find((m) => m.id === 'flow-nvidia-openai-stake')!.flow).toBeDefined();
  });

  it('sets money in motion along the new paid and contracted flows', () => {
    const fresh = paths(scene('azure-contract')).find((m) => m.id === 'flow-openai-azure-contract')!;
    expect(fresh.flow?.dots).toBe(3);
    expect(fresh.stroke).toBe('accent');
  });

  it('closes the circle in the last step and dims everything else', () => {
    const s = scene('circle-closes');
    for (const p of paths(s)) {
      const id = p.id.replace(/^flow-/, '');
      if (CIRCLE_FLOWS.includes(id)) expect(p.opacity ?? 1, id).toBe(1);
      else expect(p.opacity ?? 1, id).toBeLessThan(1);
    }
    expect(textOf(s)).toMatch(/counted three times/);
    expect(texts(s)).toEqual(expect.arrayContaining(['≈$135B stake', '$11.6B paid of $13B']));
  });

  it('sets commitments per year beside one year’s revenue, on one scale, with no diagram under it (F7)', () => {
    for (const [name, size] of SURFACES) {
      const s = scene('revenue-gap', size);
      const bar = (id: string) => s.marks.find((m) => m.id === `rev-${id}-bar`) as RectMark;
      expect(bar('revenue-2025').width / bar('compute-commitments').width, name).toBeCloseTo(13.07 / 175, 2);
      expect(bar('compute-plan-2030').width / bar('compute-commitments').width, name).toBeCloseTo(
        120 / 175,
        2
      );
      expect(
        s.marks.filter((m) => /^(node|flow|group)-/.test(m.id)),
        name
      ).toEqual([]);
    }
    expect(texts(scene('revenue-gap', SURFACE_SIZES.desktop))).toEqual(
      expect.arrayContaining(['≈$175B a year', '$120B a year', '$13.1B', '$20.9B'])
    );
    expect(textOf(scene('revenue-gap', SURFACE_SIZES.desktop))).toContain('$1.4T over ~8 years');
  });

  it.each(SURFACES)('keeps every node where it is from step to step at %s (only flows change)', (_, size) =>
    expectStillAcrossSteps(chart, size, (m) => m.kind === 'rect' && /^(node|group)-/.test(m.id))
  );

  it('places nodes differently in portrait and landscape', () => {
    const node = (s: Scene) => s.marks.find((m) => m.id === 'node-nvidia') as RectMark;
    expect(node(scene('chips', SURFACE_SIZES.phone)).y / SURFACE_SIZES.phone.height).toBeGreaterThan(0.6);
    expect(node(scene('chips', SURFACE_SIZES.tablet)).x / SURFACE_SIZES.tablet.width).toBeGreaterThan(0.7);
  });

  it('says in words what each step shows, with the chart’s numbers', () => {
    expect(altText(chart, 'microsoft-invests')).toContain('$11.6 billion paid of $13 billion committed');
    expect(altText(chart, 'chips')).toContain('from all its customers');
    expect(altText(chart, 'market-value')).toContain('$5.37 trillion');
    const gap = altText(chart, 'revenue-gap');
    expect(gap).toContain('about $175 billion a year');
    expect(gap).toContain('$120 billion a year');
    expect(gap).toContain('2025 revenue of $13.1 billion and an operating loss of $20.9 billion');
    expect(altText(chart, 'circle-closes')).toContain('a value, not a payment');
    expect(chart.describe(data, resolveState(states, null))).toContain('No flows are drawn yet.');
    expect(chart.table(data, 'en').rows.length).toBe(data.flows.length + 4);
  });
});

describeFitsEverySurface(chart);
