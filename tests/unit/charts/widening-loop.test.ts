import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import type { PathMark, Scene, Size } from '$lib/charts/types';
import chart from '$lib/charts/widening-loop';
import { data, parseLinks, parseStripe } from '$lib/charts/widening-loop/data';
import { states } from '$lib/charts/widening-loop/states';
import { sources } from '$lib/content/sources';
import {
  describeFitsEverySurface,
  expectInsideFrame,
  expectStillAcrossSteps,
  sceneOf,
  stepsOf,
  SURFACE_SIZES,
  SURFACES,
  textMarks,
  textOf
} from './fit';

const STEPS = stepsOf(chart);
const scene = (step: string | null, size: Size = SURFACE_SIZES.desktop) => sceneOf(chart, step, size);
const texts = (s: Scene) => textMarks(s).map((m) => m.text);
const links = (s: Scene) =>
  s.marks.filter((m): m is PathMark => m.kind === 'path' && m.id.startsWith('link-'));

describe('widening-loop data', () => {
  it('uses the corrected figures (FACTS rows 10–13)', () => {
    expect(data.stripe[0]).toMatchObject({
      year: 2024,
      total_payment_volume_usd_tn: 1.4,
      share_of_world_gdp_pct: 1.3
    });
    const vw = data.links.find((l) => l.from === 'volkswagen')!;
    expect(vw.label).toBe('up to €1B');
    expect(data.links.map((l) => l.label).join(' ')).not.toMatch(/50/);
    expect(data.links.find((l) => l.from === 'paypal')!.kind).toBe('announced');
  });

  it('cites registered sources on every row', () => {
    expect(chart.sources.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('rejects malformed rows with the file and line', () => {
    const head = 'id,stage,from,to,kind,label,detail,date_label,source_ids\n';
    expect(() =>
      parseLinks(
        head + 'a,1,stripe,openai,live,x,y,2025,vw-ai-2025\nb,1,siemens,openai,live,x,y,2025,vw-ai-2025\n'
      )
    ).toThrow('content/data/widening_loop_links.csv:3: column "from"');
    expect(() =>
      parseStripe(
        'year,total_payment_volume_usd_tn,growth_pct,share_of_world_gdp_pct,source_id\n2024,lots,38,1.3,x\n'
      )
    ).toThrow('content/data/stripe_payment_volume.csv:2: column "total_payment_volume_usd_tn"');
  });
});

describe('widening-loop layout', () => {
  it('adds arrows by sector and ends every one at the hub', () => {
    expect(links(scene('payments')).map((l) => l.id)).toEqual([
      'link-stripe-chatgpt-checkout',
      'link-paypal-chatgpt-wallet'
    ]);
    expect(links(scene('same-few'))).toHaveLength(data.links.length);
    const hub = scene('same-few').marks.find((m) => m.id === 'hub') as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    for (const l of links(scene('same-few'))) {
      const [x, y] = l.points[l.points.length - 1]!;
      expect(x, l.id).toBeGreaterThanOrEqual(hub.x - 1);
      expect(x, l.id).toBeLessThanOrEqual(hub.x + hub.width + 1);
      expect(y, l.id).toBeGreaterThanOrEqual(hub.y - 1);
      expect(y, l.id).toBeLessThanOrEqual(hub.y + hub.height + 1);
    }
  });

  it.each(SURFACES)('keeps every node where it is from step to step at %s', (_, size) =>
    expectStillAcrossSteps(
      chart,
      size,
      (m) => m.kind === 'rect' && (m.id.startsWith('node-') || m.id === 'hub')
    )
  );

  it('draws what is live solid and what is only announced dotted, with a legend', () => {
    const s = scene('payments');
    const [stripe, paypal] = links(s);
    expect(stripe!.dash).toBeUndefined();
    expect(paypal!.dash).toBeTruthy();
    expect(paypal!.flow).toBeUndefined();
    expect(texts(s)).toEqual(expect.arrayContaining(['live', 'contracted', 'announced, not yet live']));
  });

  it('puts Stripe’s scale and the €50B check on the chart', () => {
    expect(textOf(scene('payments'))).toMatch(/\$1\.4T of payments in 2024, about 1\.3% of world GDP/);
    expect(textOf(scene('manufacturing'))).toMatch(/€50B German carmaker.*no\s+source/s);
  });

  it.each(['phoneLandscape', 'tablet', 'desktop', 'projectorSmall', 'projector', 'frame'] as const)(
    'keeps every mark inside the frame at %s, at every step',
    (surface) => {
      for (const step of STEPS)
        expectInsideFrame(scene(step, SURFACE_SIZES[surface]), SURFACE_SIZES[surface]);
    }
  );

  it('describes every step', () => {
    expect(chart.describe(data, resolveState(states, 'manufacturing'))).toContain('€1 billion');
  });
});

// The two loop diagrams are being rebuilt on one diagram module (code.md §5, refactor 2); until
// then these gaps are known, and recorded here so that fixing one shows up.
const SECTOR_LABELS = 'sector labels are set at 90% of 12 px';
describeFitsEverySurface(chart, {
  knownGaps: {
    phoneSmall: `${SECTOR_LABELS}; the hub has a negative height`,
    phone: `${SECTOR_LABELS}; link labels overlap`,
    phoneLandscape: `${SECTOR_LABELS}; link labels overlap`,
    tablet: SECTOR_LABELS,
    tabletLandscape: `${SECTOR_LABELS}; link labels overlap`,
    wide: SECTOR_LABELS,
    desktop: SECTOR_LABELS,
    projectorSmall: `${SECTOR_LABELS}; link labels overlap`,
    projector: SECTOR_LABELS,
    frame: `${SECTOR_LABELS}; link labels overlap`,
    card: `${SECTOR_LABELS}; link labels overlap`
  }
});
