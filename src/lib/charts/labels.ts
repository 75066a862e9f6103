import { max } from 'd3-array';
import { textBox, textWidth } from './text';
import { line, text } from './marks';
import type { Mark, TextMark, Tone } from './types';

/**
 * Labels for a handful of named points: each sits beside its point, labels on one side are
 * pushed apart vertically (keeping their order) so none overlap, and a leader line joins a label
 * to its point when it had to move. Pure and deterministic.
 */
export interface LabelRequest {
  key: string;
  /** The point the label belongs to, px. */
  x: number;
  y: number;
  /** The label; "\n" breaks it into lines. */
  text: string;
  side: 'left' | 'right';
}

export interface PlacedLabel extends LabelRequest {
  /** Where the label's leader ends and its text begins (text is vertically centred on ly), px. */
  lx: number;
  ly: number;
  moved: boolean;
}

export interface PlaceOptions {
  /** Least distance between the centres of two labels on one side, px. */
  gap: number;
  /** The band label centres must stay in, px. */
  top: number;
  bottom: number;
  /** Horizontal distance from the point to the label, px. */
  offset: number;
  /**
   * Space the labels of both sides as one column (default: each side on its own). For crowded
   * frames, where a label on the left of one point reaches past a label on the right of another.
   */
  oneColumn?: boolean;
}

/**
 * The side of its point a label of `width` px goes: the side facing the middle of [left, right]
 * if it fits there, else the other if that fits, else the side facing the middle anyway.
 */
export function sideFor(x: number, width: number, left: number, right: number): 'left' | 'right' {
  const preferred = x > (left + right) / 2 ? 'left' : 'right';
  const fits = (side: 'left' | 'right') => (side === 'left' ? x - width >= left : x + width <= right);
  if (fits(preferred)) return preferred;
  const other = preferred === 'left' ? 'right' : 'left';
  return fits(other) ? other : preferred;
}

/**
 * Spread labels of one side so that their centres are at least `gap` apart and inside
 * [top, bottom]. Each side is handled separately (or both together, `oneColumn`); labels keep
 * their vertical order.
 */
export function placeLabels(requests: readonly LabelRequest[], opts: PlaceOptions): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  for (const side of opts.oneColumn ? (['both'] as const) : (['left', 'right'] as const)) {
    const group = requests
      .filter((r) => side === 'both' || r.side === side)
      .sort((a, b) => a.y - b.y || a.key.localeCompare(b.key));
    const ys = group.map((r) => Math.min(opts.bottom, Math.max(opts.top, r.y)));
    // Push down, then pull up from the bottom, then push down again: a standard 1-D relaxation
    // that converges for the few labels we place.
    for (let pass = 0; pass < 3; pass++) {
      for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + opts.gap);
      if (ys.length) ys[ys.length - 1] = Math.min(ys[ys.length - 1]!, opts.bottom);
      for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - opts.gap);
      if (ys.length) ys[0] = Math.max(ys[0]!, opts.top);
    }
    group.forEach((r, i) => {
      const ly = ys[i]!;
      out.push({
        ...r,
        lx: r.side === 'right' ? r.x + opts.offset : r.x - opts.offset,
        ly,
        moved: Math.abs(ly - r.y) > 2
      });
    });
  }
  return out;
}

export interface LeaderLabelOptions {
  /** Font size, px. */
  size: number;
  /** Line spacing of multi-line labels, px; default 1.2 × size. */
  lineHeight?: number;
  /** Text tone; default 'ink'. */
  fill?: Tone;
  /** Set one-line labels in bold; default true. Labels of several lines bold their last line, the value. */
  boldOneLine?: boolean;
}

/**
 * The marks of placed labels: a leader line (`leader-${key}`) for each label that moved, then the
 * text lines (`label-${key}-${line}`), centred on the label's y.
 */
export function leaderLabels(placed: readonly PlacedLabel[], o: LeaderLabelOptions): Mark[] {
  const lh = o.lineHeight ?? o.size * 1.2;
  const marks: Mark[] = [];
  for (const p of placed) {
    if (p.moved) {
      marks.push(line(`leader-${p.key}`, p.x, p.y, p.lx, p.ly, 'muted', { strokeWidth: 0.75 }));
    }
    const lines = p.text.split('\n');
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      marks.push(
        text(
          `label-${p.key}-${i}`,
          p.lx + (p.side === 'right' ? 2 : -2),
          p.ly + (i - (lines.length - 1) / 2) * lh,
          line,
          o.size,
          {
            fill: o.fill ?? 'ink',
            anchor: p.side === 'right' ? 'start' : 'end',
            weight: (lines.length === 1 ? (o.boldOneLine ?? true) : last) ? 'bold' : undefined,
            baseline: 'middle',
            halo: true
          }
        ) satisfies TextMark
      );
    });
  }
  return marks;
}

/**
 * Labels placed and drawn: each side spaced on its own, unless a label on one side then runs
 * into a label on the other, in which case both sides are spaced as one column.
 */
export function placeLeaderLabels(
  requests: readonly LabelRequest[],
  place: Omit<PlaceOptions, 'oneColumn'>,
  draw: LeaderLabelOptions,
  clear?: ClearOfPoints
): Mark[] {
  const placed = (oneColumn: boolean) => {
    const p = placeLabels(requests, { ...place, oneColumn });
    return leaderLabels(clear ? slidePastPoints(p, draw, clear) : p, draw);
  };
  const apart = placed(false);
  const side = (anchor: 'start' | 'end') => apart.filter((m) => m.kind === 'text' && m.anchor === anchor);
  return clearOf(side('end'), side('start')) ? apart : placed(true);
}

/** The points labels must leave visible, and the band [left, right] they must stay in, px. */
export interface ClearOfPoints {
  points: readonly Point[];
  left: number;
  right: number;
}

/**
 * A placed label that would sit on another label's point slides sideways, away from its own
 * point, until it clears the points in its way (its leader line still joins it to its own), if it
 * then stays inside [left, right]; else the same on the other side of its point; else it stays
 * where it was.
 */
export function slidePastPoints(
  placed: readonly PlacedLabel[],
  draw: LeaderLabelOptions,
  { points, left, right }: ClearOfPoints
): PlacedLabel[] {
  // Past one point may put it on the next (a cluster): a few steps, then give up. It must not land
  // on another label either.
  const slide = (p: PlacedLabel): PlacedLabel | null => {
    const others = leaderLabels(
      placed.filter((o) => o.key !== p.key),
      draw
    );
    let slid = p;
    for (let step = 0; step < 4; step++) {
      const marks = leaderLabels([slid], draw);
      const hidden = coveredPoints(marks, points).map((c) => c.point);
      if (!hidden.length) {
        const inside = marks.every(
          (m) => m.kind !== 'text' || (textBox(m).x0 >= left && textBox(m).x1 <= right)
        );
        return inside && clearOf(marks, others) ? slid : null;
      }
      const lx =
        slid.side === 'left'
          ? Math.min(slid.lx, ...hidden.map((q) => q.x - q.r - 3))
          : Math.max(slid.lx, ...hidden.map((q) => q.x + q.r + 3));
      slid = { ...slid, lx, moved: true };
    }
    return null;
  };
  // On its own side if it can, else on the other side of its point.
  const flipped = (p: PlacedLabel): PlacedLabel => ({
    ...p,
    side: p.side === 'left' ? 'right' : 'left',
    lx: 2 * p.x - p.lx
  });
  return placed.map((p) =>
    coveredPoints(leaderLabels([p], draw), points).length ? (slide(p) ?? slide(flipped(p)) ?? p) : p
  );
}

/**
 * Whether every text mark in `label` stays clear of the text marks in `taken` (measured boxes):
 * for labels of lesser importance that are left out rather than drawn over a more important one.
 */
export function clearOf(label: readonly Mark[], taken: readonly Mark[]): boolean {
  const boxes = taken.filter((m): m is TextMark => m.kind === 'text').map(textBox);
  return label.every((m) => {
    if (m.kind !== 'text') return true;
    const b = textBox(m);
    return boxes.every((t) => b.x1 <= t.x0 || b.x0 >= t.x1 || b.y1 <= t.y0 || b.y0 >= t.y1);
  });
}

/** A data point drawn as a circle (or a small square) a label must not sit on. */
export interface Point {
  /** The label that belongs to this point may touch it (leader labels start beside it). */
  key: string;
  x: number;
  y: number;
  r: number;
}

/**
 * Which labels' text covers another label's point (a label's halo would hide it): pairs of the
 * label's key and the point. Label lines are text marks with ids `label-<key>-<line>`
 * (leaderLabels); a label may touch its own point.
 */
export function coveredPoints(
  labels: readonly Mark[],
  points: readonly Point[]
): { key: string; point: Point }[] {
  const out: { key: string; point: Point }[] = [];
  for (const m of labels) {
    if (m.kind !== 'text') continue;
    const key = m.id.replace(/^label-/, '').replace(/-\d+$/, '');
    const b = textBox(m);
    for (const p of points) {
      if (p.key === key) continue;
      // The point of the box nearest the centre lies inside the circle: covered.
      const nx = Math.min(Math.max(p.x, b.x0), b.x1);
      const ny = Math.min(Math.max(p.y, b.y0), b.y1);
      if (Math.hypot(p.x - nx, p.y - ny) < p.r) out.push({ key, point: p });
    }
  }
  return out;
}

export interface LabelLinesOptions {
  /** Anchor x, px. */
  x: number;
  /** Baseline of the first line (valign 'top', default) or of the last line ('bottom'), px. */
  y: number;
  /** Font size, px. */
  size: number;
  /** Default 'start'. */
  anchor?: 'start' | 'middle' | 'end';
  /** Text tone; default 'ink'. */
  fill?: Tone;
  /** Index of the line set in bold (the number a label is about); default none. */
  bold?: number;
  /** Line spacing as a multiple of `size`; default 1.25. */
  lineHeight?: number;
  valign?: 'top' | 'bottom';
  /** Keep the widest line inside [left, right] by moving the anchor, px. */
  within?: readonly [number, number];
}

/**
 * An annotation of a few short lines, each set as given (no wrapping): ids `${id}-${i}`, with a
 * halo so it reads over the data. For labels whose line breaks are part of their meaning
 * ("Peak, 10 Mar 2000" / "5,048.62 (daily close)").
 */
export function labelLines(id: string, lines: readonly string[], o: LabelLinesOptions): TextMark[] {
  const lh = (o.lineHeight ?? 1.25) * o.size;
  const weight = (i: number) => (i === o.bold ? 'bold' : 'normal');
  let x = o.x;
  if (o.within) {
    const w = max(lines, (l, i) => textWidth(l, o.size, weight(i))) ?? 0;
    const [a, b] = o.anchor === 'end' ? [w, 0] : o.anchor === 'middle' ? [w / 2, w / 2] : [0, w];
    x = Math.min(Math.max(x, o.within[0] + a), o.within[1] - b);
  }
  const first = o.valign === 'bottom' ? o.y - (lines.length - 1) * lh : o.y;
  return lines.map((content, i) =>
    text(`${id}-${i}`, x, first + i * lh, content, o.size, {
      fill: o.fill ?? 'ink',
      anchor: o.anchor ?? 'start',
      weight: weight(i),
      halo: true
    })
  );
}

/**
 * The text marks of `candidates` that stay clear of `taken` and of each other, in order: for
 * labels that give way (axis ticks, gridline values) to the annotations placed before them.
 */
export function keepClear(candidates: readonly Mark[], taken: readonly Mark[]): Mark[] {
  const kept: Mark[] = [];
  for (const m of candidates) if (clearOf([m], [...taken, ...kept])) kept.push(m);
  return kept;
}
