import { scaleLinear } from 'd3-scale';
import { xLabels, yGrid } from '$lib/charts/axes';
import { frame, header, legendRow } from '$lib/charts/frame';
import { clearOf, keepClear } from '$lib/charts/labels';
import { num } from '$lib/charts/format';
import { dot, line, text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size, TextMark } from '$lib/charts/types';
import { episode, monthLabel, yearOf, type CapeData, type CapeRow } from './data';
import type { CapeState, Episode } from './states';
import { stringsFor } from './strings';

export const Y_MAX = 46;
/** CAPE level of a 'low' label's first baseline: under every month since 1935, above the axis. */
const LOW_LABEL_AT = 4.2;
/** Where each episode's labels sit beside their points (see episode() in data.ts for the text). */
const SIDES: Record<Episode, { points: Record<string, Side>; short: 'left' | 'right' }> = {
  'crash-1929': { points: { peak: 'right', low: 'right' }, short: 'right' },
  'dot-com': { points: { peak: 'left' }, short: 'left' },
  'peak-2021': { points: { peak: 'left' }, short: 'left' },
  'ai-era': { points: { peak: 'below', end: 'low' }, short: 'left' }
};

/**
 * Where a label sits: beside the point; below it to the left (clear of a level line drawn back
 * from the point); or low in the plot under it, joined by a leader line.
 */
type Side = 'left' | 'right' | 'below' | 'low';

/**
 * One line over 140 years, always on the same axes (the steps never rescale, so the eye can
 * compare heights), with an episode drawn in the accent tone and its numbers labelled.
 */
export function layout(data: CapeData, state: Resolved<CapeState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const t = stringsFor(state.locale);
  const month = (date: string) => monthLabel(date, state.locale);
  const head = header(f, t.title, f.compact ? t.subtitleShort : t.subtitle(month(data.last.date)), {
    subtitleSize: 'small'
  });
  const marks: Mark[] = [...head.marks];

  // The average is named in a legend line, so its label never sits on the data.
  const legendY = head.bottom + fs.small * 1.3;
  if (state.mean) {
    const dashed = (id: string, cx: number, cy: number): Mark[] => [
      { id, kind: 'line', x1: cx - 6, x2: cx + 14, y1: cy, y2: cy, stroke: 'ink', dash: '5 4' }
    ];
    const text = t.average(data.first.date.slice(0, 4), data.last.date.slice(0, 4), num(data.mean, 1));
    marks.push(
      ...legendRow([{ id: 'mean-label', text, swatch: dashed }], {
        x: pad,
        y: legendY,
        maxWidth: f.inner.width,
        size: fs.small,
        swatchWidth: 28
      }).marks
    );
  }

  const plotTop = legendY + fs.small * 1.6;
  const plotBottom = f.bottom - fs.small * 1.6;
  const x = scaleLinear()
    .domain([yearOf(data.first.date), yearOf(data.last.date)])
    .range([pad, f.right - 4]);
  const y = scaleLinear().domain([0, Y_MAX]).range([plotBottom, plotTop]);

  if (state.mean) {
    const my = y(data.mean);
    marks.push(line('mean-line', pad, my, f.right, my, 'ink', { strokeWidth: 1, dash: '5 4' }));
  }
  marks.push(
    ...yGrid('grid', y, { x0: pad, x1: f.right, values: [0, 10, 20, 30, 40], format: String, size: fs.small })
  );
  // On a phone a 2000 label would collide with the end-of-data label.
  const tickYears = f.narrow ? [1900, 1925, 1950, 1975] : [1900, 1925, 1950, 1975, 2000];
  // Axis labels are placed last: where an annotation sits on one, the tick gives way.
  const xTicks = xLabels(
    'year',
    tickYears.map((yr) => ({ key: String(yr), x: x(yr), text: String(yr) })),
    { y: plotBottom + fs.small * 1.4, size: fs.small }
  );
  for (const yr of tickYears) {
    marks.push(line(`tick-${yr}`, x(yr), plotBottom, x(yr), plotBottom + 4, 'grid'));
  }
  // Where the data stop, on the axis itself.
  const endX = x(yearOf(data.last.date));
  marks.push(line('tick-end', endX, plotBottom, endX, plotBottom + 4, 'ink'));
  // Where the data stop, named under the axis (it gives way like the ticks: at the last step the
  // end-of-data label says it).
  xTicks.push(
    text('year-end', f.right, plotBottom + fs.small * 1.4, month(data.last.date), fs.small, {
      anchor: 'end'
    })
  );

  const point = (r: CapeRow): [number, number] => [x(yearOf(r.date)), y(r.cape)];
  marks.push({
    id: 'cape-line',
    kind: 'path',
    points: data.rows.map(point),
    stroke: state.focus ? 'muted' : 'ink',
    strokeWidth: 1.2,
    fill: 'none'
  });

  // Always say where the data stop.
  const [ex, ey] = point(data.last);
  marks.push({ id: 'end-dot', kind: 'circle', cx: ex, cy: ey, r: 3, fill: 'ink' });

  const focus: Mark[] = [];
  if (state.focus) {
    const spec = episode(data, state.focus, state.locale);
    const seg = data.rows.filter((r) => r.date >= spec.from && r.date <= spec.to);
    focus.push({
      id: `focus-${state.focus}`,
      kind: 'path',
      points: seg.map(point),
      stroke: 'accent',
      strokeWidth: 2.2,
      fill: 'none'
    });
    // A high not seen for years: its level drawn back, dotted, to the last month that stood higher.
    if (spec.level) {
      const [lx0] = point(spec.level.since);
      const [lx1, ly] = point(spec.level.row);
      focus.push(
        line(`focus-${state.focus}-level`, lx0, ly, lx1, ly, 'accent', { dash: '2 3', strokeWidth: 1.5 })
      );
      focus.push(dot(`focus-${state.focus}-since-dot`, lx0, point(spec.level.since)[1], 2.5, 'accent'));
    }
    for (const p of spec.points) {
      const [px, py] = point(p.row);
      focus.push(dot(`focus-${state.focus}-${p.key}-dot`, px, py, 3.5, 'accent'));
      const where = SIDES[state.focus].points[p.key]!;
      if (where === 'low') {
        const ly = y(LOW_LABEL_AT);
        focus.push(line(`focus-${state.focus}-${p.key}-leader`, px, py + 5, px, ly - fs.label * 1.1, 'ink'));
        const labelSize = f.narrow ? fs.small : fs.label;
        focus.push(
          ...side(`focus-${state.focus}-${p.key}-label`, p.text, px, ly, 'low', labelSize, 'ink', 'bold')
        );
      } else {
        focus.push(
          ...side(`focus-${state.focus}-${p.key}-label`, p.text, px, py, where, fs.label, 'ink', 'bold')
        );
      }
    }
  }

  // Earlier episodes keep a quiet label, unless it would sit on one of the focus labels.
  for (const ep of state.keep) {
    if (ep === state.focus) continue;
    const s = episode(data, ep, state.locale).short;
    const [px, py] = point(s.row);
    marks.push({ id: `kept-${ep}-dot`, kind: 'circle', cx: px, cy: py, r: 2.5, fill: 'muted' });
    const label = side(`kept-${ep}-label`, s.text, px, py, SIDES[ep].short, fs.small, 'muted');
    if (clearOf(label, focus)) marks.push(...label);
  }
  marks.push(...focus);
  marks.push(...keepClear(xTicks, marks));
  return { width: size.width, height: size.height, marks };
}

/**
 * A label beside a point: one text mark per line (split at "\n"), ids `${id}-0`, `${id}-1`, …
 * Left/right labels are centred vertically on the point; low ones hang from `py` (first baseline).
 */
function side(
  id: string,
  content: string,
  px: number,
  py: number,
  where: Side,
  size: number,
  fill: TextMark['fill'],
  weight?: 'bold'
): TextMark[] {
  const lines = content.split('\n');
  const lh = size * 1.2;
  const x = where === 'right' ? px + 7 : where === 'left' || where === 'below' ? px - 7 : px;
  const y0 = where === 'low' ? py : where === 'below' ? py + size * 1.2 : py - ((lines.length - 1) * lh) / 2;
  return lines.map((l, i) =>
    text(`${id}-${i}`, x, y0 + i * lh, l, size, {
      fill,
      anchor: where === 'right' ? 'start' : 'end',
      weight,
      baseline: where === 'low' || where === 'below' ? 'alphabetic' : 'middle',
      halo: true
    })
  );
}
