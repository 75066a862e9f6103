import { describe, expect, it } from 'vitest';
import { LINES } from '$lib/charts/diagram';
import type { PathMark, RectMark, Scene, Size } from '$lib/charts/types';
import chart from '$lib/charts/widening-loop';
import { data, latestStripe, parseLinks, parseStripe, statusOf } from '$lib/charts/widening-loop/data';
import { LINE_OF } from '$lib/charts/widening-loop/layout';
import { strings } from '$lib/charts/widening-loop/strings';
import { sources } from '$lib/content/sources';
import {
  altText,
  describeFitsEverySurface,
  expectStillAcrossSteps,
  sceneOf,
  SURFACE_SIZES,
  SURFACES,
  textMarks,
  textOf
} from './fit';

const scene = (step: string | null, size: Size = SURFACE_SIZES.desktop) => sceneOf(chart, step, size);
const texts = (s: Scene) => textMarks(s).map((m) => m.text);
const links = (s: Scene) =>
  s.marks.filter(
    (m): m is PathMark => m.kind === 'path' && m.id.startsWith('link-') && !m.id.endsWith('-stop')
  );
const link = (id: string) => data.links.find((l) => l.id === id)!;
const t = strings.en;

describe('widening-loop data', () => {
  it('uses the corrected figures (FACTS rows 10–13) and Stripe’s 2025 total volume', () => {
    expect(latestStripe(data)).toMatchObject({
      year: 2025,
      total_payment_volume_usd_tn: 1.9,
      share_of_world_gdp_pct: 1.6,
      source_id: 'stripe-annual-letter-2025'
    });
    expect(t.amount(link('vw-ai-spending'))).toBe('up to €1B');
    expect(data.links.map((l) => t.amount(l)).join(' ')).not.toMatch(/50/);
  });

  it('marks the checkout links as ended in March 2026, and PayPal’s wallet as announced, launch not confirmed', () => {
    for (const id of ['stripe-chatgpt-checkout', 'etsy-chatgpt-checkout', 'shopify-chatgpt-checkout']) {
      expect(link(id).ended, id).toBe('2026-03');
      expect(statusOf(link(id)), id).toBe('ended');
      expect(link(id).source_ids, id).toContain('instant-checkout-wind-down-2026');
    }
    expect(statusOf(link('paypal-chatgpt-wallet'))).toBe('announced');
    expect(t.links['paypal-chatgpt-wallet']!.labels!('')[0]).toBe('wallet: launch not confirmed');
  });

  it('cites registered sources on every row', () => {
    expect(chart.sources.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('has words for every link, and none for a link that is gone', () => {
    expect(Object.keys(t.links).sort()).toEqual(data.links.map((l) => l.id).sort());
  });

  it('rejects malformed rows with the file and line', () => {
    const head = 'id,stage,from,to,kind,amount,unit,approx,date,ended,source_ids\n';
    expect(() =>
      parseLinks(
        head + 'a,1,stripe,openai,live,,,,2025-09,,vw-ai-2025\nb,1,siemens,openai,live,,,,2025,,vw-ai-2025\n'
      )
    ).toThrow('content/data/widening_loop_links.csv:3: column "from"');
    expect(() => parseLinks(head + 'a,1,stripe,openai,live,,,,2025-09,2025-01,vw-ai-2025\n')).toThrow(
      /:2: ended before it began/
    );
    expect(() =>
      parseStripe(
        'year,total_payment_volume_usd_tn,growth_pct,share_of_world_gdp_pct,source_id\n2024,lots,38,1.3,x\n'
      )
    ).toThrow('content/data/stripe_payment_volume.csv:2: column "total_payment_volume_usd_tn"');
  });
});

describe('widening-loop layout', () => {
  it('adds arrows by sector and ends every one at the box of the same few', () => {
    expect(links(scene('payments')).map((l) => l.id)).toEqual([
      'link-stripe-chatgpt-checkout',
      'link-paypal-chatgpt-wallet'
    ]);
    expect(links(scene('same-few'))).toHaveLength(data.links.length);
    const hub = scene('same-few').marks.find((m) => m.id === 'group-hub') as RectMark;
    for (const l of links(scene('same-few'))) {
      const [x, y] = l.points[l.points.length - 1]!;
      expect(x, l.id).toBeGreaterThanOrEqual(hub.x - 6);
      expect(x, l.id).toBeLessThanOrEqual(hub.x + hub.width + 6);
      expect(y, l.id).toBeGreaterThanOrEqual(hub.y - 6);
      expect(y, l.id).toBeLessThanOrEqual(hub.y + hub.height + 6);
    }
  });

  it.each(SURFACES)('keeps every node where it is from step to step at %s', (_, size) =>
    expectStillAcrossSteps(chart, size, (m) => m.kind === 'rect' && /^(node|group)-/.test(m.id))
  );

  it('draws what has ended with a bar and no arrowhead, what is only announced dotted, with a legend', () => {
    const s = scene('payments');
    const [stripe, paypal] = links(s);
    expect(stripe!.arrow).toBe(false);
    expect(s.marks.find((m) => m.id === 'link-stripe-chatgpt-checkout-stop')).toBeDefined();
    expect(stripe!.flow).toBeUndefined();
    expect(paypal!.dash).toBe(LINES.dotted.dash);
    expect(paypal!.flow).toBeUndefined();
    expect(LINE_OF.committed).toBe('dashed');
    expect(texts(s)).toEqual(expect.arrayContaining(['contracted', 'announced', 'ended']));
    expect(texts(s)).toEqual(
      expect.arrayContaining(['Instant Checkout, ended', 'wallet: launch not confirmed'])
    );
  });

  it('puts Stripe’s 2025 scale and the €50B check on the chart', () => {
    expect(textOf(scene('payments'))).toMatch(/\$1\.9T of total volume in 2025, about 1\.6% of world GDP/);
    expect(textOf(scene('payments', SURFACE_SIZES.phoneSmall))).toContain('$1.9T total volume, 2025');
    expect(textOf(scene('manufacturing'))).toMatch(/€50B German carmaker.*no\s+source/s);
  });

  it('describes every step with the chart’s figures', () => {
    expect(altText(chart, 'payments')).toContain(
      '$1.9 trillion of total volume in 2025, about 1.6% of world GDP'
    );
    expect(altText(chart, 'payments')).toContain('Stripe to ChatGPT (OpenAI): ended, Sep 2025–Mar 2026.');
    expect(altText(chart, 'same-few')).toContain(
      'Anthropic to Azure: contracted, 18 Nov 2025, about $30 billion.'
    );
    expect(altText(chart, 'manufacturing')).toContain('€1 billion');
    expect(altText(chart, 'same-few')).toContain('Every new arrow ends at the same few companies.');
    expect(chart.table(data, 'en').rows.length).toBe(data.links.length + data.stripe.length);
  });
});

describeFitsEverySurface(chart);
