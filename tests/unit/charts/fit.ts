/**
 * What every chart test shares: the sizes (the product's one list, src/lib/charts/sizes.ts),
 * a scene per step, and the checks that a frame fits — so each chart's test file says only what
 * is particular to that chart.
 */
import { describe, expect, it } from 'vitest';
import { SURFACE_SIZES as SIZES, type Surface } from '$lib/charts/sizes';
import { resolveState } from '$lib/charts/state';
import { textBox } from '$lib/charts/text';
import type { AnyChart, Mark, Scene, Size, TextMark } from '$lib/charts/types';

/** The product's surfaces (sizes.ts), typed as plain sizes so any of them can stand for another. */
export const SURFACE_SIZES: Record<Surface, Size> = SIZES;

/** Every surface a chart is served at, by name. */
export const SURFACES = Object.entries(SURFACE_SIZES) as [string, Size][];

/** Every step of a chart, with null (before the first step) first. */
export const stepsOf = (chart: AnyChart): (string | null)[] => [null, ...Object.keys(chart.states.steps)];

/** The scene of a step at a size. */
export function sceneOf(chart: AnyChart, step: string | null, size: Size = SURFACE_SIZES.desktop): Scene {
  return chart.layout(chart.data, resolveState(chart.states, step), size);
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
 * A frame that fits: unique mark ids, finite numbers, every visible text at least 12 px with its
 * measured box (DejaVu Sans widths, ascent to descent) inside the frame, and every other visible
 * mark inside it too.
 */
export function expectFitsFrame(s: Scene, size: Size): void {
  const ids = s.marks.map((m) => m.id);
  expect(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    'duplicate ids'
  ).toEqual([]);
  expect(JSON.stringify(s)).not.toMatch(/null|NaN|Infinity/);
  for (const m of s.marks) {
    if (!visible(m)) continue;
    const what = m.kind === 'text' ? `${m.id} "${m.text}"` : m.id;
    if (m.kind === 'text') expect(m.size, what).toBeGreaterThanOrEqual(12);
    if (m.kind === 'rect') expect(Math.min(m.width, m.height), `${what}: size`).toBeGreaterThanOrEqual(0);
    if (m.kind === 'circle') expect(m.r, `${what}: radius`).toBeGreaterThanOrEqual(0);
    const b = bounds(m);
    expect(b.x0, `${what}: left edge`).toBeGreaterThanOrEqual(-SLACK);
    expect(b.x1, `${what}: right edge`).toBeLessThanOrEqual(size.width + SLACK);
    expect(b.y0, `${what}: top edge`).toBeGreaterThanOrEqual(-SLACK);
    expect(b.y1, `${what}: bottom edge`).toBeLessThanOrEqual(size.height + SLACK);
  }
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

/**
 * The check every chart must pass: at every step and every surface it is served at, the frame
 * fits and no two texts overlap.
 */
export function describeFitsEverySurface(chart: AnyChart): void {
  describe(`${chart.id} at every surface`, () => {
    it.each(
      stepsOf(chart).flatMap((step) =>
        SURFACES.map(([name, size]) => [step ?? 'opening', name, size] as const)
      )
    )('at %s, %s: fits the frame, no text overlaps', (step, _, size) => {
      const s = sceneOf(chart, step === 'opening' ? null : step, size);
      expect([s.width, s.height]).toEqual([size.width, size.height]);
      expectFitsFrame(s, size);
      expectNoTextOverlap(s);
    });
  });
}
