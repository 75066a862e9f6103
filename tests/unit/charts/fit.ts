/**
 * What every chart test shares: the sizes (the product's one list, src/lib/charts/sizes.ts),
 * a scene per step in either edition, and the checks that a frame fits — so each chart's test
 * file says only what is particular to that chart.
 */
import { describe, expect, it } from 'vitest';
import { CHART_LOCALES } from '$lib/charts/locales';
import { SURFACE_SIZES as SIZES, type Surface } from '$lib/charts/sizes';
import { resolveState } from '$lib/charts/state';
import { loadPhraseBreaking, textBox } from '$lib/charts/text';
import type { AnyChart, Mark, Scene, Size, TextMark } from '$lib/charts/types';
import type { Locale } from '$lib/locale';

// Japanese labels wrap at BudouX phrase boundaries: the model loads once, before any layout.
await loadPhraseBreaking();

/** The product's surfaces (sizes.ts), typed as plain sizes so any of them can stand for another. */
export const SURFACE_SIZES: Record<Surface, Size> = SIZES;

/** Every surface a chart is served at, by name. */
export const SURFACES = Object.entries(SURFACE_SIZES) as [string, Size][];

/** Every step of a chart, with null (before the first step) first. */
export const stepsOf = (chart: AnyChart): (string | null)[] => [null, ...Object.keys(chart.states.steps)];

/** The scene of a step at a size, in an edition (English by default). */
export function sceneOf(
  chart: AnyChart,
  step: string | null,
  size: Size = SURFACE_SIZES.desktop,
  locale: Locale = 'en'
): Scene {
  return chart.layout(chart.data, resolveState(chart.states, step, locale), size);
}

/** The text alternative of a step (describe()), as the page and the SVG's <desc> give it. */
export function altText(chart: AnyChart, step: string | null, locale: Locale = 'en'): string {
  return chart.describe(chart.data, resolveState(chart.states, step, locale));
}

export const textMarks = (s: Scene) => s.marks.filter((m): m is TextMark => m.kind === 'text');

/** All the text of a scene, lines joined by spaces (so wrapped phrases read whole). */
export const textOf = (s: Scene) =>
  textMarks(s)
    .map((m) => m.text)
    .join(' ');

/** The mark with this id, or a failed expectation. */
export function markOf<K extends Mark['kind']>(s: Scene, id: string, kind: K): Extract<Mark, { kind: K }> {
  const m = s.marks.find((x) => x.id === id);
  expect(m, `no mark "${id}"`).toBeDefined();
  expect(m!.kind, id).toBe(kind);
  return m as Extract<Mark, { kind: K }>;
}

/** Half a pixel: below what a screen shows, above rounding in the layouts' arithmetic. */
const SLACK = 0.5;

function bounds(m: Mark): { x0: number; x1: number; y0: number; y1: number } {
  switch (m.kind) {
    case 'text':
      return textBox(m);
    case 'rect':
      return { x0: m.x, x1: m.x + m.width, y0: m.y, y1: m.y + m.height };
    case 'circle':
      return { x0: m.cx - m.r, x1: m.cx + m.r, y0: m.cy - m.r, y1: m.cy + m.r };
    case 'line':
      return {
        x0: Math.min(m.x1, m.x2),
        x1: Math.max(m.x1, m.x2),
        y0: Math.min(m.y1, m.y2),
        y1: Math.max(m.y1, m.y2)
      };
    case 'path': {
      const xs = m.points.map((p) => p[0]);
      const ys = m.points.map((p) => p[1]);
      return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    }
  }
}

const visible = (m: Mark) => (m.opacity ?? 1) > 0;

/**
 * A frame whose marks all stay inside it: unique mark ids, finite numbers, no negative sizes,
 * and every visible mark — texts by their measured box (DejaVu Sans widths, ascent to descent) —
 * inside the frame.
 */
export function expectInsideFrame(s: Scene, size: Size): void {
  const ids = s.marks.map((m) => m.id);
  expect(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    'duplicate ids'
  ).toEqual([]);
  expect(JSON.stringify(s)).not.toMatch(/null|NaN|Infinity/);
  for (const m of s.marks) {
    if (!visible(m)) continue;
    const what = m.kind === 'text' ? `${m.id} "${m.text}"` : m.id;
    if (m.kind === 'rect') expect(Math.min(m.width, m.height), `${what}: size`).toBeGreaterThanOrEqual(0);
    if (m.kind === 'circle') expect(m.r, `${what}: radius`).toBeGreaterThanOrEqual(0);
    const b = bounds(m);
    expect(b.x0, `${what}: left edge`).toBeGreaterThanOrEqual(-SLACK);
    expect(b.x1, `${what}: right edge`).toBeLessThanOrEqual(size.width + SLACK);
    expect(b.y0, `${what}: top edge`).toBeGreaterThanOrEqual(-SLACK);
    expect(b.y1, `${what}: bottom edge`).toBeLessThanOrEqual(size.height + SLACK);
  }
}

/** A frame that fits: inside the frame, and every visible text at least 12 px. */
export function expectFitsFrame(s: Scene, size: Size): void {
  expectInsideFrame(s, size);
  for (const m of textMarks(s).filter(visible))
    expect(m.size, `${m.id} "${m.text}"`).toBeGreaterThanOrEqual(12);
}

/** No two visible text marks overlap (their measured boxes share more than a pixel each way). */
export function expectNoTextOverlap(s: Scene): void {
  const boxes = textMarks(s)
    .filter(visible)
    .map((m) => ({ m, b: textBox(m) }));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const { m: a, b: p } = boxes[i]!;
      const { m: c, b: q } = boxes[j]!;
      const dx = Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0);
      const dy = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0);
      expect(dx > 1 && dy > 1, `"${a.text}" (${a.id}) overlaps "${c.text}" (${c.id})`).toBe(false);
    }
  }
}

/** Marks picked by `which` keep their place and size through every step at `size` (only what they connect changes). */
export function expectStillAcrossSteps(chart: AnyChart, size: Size, which: (m: Mark) => boolean): void {
  const at = new Map<string, string>();
  for (const step of stepsOf(chart)) {
    for (const m of sceneOf(chart, step, size).marks) {
      if (!which(m)) continue;
      const b = bounds(m);
      const key = [b.x0, b.y0, b.x1, b.y1].map((v) => v.toFixed(2)).join(',');
      expect(at.get(m.id) ?? key, `${step}: ${m.id}`).toBe(key);
      at.set(m.id, key);
    }
  }
}

/**
 * The check every chart must pass: at every step and every surface it is served at, in every
 * edition, the frame fits and no two texts overlap (measured with the glyph table: Japanese one
 * em a character). `knownGaps` names surfaces a chart is known not to fit yet, with the reason:
 * those run as expected failures (it.fails), so a fix shows up as a failure to remove the gap
 * from the list.
 */
export function describeFitsEverySurface(
  chart: AnyChart,
  opts: { knownGaps?: Partial<Record<Surface, string>> } = {}
): void {
  const check = (step: string | null, size: Size, locale: Locale) => {
    const s = sceneOf(chart, step, size, locale);
    expect([s.width, s.height]).toEqual([size.width, size.height]);
    expectFitsFrame(s, size);
    expectNoTextOverlap(s);
  };
  describe(`${chart.id} at every surface`, () => {
    const fits = SURFACES.filter(([name]) => !opts.knownGaps?.[name as Surface]);
    it.each(
      CHART_LOCALES.flatMap((locale) =>
        stepsOf(chart).flatMap((step) =>
          fits.map(([name, size]) => [locale, step ?? 'opening', name, size] as const)
        )
      )
    )('%s at %s, %s: fits the frame, no text overlaps', (locale, step, _, size) =>
      check(step === 'opening' ? null : step, size, locale)
    );
    for (const [name, reason] of Object.entries(opts.knownGaps ?? {})) {
      it.fails(`at ${name}: known not to fit yet (${reason})`, () => {
        for (const step of stepsOf(chart)) check(step, SURFACE_SIZES[name as Surface], 'en');
      });
    }
  });
}
