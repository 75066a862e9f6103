import { line, text } from './marks';
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
import { textWidth } from './text';
import type { Mark } from './types';

type Continuous = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

/**
 * Horizontal gridlines with labels at the left, for a value axis. Ids are stable per tick value
 * (`${id}-${value}`) so gridlines tween when the domain changes. On a plot too short to label
 * every line, a label is left out where it would touch the one below it (the line stays).
 */
export function yGrid(
  id: string,
  y: Continuous,
  opts: {
    x0: number;
    x1: number;
    ticks?: number;
    format: (v: number) => string;
    size: number;
    values?: number[];
  }
): Mark[] {
  const values = opts.values ?? (y.ticks(opts.ticks ?? 5) as number[]);
  const marks: Mark[] = [];
  let lastLabel = Infinity;
  for (const v of [...values].sort((a, b) => y(b) - y(a))) {
    const py = y(v);
    marks.push(line(`${id}-line-${v}`, opts.x0, py, opts.x1, py, 'grid', { strokeWidth: v === 0 ? 1.5 : 1 }));
    if (lastLabel - py < opts.size * 1.25) continue;
    lastLabel = py;
    marks.push(
      text(`${id}-label-${v}`, opts.x0, py - 4, opts.format(v), opts.size, { fill: 'muted', halo: true })
    );
  }
  return marks;
}

/**
 * Tick labels under a horizontal axis at the given positions (ids `${id}-${key}`). With
 * `bounds`, a centred label near an edge moves inward so it stays inside [left, right] px.
 */
export function xLabels(
  id: string,
  ticks: readonly { key: string; x: number; text: string }[],
  opts: { y: number; size: number; anchor?: 'start' | 'middle' | 'end'; bounds?: readonly [number, number] }
): Mark[] {
  const clamp = (t: { x: number; text: string }) => {
    if (!opts.bounds || (opts.anchor ?? 'middle') !== 'middle') return t.x;
    const half = textWidth(t.text, opts.size) / 2;
    return Math.min(Math.max(t.x, opts.bounds[0] + half), opts.bounds[1] - half);
  };
  return ticks.map((t) => ({
    id: `${id}-${t.key}`,
    kind: 'text' as const,
    x: clamp(t),
    y: opts.y,
    text: t.text,
    size: opts.size,
    fill: 'muted' as const,
    anchor: opts.anchor ?? 'middle'
  }));
}
