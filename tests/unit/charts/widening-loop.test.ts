import { describe, expect, it } from 'vitest';
import { resolveState } from '$lib/charts/state';
import { textWidth } from '$lib/charts/text';
import type { PathMark, Scene, TextMark } from '$lib/charts/types';
import chart from '$lib/charts/widening-loop';
import { data, parseLinks, parseStripe } from '$lib/charts/widening-loop/data';
import { layout } from '$lib/charts/widening-loop/layout';
import { states } from '$lib/charts/widening-loop/states';
import { sources } from '$lib/content/sources';

const SIZES = [
  { width: 320, height: 480 },
  { width: 375, height: 560 },
  { width: 640, height: 480 },
  { width: 760, height: 620 }
];
const STEPS = [null, ...Object.keys(states.steps)];
const scene = (step: string | null, size = SIZES[1]!) => layout(data, resolveState(states, step), size);
const texts = (s: Scene) => s.marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.text);
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

  it.each(SIZES)('keeps every node where it is from step to step at %o', (size) => {
    const at = new Map<string, string>();
    for (const step of STEPS) {
      for (const m of scene(step, size).marks) {
        if (m.kind !== 'rect' || !(m.id.startsWith('node-') || m.id === 'hub')) continue;
        const key = `${m.x.toFixed(2)},${m.y.toFixed(2)},${m.height.toFixed(2)}`;
        expect(at.get(m.id) ?? key, `${step}: ${m.id}`).toBe(key);
        at.set(m.id, key);
      }
    }
  });

  it('draws what is live solid and what is only announced dotted, with a legend', () => {
    const s = scene('payments');
    const [stripe, paypal] = links(s);
    expect(stripe!.dash).toBeUndefined();
    expect(paypal!.dash).toBeTruthy();
    expect(paypal!.flow).toBeUndefined();
    expect(texts(s)).toEqual(expect.arrayContaining(['live', 'contracted', 'announced, not yet live']));
  });

  it('puts Stripe’s scale and the €50B check on the chart', () => {
    expect(texts(scene('payments')).join(' ')).toMatch(
      /\$1\.4T of payments in 2024, about 1\.3% of world GDP/
    );
    expect(texts(scene('manufacturing')).join(' ')).toMatch(/€50B German carmaker.*no\s+source/s);
  });

  it.each(SIZES)('keeps every label inside the frame at %o, at every step', (size) => {
    for (const step of STEPS) {
      for (const m of scene(step, size).marks) {
        if (m.kind !== 'text') continue;
        const w = textWidth(m.text, m.size) * (m.weight === 'bold' ? 1.1 : 1);
        const x0 = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
        expect(x0, `${step}: "${m.text}"`).toBeGreaterThanOrEqual(0);
        expect(x0 + w, `${step}: "${m.text}"`).toBeLessThanOrEqual(size.width + 1);
      }
    }
  });

  it('describes every step', () => {
    for (const step of STEPS)
      expect(chart.describe(data, resolveState(states, step)).length).toBeGreaterThan(80);
    expect(chart.describe(data, resolveState(states, 'manufacturing'))).toContain('€1 billion');
  });
});
