import type { Mark, TextMark, Tone } from '$lib/charts/types';
import { textWidth } from '$lib/charts/text';

/**
 * Small node-and-arrow drawing kit shared by the money-flow diagrams (the-loop, widening-loop).
 * Positions are fractions of a drawing area, given separately for portrait and landscape frames,
 * because a ring that reads on a 760 px screen is unreadable squeezed into 340 px.
 */

export type Point = readonly [number, number];

export interface Box {
  id: string;
  label: string;
  cx: number;
  cy: number;
  w: number;
  h: number;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Portrait when the frame is taller than wide (phones), landscape otherwise. */
export function orientationOf(size: { width: number; height: number }): 'portrait' | 'landscape' {
  return size.width < size.height ? 'portrait' : 'landscape';
}

/** A labelled box centred at a fraction of the area, sized to its label. */
export function placeBox(id: string, label: string, at: Point, area: Area, font: number): Box {
  const w = textWidth(label, font) + font * 1.2;
  const h = font * 2;
  // Keep the whole box inside the area even when the fraction puts its centre near an edge.
  const cx = Math.min(area.x + area.width - w / 2, Math.max(area.x + w / 2, area.x + at[0] * area.width));
  const cy = Math.min(area.y + area.height - h / 2, Math.max(area.y + h / 2, area.y + at[1] * area.height));
  return { id, label, cx, cy, w, h };
}

/** Where the ray from the box centre towards `p` leaves the box (plus a small gap). */
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
 * A gently curved arrow from box `a` to box `b`: a quadratic Bézier sampled into a polyline
 * (PathMark is a polyline), bent to the right of its direction by `bend` × its length, so two
 * arrows between the same pair in opposite directions never sit on top of each other.
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

/** An arrow through fixed waypoints (for the long way round), leaving and entering boxes cleanly. */
export function routedArrow(a: Box, b: Box, via: readonly Point[]): Point[] {
  if (via.length === 0) return curvedArrow(a, b, 0);
  const start = boxExit(a, via[0]!);
  const end = boxExit(b, via[via.length - 1]!, 5);
  return [start, ...via, end];
}

/** The point halfway along a polyline, by length. */
export function midpoint(points: readonly Point[]): Point {
  return pointAlong(points, 0.5);
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

/** Box and label marks for a node. */
export function boxMarks(
  b: Box,
  font: number,
  opts: { stroke: Tone; fill?: Tone; bold?: boolean; opacity?: number; dash?: string }
): Mark[] {
  const label: TextMark = {
    id: `node-${b.id}-label`,
    kind: 'text',
    x: b.cx,
    y: b.cy,
    baseline: 'middle',
    anchor: 'middle',
    text: b.label,
    size: font,
    fill: 'ink',
    weight: opts.bold ? 'bold' : 'normal',
    opacity: opts.opacity
  };
  return [
    {
      id: `node-${b.id}`,
      kind: 'rect',
      x: b.cx - b.w / 2,
      y: b.cy - b.h / 2,
      width: b.w,
      height: b.h,
      rx: b.h / 2,
      fill: opts.fill ?? 'paper',
      stroke: opts.stroke,
      strokeWidth: opts.bold ? 2 : 1.25,
      dash: opts.dash,
      opacity: opts.opacity
    },
    label
  ];
}

/** Rough overlap test for two text marks (used by tests and to nudge labels). */
export function textBounds(m: TextMark): { x0: number; x1: number; y0: number; y1: number } {
  const w = textWidth(m.text, m.size);
  const x0 = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
  const base =
    m.baseline === 'middle' ? m.y + 0.35 * m.size : m.baseline === 'hanging' ? m.y + 0.8 * m.size : m.y;
  return { x0, x1: x0 + w, y0: base - 0.75 * m.size, y1: base + 0.25 * m.size };
}
