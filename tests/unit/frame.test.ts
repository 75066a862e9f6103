import { describe, expect, it } from 'vitest';
import { bracket, frame, header, legendRow, waffle } from '$lib/charts/frame';
import { SURFACE_SIZES } from '$lib/charts/sizes';
import { textBox } from '$lib/charts/text';
import type { Mark, TextMark } from '$lib/charts/types';

const texts = (marks: readonly Mark[]) => marks.filter((m): m is TextMark => m.kind === 'text');

describe('frame', () => {
  it('sorts the surfaces by one set of breakpoints', () => {
    const flags = (s: keyof typeof SURFACE_SIZES) => {
      const f = frame(SURFACE_SIZES[s]);
      return [f.narrow, f.wide, f.compact, f.short];
    };
    expect(flags('phoneSmall')).toEqual([true, false, true, true]);
    expect(flags('phone')).toEqual([true, false, true, false]);
    expect(flags('frame')).toEqual([false, false, true, false]);
    expect(flags('card')).toEqual([false, false, true, true]);
    expect(flags('tablet')).toEqual([false, true, false, false]);
    expect(flags('desktop')).toEqual([false, true, false, false]);
    expect(frame(SURFACE_SIZES.desktop).portrait).toBe(false);
    expect(frame({ width: 400, height: 700 }).portrait).toBe(true);
  });

  it.each(Object.entries(SURFACE_SIZES))('at %s: font sizes ≥ 12 px, padding 12–20 px', (_, size) => {
    const f = frame(size);
    for (const v of Object.values(f.fs)) expect(v).toBeGreaterThanOrEqual(12);
    expect(f.pad).toBeGreaterThanOrEqual(12);
    expect(f.pad).toBeLessThanOrEqual(20);
    expect(f.inner.width).toBe(size.width - 2 * f.pad);
    expect(f.right).toBe(size.width - f.pad);
  });
});

describe('header', () => {
  const title = 'Peak throughput per AI chip, by release date';
  const subtitle = 'Dense 16-bit figures unless marked. Log scale: each gridline is 10× the one below.';

  it('draws the title and subtitle inside the frame, wrapped', () => {
    const f = frame(SURFACE_SIZES.desktop);
    const h = header(f, title, subtitle);
    expect(h.marks.map((m) => m.id)).toEqual(['title-0', 'subtitle-0']);
    expect(h.marks[0]!.weight).toBe('bold');
    const f2 = frame({ width: 320, height: 600 });
    for (const m of header(f2, title, subtitle).marks) {
      const box = textBox(m);
      expect(box.x1, m.text).toBeLessThanOrEqual(f2.right);
      expect(box.y0).toBeGreaterThanOrEqual(0);
    }
  });

  it('drops the header on the card, which prints the title and the step above the chart', () => {
    expect(header(frame(SURFACE_SIZES.card), title, subtitle).marks).toEqual([]);
  });

  it('drops the title on compact frames, where the page shows it above the chart', () => {
    const h = header(frame(SURFACE_SIZES.phone), title, subtitle);
    expect(h.marks.some((m) => m.id.startsWith('title-'))).toBe(false);
    expect(h.marks[0]!.id).toBe('subtitle-0');
    expect(header(frame(SURFACE_SIZES.phone), title, subtitle, { keepTitle: true }).marks[0]!.id).toBe(
      'title-0'
    );
  });

  it('returns the y below its last line', () => {
    const h = header(frame(SURFACE_SIZES.desktop), title, subtitle);
    expect(h.bottom).toBeGreaterThan(Math.max(...h.marks.map((m) => m.y)));
  });
});

describe('legendRow', () => {
  const items = ['Amazon', 'Microsoft', 'Alphabet', 'Meta'].map((t) => ({
    id: `legend-${t}`,
    text: t,
    swatch: 'accent' as const
  }));

  it('puts items in one row when they fit, and wraps to a new row when not', () => {
    const one = legendRow(items, { x: 10, y: 20, maxWidth: 600, size: 12 });
    expect(new Set(texts(one.marks).map((m) => m.y))).toEqual(new Set([20]));
    const two = legendRow(items, { x: 10, y: 20, maxWidth: 160, size: 12 });
    const rows = [...new Set(texts(two.marks).map((m) => m.y))];
    expect(rows.length).toBeGreaterThan(1);
    for (let i = 1; i < rows.length; i++) expect(rows[i]! - rows[i - 1]!).toBeGreaterThanOrEqual(12 * 1.3);
    for (const m of texts(two.marks)) expect(textBox(m).x1).toBeLessThanOrEqual(170);
    expect(two.bottom).toBeGreaterThan(one.bottom);
  });

  it('gives every item a swatch before its text', () => {
    const { marks } = legendRow(items, { x: 0, y: 20, maxWidth: 600, size: 12 });
    for (const it of items) {
      const sw = marks.find((m) => m.id === `${it.id}-swatch`)!;
      const tx = marks.find((m) => m.id === `${it.id}-0`) as TextMark;
      expect(sw.kind === 'rect' && sw.x + sw.width).toBeLessThan(tx.x);
    }
  });
});

describe('bracket', () => {
  it('centres its label over the span, inside the bounds', () => {
    const { marks } = bracket('year-2024', {
      x0: 100,
      x1: 140,
      y: 50,
      text: '2024: $230B (+55%)',
      size: 14,
      left: 0,
      right: 150
    });
    const label = marks.find((m) => m.id === 'year-2024-label') as TextMark;
    expect(textBox(label).x1).toBeLessThanOrEqual(150 + 1e-9);
    expect(label.y).toBeLessThan(50);
    expect(marks.find((m) => m.id === 'year-2024-bracket')!.kind).toBe('path');
  });
});

describe('waffle', () => {
  it('fills row by row from the top left', () => {
    const cells = waffle('cell', 12, {
      x: 0,
      y: 0,
      cell: 10,
      gap: 2,
      cols: 5,
      style: () => ({ fill: 'faint' })
    });
    expect(cells).toHaveLength(12);
    expect([cells[0]!.x, cells[0]!.y]).toEqual([0, 0]);
    expect([cells[6]!.x, cells[6]!.y]).toEqual([12, 12]);
    expect(cells[11]!.id).toBe('cell-11');
  });

  it('fills from the bottom up when asked, so a share reads as a level', () => {
    const cells = waffle('c', 100, {
      x: 0,
      y: 0,
      cell: 10,
      gap: 0,
      cols: 10,
      rowsFromBottom: 10,
      style: (i) => ({ fill: i < 75 ? 'accent' : 'faint' })
    });
    expect(cells[0]!.y).toBe(90);
    expect(cells[99]!.y).toBe(0);
    expect(cells.filter((c) => c.fill === 'accent' && c.y < 20)).toHaveLength(0);
  });
});
