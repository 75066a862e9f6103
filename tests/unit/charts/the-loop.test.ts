import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import type { PathMark, Scene, Size } from '$lib/charts/types';
import chart from '$lib/charts/the-loop';
import { data, parseFlows, parseFinancials } from '$lib/charts/the-loop/data';
import { CIRCLE_FLOWS, KIND_STYLE } from '$lib/charts/the-loop/layout';
import { states } from '$lib/charts/the-loop/states';
import { sources } from '$lib/content/sources';
import {
  describeFitsEverySurface,
  expectFitsFrame,
  expectStillAcrossSteps,
  sceneOf,
  stepsOf,
  SURFACE_SIZES,
  SURFACES,
  textMarks
} from './fit';

const STEPS = stepsOf(chart);
const scene = (step: string | null, size: Size = SURFACE_SIZES.phone) => sceneOf(chart, step, size);
const texts = (s: Scene) => textMarks(s).map((m) => m.text);
const paths = (s: Scene) =>
  s.marks.filter((m): m is PathMark => m.kind === 'path' && m.id.startsWith('flow-'));
const flowIds = (s: Scene) => paths(s).map((p) => p.id.replace(/^flow-/, ''));

describe('the-loop data', () => {
  it('holds the flows the chapter quotes, with the right kind of line', () => {
    const f = Object.fromEntries(data.flows.map((r) => [r.id, r]));
    expect(f['msft-openai-funding']).toMatchObject({ amount_usd_bn: 13, kind: 'paid', stage: 1 });
    expect(f['openai-azure-contract']).toMatchObject({ amount_usd_bn: 250, kind: 'committed' });
    expect(f['cloud-nvidia-gpus']).toMatchObject({ amount_usd_bn: 193.7, kind: 'paid' });
    expect(f['nvidia-openai-loi']).toMatchObject({ amount_usd_bn: 100, kind: 'intent', superseded_stage: 9 });
    expect(f['nvidia-openai-stake']).toMatchObject({ amount_usd_bn: 30, stage: 9 });
    expect(f['msft-openai-stake-value']).toMatchObject({ amount_usd_bn: 135, kind: 'value' });
    expect(data.financials['revenue-2025'].value_usd_bn).toBe(13.07);
    expect(data.financials['operating-loss-2025'].value_usd_bn).toBe(20.92);
    expect(data.financials['compute-commitments'].value_usd_bn).toBe(1400);
  });

  it('cites a registered source on every row', () => {
    const ids = [
      ...data.flows.flatMap((f) => f.source_ids.split(' ')),
      ...Object.values(data.financials).map((f) => f.source_id)
    ];
    expect(ids.filter((id) => !sources.has(id))).toEqual([]);
    expect(chart.sources.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('rejects an unknown node or flow kind with the file and line', () => {
    const head = 'id,stage,from,to,kind,amount_usd_bn,label,detail,date_label,source_ids,superseded_stage\n';
    expect(() =>
      parseFlows(
        head +
          'a,1,microsoft,openai,paid,13,$13B,x,2019,msft-10q-2025q3-note17,\nb,2,openai,google,paid,1,$1B,x,2025,msft-10q-2025q3-note17,\n'
      )
    ).toThrow('content/data/ai_money_loop_flows.csv:3: column "to"');
    expect(() =>
      parseFlows(head + 'a,1,microsoft,openai,rumour,13,$13B,x,2019,msft-10q-2025q3-note17,\n')
    ).toThrow(/:2: column "kind"/);
    expect(() =>
      parseFlows(head + 'a,1,openai,openai,paid,13,$13B,x,2019,msft-10q-2025q3-note17,\n')
    ).toThrow(/from a node to itself/);
    expect(() =>
      parseFinancials(
        'id,period,metric,value_usd_bn,kind,source_id\nrevenue-2025,2025,Revenue,-1,actual,ft-openai-accounts-2026\n'
      )
    ).toThrow('content/data/openai_financials.csv:2: column "value_usd_bn"');
  });
});

describe('the-loop layout', () => {
  it('adds flows step by step and never removes one', () => {
    let before: string[] = [];
    for (const step of STEPS) {
      const ids = flowIds(scene(step));
      for (const id of before) expect(ids, `${step} keeps ${id}`).toContain(id);
      before = ids;
    }
    expect(flowIds(scene(null))).toEqual([]);
    expect(flowIds(scene('microsoft-invests'))).toEqual(['msft-openai-funding']);
    expect(flowIds(scene('circle-closes'))).toHaveLength(data.flows.length);
  });

  it('writes each new flow with its amount and date in the caption', () => {
    expect(texts(scene('microsoft-invests')).join(' ')).toContain('Microsoft → OpenAI: $13B · 2019–2023');
    expect(texts(scene('azure-contract')).join(' ')).toContain('OpenAI → Azure cloud: $250B · 28 Oct 2025');
    expect(texts(scene('nvidia-letter')).join(' ')).toContain('up to $100B · 22 Sep 2025');
  });

  it('draws payments solid, commitments dashed, letters dotted and market value dash-dot, and says so in a legend', () => {
    const s = scene('circle-closes');
    const p = Object.fromEntries(paths(s).map((m) => [m.id, m]));
    expect(p['flow-msft-openai-funding']!.dash).toBeUndefined();
    expect(p['flow-openai-azure-contract']!.dash).toBe(KIND_STYLE.committed.dash);
    expect(p['flow-nvidia-openai-loi']!.dash).toBe(KIND_STYLE.intent.dash);
    expect(p['flow-nvidia-market-value']!.dash).toBe(KIND_STYLE.value.dash);
    expect(new Set(Object.values(KIND_STYLE).map((k) => k.dash)).size).toBe(4);
    for (const k of Object.values(KIND_STYLE)) expect(texts(s)).toContain(k.legend);
  });

  it('marks the $100B letter as never signed once the $30B stake replaces it, and moves no money along it', () => {
    const before = paths(scene('coreweave')).find((m) => m.id === 'flow-nvidia-openai-loi')!;
    const after = paths(scene('round-2026')).find((m) => m.id === 'flow-nvidia-openai-loi')!;
    expect(texts(scene('coreweave'))).toContain('up to $100B');
    expect(texts(scene('round-2026'))).toContain('up to $100B: never signed');
    expect(after.opacity!).toBeLessThan(before.opacity ?? 1);
    expect(before.flow).toBeUndefined();
    expect(paths(scene('round-2026')).find((m) => m.id === 'flow-nvidia-openai-stake')!.flow).toBeDefined();
  });

  it('sets money in motion along the new paid and committed flows', () => {
    const s = scene('azure-contract');
    const fresh = paths(s).find((m) => m.id === 'flow-openai-azure-contract')!;
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
    expect(texts(s).join(' ')).toMatch(/counted three times/);
  });

  it('sets revenue beside commitments on one scale', () => {
    const s = scene('revenue-gap');
    const bar = (id: string) => s.marks.find((m) => m.id === `rev-${id}-bar`) as { width: number };
    expect(bar('revenue-2025').width / bar('compute-commitments').width).toBeCloseTo(13.07 / 1400, 3);
    expect(texts(s)).toEqual(
      expect.arrayContaining(['$13.1B', '$20.9B', '$1,400B', '$600B', '≈0.9% of the top bar'])
    );
  });

  it.each(SURFACES)('keeps every node where it is from step to step at %s (only flows change)', (_, size) =>
    expectStillAcrossSteps(chart, size, (m) => m.kind === 'rect' && m.id.startsWith('node-'))
  );

  it('places nodes differently in portrait and landscape', () => {
    const node = (s: Scene) => s.marks.find((m) => m.id === 'node-nvidia') as { x: number; y: number };
    const p = node(scene('chips', SURFACE_SIZES.phone));
    const l = node(scene('chips', SURFACE_SIZES.tablet));
    expect(p.x / SURFACE_SIZES.phone.width).toBeLessThan(0.7);
    expect(l.x / SURFACE_SIZES.tablet.width).toBeGreaterThan(0.7);
  });

  it.each(['tablet', 'desktop', 'projectorSmall', 'projector', 'frame'] as const)(
    'keeps every text (≥ 12 px) and node inside the frame at %s, at every step',
    (surface) => {
      for (const step of STEPS) expectFitsFrame(scene(step, SURFACE_SIZES[surface]), SURFACE_SIZES[surface]);
    }
  );

  it('gives every step a description with its numbers', () => {
    expect(chart.describe(data, resolveState(states, 'revenue-gap'))).toContain('$13.07 billion');
    expect(chart.table(data, 'en').rows.length).toBe(data.flows.length + 4);
  });
});

// The two loop diagrams are being rebuilt on one diagram module (code.md §5, refactor 2); until
// then these gaps are known, and recorded here so that fixing one shows up.
describeFitsEverySurface(chart, {
  knownGaps: {
    phoneSmall: 'the revenue panel runs off the frame; labels overlap',
    phone: 'the revenue panel runs off the frame; labels overlap',
    phoneLandscape: 'the revenue panel runs off the frame; labels overlap',
    card: 'the revenue panel runs off the frame; labels overlap',
    tablet: 'node and flow labels overlap',
    tabletLandscape: 'node and flow labels overlap',
    wide: 'node and flow labels overlap',
    desktop: 'node and flow labels overlap',
    projectorSmall: 'node and flow labels overlap',
    projector: 'node and flow labels overlap',
    frame: 'node and flow labels overlap'
  }
});
