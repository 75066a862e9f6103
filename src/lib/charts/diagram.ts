import { legendRow, type Frame } from './frame';
import { text as textMark } from './marks';
import { textBlock, textBox, textWidth, type Weight } from './text';
import type { Mark, PathMark, Resolved, Scene, Size, TextMark, Tone } from './types';

/**
 * Node-and-arrow diagrams (the two money loops): boxes placed at fractions of a drawing area,
 * groups drawn as a frame around their members, arrows that bend, arrows drawn by how real the
 * money is (solid, dashed, dotted, dash-dot, stopped — never by colour alone), a caption that
 * names what a step adds, a legend of line kinds, and labels placed on arrows so that no two
 * overlap and none leaves its bounds (a label that finds no room is left out: the caption and
 * the text alternative still carry it).
 *
 * A chart keeps only what is its own: where its nodes sit, how its arrows bend, which kind of
 * line each of its flows takes, and its words.
 */

export type Point = readonly [number, number];

/** A rectangle by its edges, px. */
export interface Bounds {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A node's box: centre and size, px. */
export interface Box {
  id: string;
  label: string;
  cx: number;
  cy: number;
  w: number;
  h: number;
}

/** The drawing area nodes are placed in, px. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How an arrow is drawn: solid (money paid, or live), dashed (contracted), dotted (a letter of
 * intent, or announced), dash-dot (market value, not cash), stopped (a link that has ended: no
 * arrowhead, a bar across its end).
 */
export type LineKind = 'solid' | 'dashed' | 'dotted' | 'dashDot' | 'stopped';

export const LINES: Record<LineKind, { dash?: string; arrow: boolean; stop?: boolean }> = {
  solid: { arrow: true },
  dashed: { dash: '7 4', arrow: true },
  dotted: { dash: '0.5 5', arrow: true },
  dashDot: { dash: '8 3 2 3', arrow: true },
  stopped: { arrow: false, stop: true }
};

// ---- Geometry --------------------------------------------------------------------------------

export const boundsOf = (b: Box, margin = 0): Bounds => ({
  x0: b.cx - b.w / 2 - margin,
  x1: b.cx + b.w / 2 + margin,
  y0: b.cy - b.h / 2 - margin,
  y1: b.cy + b.h / 2 + margin
});

/** Whether two rectangles share more than `gap` px of each other's room. */
export function overlaps(a: Bounds, b: Bounds, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

const inside = (a: Bounds, within: Bounds) =>
  a.x0 >= within.x0 && a.x1 <= within.x1 && a.y0 >= within.y0 && a.y1 <= within.y1;

/**
 * A box for a label, centred at a fraction of the area and kept inside it. Its width is measured
 * in bold, so it does not change size when its node is picked out.
 */
export function placeBox(id: string, label: string, at: Point, area: Area, font: number): Box {
  const w = textWidth(label, font, 'bold') + font * 1.1;
  const h = Math.round(font * 1.9);
  const cx = Math.min(area.x + area.width - w / 2, Math.max(area.x + w / 2, area.x + at[0] * area.width));
  const cy = Math.min(area.y + area.height - h / 2, Math.max(area.y + h / 2, area.y + at[1] * area.height));
  return { id, label, cx, cy, w, h };
}

/**
 * Boxes moved apart where fractions put them too close on a narrow frame: each box, in order,
 * steps sideways (then, if the area's edge stops it, up or down) until it is `gap.x` px clear of
 * every box before it side by side, or `gap.y` px above or below. Deterministic, so a node keeps
 * its place from step to step.
 */
export function separate(boxes: readonly Box[], area: Area, gap: { x: number; y: number }): Box[] {
  const out: Box[] = [];
  const near = (o: Box, b: Box) =>
    Math.abs(o.cx - b.cx) < (o.w + b.w) / 2 + gap.x && Math.abs(o.cy - b.cy) < (o.h + b.h) / 2 + gap.y;
  for (const box of boxes) {
    let b = { ...box };
    for (let pass = 0; pass < 4; pass++) {
      const hit = out.find((o) => near(o, b));
      if (!hit) break;
      const dir = b.cx >= hit.cx ? 1 : -1;
      const cx = hit.cx + dir * ((hit.w + b.w) / 2 + gap.x);
      const clamped = Math.min(area.x + area.width - b.w / 2, Math.max(area.x + b.w / 2, cx));
      if (Math.abs(clamped - cx) < 0.5) b = { ...b, cx };
      else {
        const ydir = b.cy >= hit.cy ? 1 : -1;
        const cy = hit.cy + ydir * ((hit.h + b.h) / 2 + gap.y);
        b = { ...b, cy: Math.min(area.y + area.height - b.h / 2, Math.max(area.y + b.h / 2, cy)) };
      }
    }
    out.push(b);
  }
  return out;
}

/** A rectangle given as fractions [x0, y0, x1, y1] of the area, as a Box (for groups). */
export function regionBox(id: string, label: string, frac: readonly number[], area: Area): Box {
  const [x0, y0, x1, y1] = frac as [number, number, number, number];
  const w = (x1 - x0) * area.width;
  const h = (y1 - y0) * area.height;
  return { id, label, cx: area.x + x0 * area.width + w / 2, cy: area.y + y0 * area.height + h / 2, w, h };
}

/** Where the ray from the box centre towards `p` leaves the box, `gap` px further out. */
export function boxExit(b: Box, p: Point, gap = 3): Point {
  const dx = p[0] - b.cx;
  const dy = p[1] - b.cy;
  if (dx === 0 && dy === 0) return [b.cx, b.cy];
  const sx = dx === 0 ? Infinity : (b.w / 2 + gap) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (b.h / 2 + gap) / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [b.cx + dx * s, b.cy + dy * s];
}

/**
 * An arrow from box `a` to box `b`, bent to the right of its direction by `bend` × its length
 * (negative: to the left), so two arrows between one pair never lie on top of each other: a
 * quadratic Bézier, sampled into the polyline a PathMark draws.
 */
export function curvedArrow(a: Box, b: Box, bend = 0.12, samples = 18): Point[] {
  const mx = (a.cx + b.cx) / 2;
  const my = (a.cy + b.cy) / 2;
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  // Right-hand normal of the direction a → b (screen coordinates, y down).
  const ctrl: Point = [mx - dy * bend, my + dx * bend];
  const start = boxExit(a, ctrl);
  const end = boxExit(b, ctrl, 5);
  const pts: Point[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    pts.push([
      u * u * start[0] + 2 * u * t * ctrl[0] + t * t * end[0],
      u * u * start[1] + 2 * u * t * ctrl[1] + t * t * end[1]
    ]);
  }
  return pts;
}

/** An arrow through fixed waypoints (the long way round), leaving and entering boxes cleanly. */
export function routedArrow(a: Box, b: Box, via: readonly Point[]): Point[] {
  if (via.length === 0) return curvedArrow(a, b, 0);
  return [boxExit(a, via[0]!), ...via, boxExit(b, via[via.length - 1]!, 5)];
}

/** The point at fraction `at` (0..1) of a polyline's length. */
export function pointAlong(points: readonly Point[], at: number): Point {
  const seg: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const l = Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
    seg.push(l);
    total += l;
  }
  let left = total * Math.min(1, Math.max(0, at));
  for (let i = 0; i < seg.length; i++) {
    if (left <= seg[i]! || i === seg.length - 1) {
      const t = seg[i]! ? Math.min(1, left / seg[i]!) : 0;
      const [x0, y0] = points[i]!;
      const [x1, y1] = points[i + 1]!;
      return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
    }
    left -= seg[i]!;
  }
  return points[0] ?? [0, 0];
}

// ---- Marks -----------------------------------------------------------------------------------

export interface NodeStyle {
  stroke: Tone;
  bold?: boolean;
  fill?: Tone;
  opacity?: number;
}

/** A node: a rounded box (`node-<id>`) and its name (`node-<id>-label`). */
export function nodeMarks(b: Box, font: number, o: NodeStyle): Mark[] {
  return [
    {
      id: `node-${b.id}`,
      kind: 'rect',
      x: b.cx - b.w / 2,
      y: b.cy - b.h / 2,
      width: b.w,
      height: b.h,
      rx: b.h / 2,
      fill: o.fill ?? 'paper',
      stroke: o.stroke,
      strokeWidth: o.bold ? 2 : 1.25,
      opacity: o.opacity
    },
    textMark(`node-${b.id}-label`, b.cx, b.cy, b.label, font, {
      anchor: 'middle',
      baseline: 'middle',
      weight: o.bold ? 'bold' : 'normal',
      opacity: o.opacity
    })
  ];
}

/**
 * Where a group's name goes: above its members, at the left of their first row (`inline`), or
 * nowhere (where the page already says it, as a card's title does).
 */
export type GroupHead = 'above' | 'inline' | 'none';

/**
 * A group's members, in rows, each row spread evenly across the group's room next to its name.
 * The group grows about its centre when they need more room, up to the area's edges.
 */
export function memberBoxes(
  g: Box,
  rows: readonly (readonly { id: string; label: string }[])[],
  font: number,
  area: Area,
  head: GroupHead = 'above'
): { group: Box; members: Box[]; headY: number } {
  const gap = font * (head === 'none' ? 0.4 : 0.8);
  const headH = head === 'above' ? font * 2 : 0;
  // An inline name takes room at the start of the first row only.
  const headW = head === 'inline' ? textWidth(g.label, font, 'bold') + font * 0.6 : 0;
  const unit = { x: 0, y: 0, width: 1e4, height: 1e4 };
  const sized = rows.map((row) => row.map((m) => placeBox(m.id, m.label, [0, 0], unit, font)));
  const rowW = (row: readonly Box[]) => row.reduce((s, b) => s + b.w, 0) + gap * (row.length + 1);
  const rowH = (row: readonly Box[]) => Math.max(...row.map((b) => b.h));
  const w = Math.min(area.width, Math.max(g.w, ...sized.map((r, i) => rowW(r) + (i === 0 ? headW : 0))));
  const h = Math.min(
    area.height,
    Math.max(g.h, headH + sized.reduce((s, r) => s + rowH(r), 0) + gap * (rows.length + 1))
  );
  const cx = Math.min(area.x + area.width - w / 2, Math.max(area.x + w / 2, g.cx));
  const cy = Math.min(area.y + area.height - h / 2, Math.max(area.y + h / 2, g.cy));
  const group = { ...g, cx, cy, w, h };
  const vspace = (h - headH - sized.reduce((s, r) => s + rowH(r), 0)) / (rows.length + 1);
  let y = cy - h / 2 + headH + vspace;
  const members: Box[] = [];
  const headY = head === 'above' ? cy - h / 2 + font * 1.2 : y + rowH(sized[0]!) / 2;
  for (const [i, row] of sized.entries()) {
    const indent = i === 0 ? headW : 0;
    const space = (w - indent - row.reduce((s, b) => s + b.w, 0)) / (row.length + 1);
    let x = cx - w / 2 + indent + space;
    for (const b of row) {
      members.push({ ...b, cx: x + b.w / 2, cy: y + rowH(row) / 2 });
      x += b.w + space;
    }
    y += rowH(row) + vspace;
  }
  return { group, members, headY };
}

/**
 * A group: a tinted frame (`group-<id>`) around its members, its name (`group-<id>-label`) at the
 * top left, or at the left beside its members: the first of `names` that fits. Returns the marks
 * and the name's box, for placing other labels clear of it.
 */
export function groupMarks(
  g: Box,
  names: readonly string[],
  font: number,
  o: { stroke: Tone; bold?: boolean; labelTone?: Tone; opacity?: number; head?: GroupHead; headY?: number }
): { marks: Mark[]; label: Bounds } {
  const x = g.cx - g.w / 2;
  const y = g.cy - g.h / 2;
  const name = names.find((n) => textWidth(n, font, 'bold') <= g.w - font * 1.2) ?? names[names.length - 1]!;
  const rect: Mark = {
    id: `group-${g.id}`,
    kind: 'rect',
    x,
    y,
    width: g.w,
    height: g.h,
    rx: 10,
    fill: 'faint',
    stroke: o.stroke,
    strokeWidth: o.bold ? 2.5 : 1,
    opacity: o.opacity
  };
  if (o.head === 'none') return { marks: [rect], label: { x0: x, x1: x, y0: y, y1: y } };
  const label = textMark(
    `group-${g.id}-label`,
    x + font * 0.6,
    o.head === 'inline' ? (o.headY ?? g.cy) : y + font * 1.2,
    name,
    font,
    {
      fill: o.labelTone ?? 'muted',
      weight: 'bold',
      halo: true,
      opacity: o.opacity,
      baseline: o.head === 'inline' ? 'middle' : undefined
    }
  );
  return { marks: [rect, label], label: textBox(label) };
}

export interface EdgeStyle {
  line: LineKind;
  tone: Tone;
  /** Heavier when the edge is what the step is about. */
  strong?: boolean;
  opacity?: number;
  /** Money in motion along the edge (live page only): the step's own edges move faster. */
  moving?: 'fast' | 'slow';
}

/** An edge: the path (`id`), and for a stopped line the bar across its end (`id-stop`). */
export function edgeMarks(id: string, points: readonly Point[], s: EdgeStyle): Mark[] {
  const line = LINES[s.line];
  const width = s.strong ? 3 : 2;
  const path: PathMark = {
    id,
    kind: 'path',
    points,
    stroke: s.tone,
    strokeWidth: width,
    dash: line.dash,
    arrow: line.arrow,
    opacity: s.opacity,
    flow: s.moving
      ? s.moving === 'fast'
        ? { dots: 3, seconds: 4.5, tone: s.tone }
        : { dots: 1, seconds: 7, tone: s.tone }
      : undefined
  };
  if (!line.stop || points.length < 2) return [path];
  const [x1, y1] = points[points.length - 1]!;
  const [x0, y0] = points[points.length - 2]!;
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  const [nx, ny] = [(-(y1 - y0) / len) * 6, ((x1 - x0) / len) * 6];
  return [
    path,
    {
      id: `${id}-stop`,
      kind: 'path',
      points: [
        [x1 + nx, y1 + ny],
        [x1 - nx, y1 - ny]
      ],
      stroke: s.tone,
      strokeWidth: width + 0.5,
      opacity: s.opacity
    }
  ];
}

/** A short sample of a line kind, for captions and legends: from (x, y) rightwards, 24 px. */
export function lineSample(id: string, x: number, y: number, line: LineKind, tone: Tone): Mark[] {
  return edgeMarks(
    id,
    [
      [x, y],
      [x + 24, y]
    ],
    { line, tone }
  ).map((m) => (m.kind === 'path' ? { ...m, strokeWidth: 2.5 } : m));
}

// ---- Caption and legend ----------------------------------------------------------------------

export interface CaptionLine {
  text: string;
  /** A sample of the line kind before the text: the caption names the step's new arrows. */
  line?: LineKind;
  /** Tone of the sample and of the text; default 'ink'. */
  tone?: Tone;
  size: number;
  weight?: Weight;
}

/**
 * A caption: lines stacked from `y` (the first baseline), each wrapped to `maxWidth`, a line
 * sample in front of those that name an arrow. Ids `caption-<i>-<line>`. Returns `bottom`.
 */
export function caption(
  lines: readonly CaptionLine[],
  o: { x: number; y: number; maxWidth: number }
): { marks: Mark[]; bottom: number } {
  const marks: Mark[] = [];
  const indent = 32;
  let y = o.y;
  lines.forEach((line, i) => {
    const x = line.line ? o.x + indent : o.x;
    if (line.line)
      marks.push(
        ...lineSample(`caption-sample-${i}`, o.x, y - line.size * 0.35, line.line, line.tone ?? 'ink')
      );
    const block = textBlock(`caption-${i}`, line.text, {
      x,
      y,
      maxWidth: o.maxWidth - (x - o.x),
      size: line.size,
      weight: line.weight,
      fill: line.tone ?? 'ink',
      lineHeight: 1.25
    });
    marks.push(...block.marks);
    y = block.bottom + line.size * 0.95;
  });
  return { marks, bottom: lines.length ? y - lines[lines.length - 1]!.size * 0.95 : o.y };
}

export interface KindItem {
  id: string;
  text: string;
  line: LineKind;
  tone?: Tone;
}

/**
 * The legend of line kinds at the bottom of the frame (its last row's descenders at `f.bottom`),
 * flowed into as many rows as the width needs. Ids `legend-<id>`. Returns `top`.
 */
export function kindLegend(items: readonly KindItem[], f: Frame): { marks: Mark[]; top: number } {
  if (!items.length) return { marks: [], top: f.bottom };
  const size = f.fs.small;
  const opts = { x: f.pad, maxWidth: f.inner.width, size, swatchWidth: 32, gap: size * 1.2 };
  const entries = items.map((k) => ({
    id: `legend-${k.id}`,
    text: k.text,
    fill: 'ink' as Tone,
    swatch: (id: string, cx: number, cy: number) =>
      lineSample(id, cx - size * 0.4, cy, k.line, k.tone ?? 'ink')
  }));
  // Lay out once from y = 0 to learn the height, then again from where it ends on the bottom.
  const dry = legendRow(entries, { ...opts, y: 0 });
  const y = f.bottom - dry.bottom + size * 0.1;
  return { marks: legendRow(entries, { ...opts, y }).marks, top: y - size };
}

// ---- Edge labels -----------------------------------------------------------------------------

export interface EdgeLabel {
  /** Mark id of the label. */
  id: string;
  /** The edge's path. */
  points: readonly Point[];
  /** The label and shorter forms of it, longest first: the first that finds room is drawn. */
  texts: readonly string[];
  /** Where along the path to try first (0 = start, 1 = end); default the middle. */
  at?: number;
  /** Which side of the path to try first beside it: 1 right of its direction, −1 left. */
  side?: 1 | -1;
  size: number;
  fill: Tone;
  weight?: Weight;
  opacity?: number;
}

const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85];

/**
 * Labels on edges, in the order given (most important first). Each tries its texts, longest
 * first; each text tries places along its path (its preferred spot, then out from the middle),
 * on the line and then beside it, and takes the first whose measured box stays inside `within`
 * and clear of `obstacles` (boxes, other text) and of the labels already placed. A label with no
 * such place is left out: labels never overlap and never leave their bounds.
 */
export function placeEdgeLabels(
  labels: readonly EdgeLabel[],
  o: { within: Bounds; obstacles: readonly Bounds[]; gap?: number }
): TextMark[] {
  const gap = o.gap ?? 2;
  const taken: Bounds[] = [...o.obstacles];
  const placed: TextMark[] = [];
  for (const l of labels) {
    const mark = firstFit(l, taken, o.within, gap);
    if (!mark) continue;
    taken.push(textBox(mark));
    placed.push(mark);
  }
  return placed;
}

function firstFit(l: EdgeLabel, taken: readonly Bounds[], within: Bounds, gap: number): TextMark | null {
  const along = l.at === undefined ? ALONG : [l.at, ...ALONG];
  const side = l.side ?? 1;
  // Nearest first: each text on the line, then just beside it; only then further out.
  const tries = [
    ...l.texts.flatMap((text) => [
      { text, dist: [0] },
      { text, dist: [1] }
    ]),
    ...l.texts.map((text) => ({ text, dist: [2] }))
  ];
  for (const { text, dist } of tries) {
    const w = textWidth(text, l.size, l.weight);
    for (const t of along) {
      const [x, y] = pointAlong(l.points, t);
      const [ax, ay] = pointAlong(l.points, Math.max(0, t - 0.04));
      const [bx, by] = pointAlong(l.points, Math.min(1, t + 0.04));
      const len = Math.hypot(bx - ax, by - ay) || 1;
      // Right-hand normal of the path's direction here.
      const [nx, ny] = [-(by - ay) / len, (bx - ax) / len];
      // Beside the path: far enough along the normal that the box clears the line.
      const off = Math.abs(nx) * (w / 2 + 4) + Math.abs(ny) * (l.size * 0.6 + 3);
      const spots: Point[] = dist.flatMap((k): Point[] => {
        if (k === 0) return [[x, y]];
        const d = off + (k - 1) * l.size * 1.3;
        return [
          [x + nx * d * side, y + ny * d * side],
          [x - nx * d * side, y - ny * d * side]
        ];
      });
      for (const [sx, sy] of spots) {
        // Slide along x to stay inside the bounds, by no more than half the label's width.
        const cx = Math.min(within.x1 - w / 2, Math.max(within.x0 + w / 2, sx));
        if (Math.abs(cx - sx) > w / 2) continue;
        const m = textMark(l.id, cx, sy, text, l.size, {
          fill: l.fill,
          anchor: 'middle',
          baseline: 'middle',
          weight: l.weight ?? 'normal',
          halo: true,
          opacity: l.opacity
        });
        const b = textBox(m);
        if (inside(b, within) && !taken.some((r) => overlaps(r, b, gap))) return m;
      }
    }
  }
  return null;
}

// ---- Putting a diagram together ---------------------------------------------------------------

/**
 * The four ways a diagram is arranged, by frame: wide frames read left to right, tall ones top
 * to bottom; short frames (`focus`: the small phone, a phone held sideways; `focusWide`: the
 * card) draw only what the step adds, each node in a place of its own there too, shared by nodes
 * never on stage together.
 */
export type Arrangement = 'landscape' | 'portrait' | 'focus' | 'focusWide';

export function arrangementOf(f: Frame, o: { landscapeFrom?: number } = {}): Arrangement {
  if (f.tiny) return 'focusWide';
  if (f.height < 330 || f.width < 320) return 'focus';
  return f.portrait || f.width < (o.landscapeFrom ?? 0) ? 'portrait' : 'landscape';
}

export const focused = (a: Arrangement) => a === 'focus' || a === 'focusWide';

/** Node centres for a row of the area at height `y`: `{ id: x }` → `{ id: [x, y] }` (fractions). */
export const row = (y: number, xs: Readonly<Record<string, number>>): Record<string, Point> =>
  Object.fromEntries(Object.entries(xs).map(([id, x]) => [id, [x, y] as const]));

/**
 * The area a diagram is drawn in: below the tallest caption of all its steps and above the
 * tallest legend, so that nodes stay put from step to step while captions and arrows change.
 * Takes every step's caption bottom and legend top, px.
 */
export function stableArea(f: Frame, captionBottoms: readonly number[], legendTops: readonly number[]): Area {
  const top = Math.max(f.pad, ...captionBottoms) + f.fs.small * 0.8;
  const bottom = Math.min(f.bottom, ...legendTops) - f.fs.small * 0.7;
  return { x: f.pad, y: top, width: f.inner.width, height: bottom - top };
}

/**
 * A diagram's layout: the chart contract's (data, state, size), and every step's state, which
 * index.ts passes explicitly (stepStates), so that the diagram can make room for the tallest
 * caption of any step and keep its nodes still.
 */
export type DiagramLayout<D, S extends object> = (
  data: D,
  state: Resolved<S>,
  size: Size,
  steps: readonly S[]
) => Scene;

/**
 * Every node's box at a size, on stage or not, so that nodes keep their places from step to
 * step: a group's members spread in rows across its region, the other nodes at their fractions
 * of the area. With `spread` (the large arrangements), boxes the fractions put too close on a
 * narrow frame are moved apart, the group first. The group's box is in the map under its id.
 */
export function placeNodes(o: {
  area: Area;
  font: number;
  nodes: readonly { id: string; label: string; at: Point }[];
  group?: {
    id: string;
    label: string;
    region: readonly number[];
    rows: readonly (readonly { id: string; label: string }[])[];
    head?: GroupHead;
  };
  spread?: boolean;
}): { boxes: Map<string, Box>; headY: number } {
  const nodes = o.nodes.map((n) => placeBox(n.id, n.label, n.at, o.area, o.font));
  if (!o.group) return { boxes: new Map(nodes.map((b) => [b.id, b])), headY: 0 };
  const region = regionBox(o.group.id, o.group.label, o.group.region, o.area);
  const g = memberBoxes(region, o.group.rows, o.font, o.area, o.group.head);
  const placed = o.spread
    ? separate([g.group, ...nodes], o.area, { x: o.font * 2.2, y: o.font * 0.7 })
    : [g.group, ...nodes];
  return { boxes: new Map([...placed, ...g.members].map((b) => [b.id, b])), headY: g.headY };
}

export interface StepCaption {
  /** A sentence standing for the whole step (an opening, a conclusion), instead of the items. */
  headline?: { text: string; tone?: Tone };
  /** What the step adds: the pair it joins, its line kind, and its line of text on large frames. */
  items: readonly { from: string; to: string; line: LineKind; tone: Tone; text: string }[];
  /** The detail of a lone item, on large frames. */
  detail?: string;
  /** Lines for every frame with a caption (a check), then those for large frames only. */
  notes?: readonly { text: string; tone: Tone; large?: boolean }[];
  /** How compact frames name the items in one sentence. */
  words: {
    into: (froms: readonly string[], to: string) => string;
    compact: (parts: readonly string[]) => string;
  };
}

/**
 * The caption of a step. Large frames give each new item a line with its line kind, and a lone
 * item its detail; compact frames (f.compact) name the items in a sentence ("New: A, B → C"),
 * since their arrows carry the amounts; focused arrangements leave it to the diagram.
 */
export function stepCaption(f: Frame, arr: Arrangement, c: StepCaption): { marks: Mark[]; bottom: number } {
  if (focused(arr)) return { marks: [], bottom: f.pad };
  const size = f.compact ? f.fs.small : f.fs.label;
  const lines: CaptionLine[] = [];
  if (c.headline) lines.push({ text: c.headline.text, tone: c.headline.tone, size, weight: 'bold' });
  else if (f.compact && c.items.length) {
    const into = new Map<string, string[]>();
    for (const i of c.items) into.set(i.to, [...new Set([...(into.get(i.to) ?? []), i.from])]);
    const parts = [...into].map(([to, froms]) => c.words.into(froms, to));
    lines.push({ text: c.words.compact(parts), size, tone: 'accent', weight: 'bold' });
  } else {
    for (const i of c.items) lines.push({ text: i.text, line: i.line, tone: i.tone, size, weight: 'bold' });
    if (c.detail && c.items.length === 1) lines.push({ text: c.detail, size: f.fs.small, tone: 'muted' });
  }
  for (const n of c.notes ?? [])
    if (!n.large || !f.compact) lines.push({ text: n.text, size: f.fs.small, tone: n.tone });
  return caption(lines, { x: f.pad, y: f.pad + size * 0.9, maxWidth: f.inner.width });
}

export interface DiagramEdge {
  /** Mark id of the path; its label is `${id}-label`. */
  id: string;
  points: readonly Point[];
  style: EdgeStyle;
  /** The label and shorter forms of it, longest first; none for an unlabelled edge. */
  labels?: readonly string[];
  /** Labels are placed in order of priority, highest first (then in the order given). */
  priority?: number;
  bold?: boolean;
  labelOpacity?: number;
}

export interface DiagramGroup {
  box: Box;
  names: readonly string[];
  head: GroupHead;
  headY?: number;
  lit: boolean;
}

/**
 * A diagram's marks, drawn in order: groups, what lies under the edges (`under`), the edges,
 * the nodes (bold where `bold` has them), notes (small texts beside nodes, each in the first of
 * its places clear of names and other notes, or left out), and the edge labels, placed so that
 * none overlaps a name, a note or another label, or leaves the area.
 */
export function drawDiagram(o: {
  f: Frame;
  area: Area;
  font: number;
  groups: readonly DiagramGroup[];
  nodes: readonly Box[];
  bold: (id: string) => boolean;
  edges: readonly DiagramEdge[];
  under?: readonly Mark[];
  /** Each note as places to try, in order: the first clear of names and other notes is drawn. */
  notes?: readonly (readonly TextMark[])[];
}): Mark[] {
  const { f, area } = o;
  const marks: Mark[] = [];
  const taken: Bounds[] = [];
  for (const g of o.groups) {
    const group = groupMarks(g.box, g.names, o.font, {
      stroke: g.lit ? 'accent' : 'grid',
      bold: g.lit,
      labelTone: g.lit ? 'accent' : 'muted',
      head: g.head,
      headY: g.headY
    });
    marks.push(...group.marks);
    taken.push(group.label);
  }
  marks.push(...(o.under ?? []));
  for (const e of o.edges) marks.push(...edgeMarks(e.id, e.points, e.style));
  for (const b of o.nodes) {
    const bold = o.bold(b.id);
    marks.push(...nodeMarks(b, o.font, { stroke: bold ? 'accent' : 'muted', bold }));
    taken.push(boundsOf(b, 2));
  }
  const within: Bounds = {
    x0: f.pad,
    x1: f.right,
    y0: area.y - f.fs.small * 0.4,
    y1: area.y + area.height + f.fs.small * 0.4
  };
  for (const places of o.notes ?? []) {
    const n = places.find(
      (m) => inside(textBox(m), within) && !taken.some((r) => overlaps(r, textBox(m), 2))
    );
    if (n) {
      marks.push(n);
      taken.push(textBox(n));
    }
  }
  const labelled = o.edges
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.labels?.length)
    .sort((a, b) => (b.e.priority ?? 0) - (a.e.priority ?? 0) || a.i - b.i);
  marks.push(
    ...placeEdgeLabels(
      labelled.map(({ e }) => ({
        id: `${e.id}-label`,
        points: e.points,
        texts: e.labels!,
        size: f.fs.small,
        fill: e.style.tone,
        weight: e.bold ? 'bold' : 'normal',
        opacity: e.labelOpacity
      })),
      { within, obstacles: taken }
    )
  );
  return marks;
}
