import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/chips-as-borders';
import { data, EU27, parseControls, parseOutlines, parseSubsidies } from '$lib/charts/chips-as-borders/data';
import { CHINA, US } from '$lib/charts/chips-as-borders/layout';
import { ALL_PROGRAMMES } from '$lib/charts/chips-as-borders/states';
import type { PathMark, RectMark, Scene, TextMark } from '$lib/charts/types';
import { altText, describeFitsEverySurface, sceneOf, SURFACE_SIZES, SURFACES, textOf } from './fit';

const scene = (step: string | null) => sceneOf(chart, step);
const countries = (s: Scene) =>
  s.marks.filter((m): m is PathMark => m.kind === 'path' && m.id.startsWith('country-'));
const fillOf = (s: Scene, iso: string) => countries(s).find((m) => m.id === `country-${iso}-0`)?.fill;

describe('chips-as-borders data', () => {
  it('holds the programmes of FACTS2 §B with local amounts and dollars', () => {
    const by = Object.fromEntries(data.subsidies.map((s) => [s.id, s]));
    expect(by['us-chips-act']).toMatchObject({ usd_bn: 52.7, date: '2022-08-09' });
    expect(by['eu-chips-act']).toMatchObject({ usd_bn: 45.9, amount_local: '€43 billion' });
    expect(by['japan-ai-semis']).toMatchObject({ usd_bn: 64.6 });
    expect(by['china-big-fund-3']).toMatchObject({ usd_bn: 47.5, amount_local: '344 billion yuan' });
    expect(by['korea-package']).toMatchObject({ usd_bn: 23.25 });
    expect(data.subsidies.map((s) => s.id).sort()).toEqual([...ALL_PROGRAMMES].sort());
  });

  it('has closed, coarse outlines for every country the story names', () => {
    const isos = new Set(data.outlines.rings.map((r) => r.iso));
    for (const iso of [US, CHINA, '392', '410', '158', '356', '276', '250'])
      expect(isos.has(iso), iso).toBe(true);
    expect(data.outlines.width).toBeLessThanOrEqual(1000);
    const points = data.outlines.rings.reduce((n, r) => n + r.points.length, 0);
    expect(points).toBeLessThan(6000);
  });

  it('rejects malformed rows with the file and line', () => {
    expect(() => parseOutlines('iso_n3,name,ring,points\n840,US,0,1 2;3 4\n')).toThrow(
      'content/data/world_outlines_110m.csv:2: column "points"'
    );
    const sh =
      'id,country,short_name,iso_n3,programme,date,kind,amount_local,amount_short,usd_bn,fx,source_id,basis\n';
    expect(() => parseSubsidies(sh + 'x,X,X,USA,p,2022-08-09,k,$1,$1,1,f,s,b\n')).toThrow(
      'content/data/chip_subsidies.csv:2: column "iso_n3"'
    );
    const ch = 'id,date,actor,phase,label,detail,source_id\n';
    expect(() => parseControls(ch + 'a,2023-01-01,United States,ban,l,d,s\n')).toThrow(
      'content/data/us_export_controls.csv:2: column "phase"'
    );
    expect(() =>
      parseControls(
        ch + 'a,2023-01-01,United States,restrict,l,d,s\nb,2022-01-01,United States,restrict,l,d,s\n'
      )
    ).toThrow('content/data/us_export_controls.csv:3: rows must be in date order');
  });
});

describe('chips-as-borders layout', () => {
  it.each(SURFACES)(
    'draws every country ring as a closed path, in the same place in every step, at %s',
    (_, size) => {
      const a = countries(sceneOf(chart, 'chips-act', size));
      const b = countries(sceneOf(chart, 'bargains', size));
      expect(a.length).toBe(data.outlines.rings.length);
      expect(a.every((m) => m.closed)).toBe(true);
      expect(JSON.stringify(a.map((m) => m.points))).toBe(JSON.stringify(b.map((m) => m.points)));
    }
  );

  it('lights the United States first, then every programme country including the EU-27', () => {
    const first = scene('chips-act');
    expect(fillOf(first, US)).toBe('accent');
    expect(fillOf(first, CHINA)).toBe('faint');
    const race = scene('subsidy-race');
    for (const iso of [US, CHINA, '392', '356', '158']) expect(fillOf(race, iso), iso).toBe('accent');
    const present = EU27.filter((iso) => data.outlines.rings.some((r) => r.iso === iso));
    expect(present.length).toBe(26); // all but Malta, absent at 1:110m
    for (const iso of present) expect(fillOf(race, iso), iso).toBe('accent-soft');
    expect(fillOf(race, '643')).toBe('faint');
  });

  it('ranks the programmes by dollars, with local currency and date, and dashes targets and loans', () => {
    const s = scene('subsidy-race');
    const lines = s.marks.filter(
      (m): m is TextMark => m.kind === 'text' && m.id.startsWith('prog-') && m.id.endsWith('-line')
    );
    expect(lines.map((m) => m.text.split(' · ')[0])).toEqual([
      'Japan',
      'United States',
      'China',
      'European Union',
      'South Korea',
      'India',
      'Taiwan'
    ]);
    expect(textOf(s)).toContain('Japan · more than ¥10 trillion · Nov 2024');
    expect(textOf(s)).toContain('≈ $64.6B');
    expect(altText(chart, 'subsidy-race')).toMatch(/Japan, .*about \$64\.6B/);
    const bars = s.marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.endsWith('-bar'));
    const w = (id: string) => bars.find((m) => m.id === `prog-${id}-bar`)!.width;
    expect(w('china-big-fund-3') / w('japan-ai-semis')).toBeCloseTo(47.5 / 64.6, 5);
    expect(bars.find((m) => m.id === 'prog-eu-chips-act-bar')!.dash).toBeTruthy();
    expect(bars.find((m) => m.id === 'prog-us-chips-act-bar')!.dash).toBeUndefined();
  });

  it('keeps the map readable in a phone’s sticky panel by giving the list one line per row', () => {
    const size = SURFACE_SIZES.phone;
    const s = sceneOf(chart, 'subsidy-race', size);
    const lines = s.marks.filter(
      (m): m is TextMark => m.kind === 'text' && m.id.startsWith('prog-') && m.id.endsWith('-line')
    );
    expect(lines.map((m) => m.text)).toContain('Japan · ¥10tn+ · 2024');
    const xs = countries(s).flatMap((m) => m.points.map((p) => p[0]));
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(size.width * 0.6);
    // Full rows where there is room.
    expect(textOf(scene('subsidy-race'))).toContain('Japan · more than ¥10 trillion · Nov 2024');
  });

  it('turns to the export controls: US and China, an arrow, then the cut coming back', () => {
    const s = scene('export-controls');
    expect(fillOf(s, US)).toBe('contrast');
    expect(fillOf(s, CHINA)).toBe('warn');
    expect(s.marks.some((m) => m.id === 'arc-controls')).toBe(true);
    expect(s.marks.some((m) => m.id === 'arc-cut')).toBe(false);
    expect(textOf(s)).toContain('Oct 2022 · First chip rule');
    expect(textOf(s)).not.toContain('15% to Washington');
    const b = scene('bargains');
    expect(b.marks.some((m) => m.id === 'arc-cut')).toBe(true);
    expect(textOf(b)).toContain('Aug 2025 · 15% to Washington');
    expect(textOf(b)).toContain('Jan 2026 · China says no');
  });

  it('lists the 2025–26 bargains in order, with the affiliates pause (outcome not found) and China’s approval', () => {
    const ids = data.controls.filter((c) => c.phase === 'bargain').map((c) => c.id);
    expect(ids).toEqual([
      'revenue-share-2025',
      'affiliates-pause-2025',
      'h200-2025',
      'rule-2026',
      'china-block-2026',
      'china-approves-2026'
    ]);
    const pause = data.controls.find((c) => c.id === 'affiliates-pause-2025')!;
    expect(pause.detail).toMatch(/9 Nov 2026; what happened then was not found/);
    for (const [name, size] of SURFACES) {
      const text = textOf(sceneOf(chart, 'bargains', size));
      expect(text, name).toContain('Nov 2025 · Affiliates rule paused');
      expect(text, name).toContain('Jan 2026 · China lets some in');
    }
    expect(altText(chart, 'bargains')).toMatch(/Jan 2026, China lets some in: First H200 imports approved/);
  });

  it('gives India’s second phase (ISM 2.0) with its status: cleared by the finance committee, no Cabinet approval found', () => {
    const india = data.subsidies.find((s) => s.id === 'india-ism')!;
    expect(india.basis).toMatch(/ISM 2\.0 .*₹1\.25 lakh crore.*no Cabinet approval found by Nov 2026/);
    expect(chart.table(data, 'en').rows.find((r) => r[3] === india.programme)![7]).toContain('ISM 2.0');
  });

  it('describes every step and tabulates both subsidies and controls', () => {
    expect(altText(chart, 'bargains')).toMatch(/15% to Washington/);
    const t = chart.table(data, 'en');
    expect(t.rows).toHaveLength(data.subsidies.length + data.controls.length);
  });
});

describeFitsEverySurface(chart);
