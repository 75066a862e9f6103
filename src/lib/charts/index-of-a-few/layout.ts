import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { xLabels, yGrid } from '$lib/charts/axes';
import { frame, header, legendRow, type LegendItem } from '$lib/charts/frame';
import { pct } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import { line, rect, text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { clearOf, placeLeaderLabels, sideFor, type LabelRequest } from '$lib/charts/labels';
import {
  decadeBand,
  DOTCOM_PEAK_ID,
  labelOf,
  point,
  visiblePoints,
  WINDOWS,
  type Point,
  type PointData
} from './data';
import type { ConcentrationState } from './states';
import { strings } from './strings';

export const Y_DOMAIN: [number, number] = [8, 45];

/**
 * Published data points on the concentration of the S&P 500 (and, before 1957, a reconstructed
 * US market), each from its own provider. Drawn as points only — never joined — because no
 * continuous public series exists; each named point carries its provider.
 */
export function layout(data: PointData, state: Resolved<ConcentrationState>, size: Size): Scene {
  const fr = frame(size);
  const { fs: f, pad } = fr;
  const { locale } = state;
  const t = strings[locale];
  const pc = (v: number) => pct(v, undefined, locale);
  // Before 1957 the points are a reconstructed broad US market, not the S&P 500 (F11).
  const title = state.measures.includes('mag7')
    ? t.title.mag7
    : state.window === 'long'
      ? t.title.long
      : t.title.modern;
  const head = header(fr, title, t.subtitle, { subtitleSize: 'small' });
  const marks: Mark[] = [...head.marks];

  // Legend: shape tells the measure (only needed once there is more than one kind of point).
  const items: LegendItem[] = [];
  const item = (id: Point['measure'], text: string, tone: Tone = 'ink') =>
    items.push({ id: `legend-${id}`, text, swatch: (sid, cx, cy) => [shape(sid, id, cx, cy, 4, tone)] });
  if (state.measures.length > 1) item('top10', t.legend.top10, state.fadeTop10 ? 'muted' : 'ink');
  if (state.measures.includes('mag7')) item('mag7', t.legend.mag7);
  if (state.measures.includes('mag7-mcap')) item('mag7-mcap', t.legend.mcap);
  const legend = items.length
    ? legendRow(items, { x: pad, y: head.bottom + f.small * 1.3, maxWidth: fr.inner.width, size: f.small })
    : { marks: [], bottom: head.bottom };
  marks.push(...legend.marks);

  const top = legend.bottom + f.small * 1.4;
  const bottom = fr.bottom - f.small * 1.6;
  const [x0, x1] = WINDOWS[state.window];
  const x = scaleLinear()
    .domain([x0, x1])
    .range([pad + 2, fr.right - 2]);
  const y = scaleLinear().domain(Y_DOMAIN).range([bottom, top]);

  const grid = yGrid('grid', y, {
    x0: pad,
    x1: fr.right,
    values: [10, 20, 30, 40],
    format: pc,
    size: f.small
  });
  marks.push(...grid.filter((m) => m.kind !== 'text'));
  const gridLabels = grid.filter((m) => m.kind === 'text');
  const ticks =
    state.window === 'long'
      ? [1880, 1920, 1960, 2000]
      : fr.narrow
        ? [1980, 2000, 2020]
        : [1980, 1990, 2000, 2010, 2020];
  marks.push(
    ...xLabels(
      'year',
      ticks.map((t) => ({ key: String(t), x: x(t), text: String(t) })),
      { y: bottom + f.small * 1.4, size: f.small }
    )
  );
  marks.push(line('x-axis', pad, bottom, size.width - pad, bottom, 'grid'));

  if (state.band) {
    const [lo, hi] = decadeBand(data);
    marks.push(rect('band', x(1880), y(hi), x(2010) - x(1880), y(lo) - y(hi), 'faint'));
    marks.push(
      ...textBlock('band-label', t.band(t.bandRange(pc(lo), pc(hi))), {
        x: x(1880) + 4,
        y: y(lo) + f.small * 1.5,
        maxWidth: x(2010) - x(1880),
        size: f.small,
        fill: 'muted'
      }).marks
    );
  }

  if (state.dotcomLine) {
    const peak = point(data, DOTCOM_PEAK_ID);
    marks.push(
      line('dotcom-line', pad, y(peak.value_pct), fr.right, y(peak.value_pct), 'warn', { dash: '5 4' })
    );
  }

  const visible = visiblePoints(data, state);
  // Short frames name fewer points: the first ones listed in states.ts, as many as fit.
  const lhProbe = f.label * 1.2;
  const roomFor = Math.max(2, Math.floor((bottom - top) / (lhProbe * 2 + f.label * 0.35)));
  const named = new Set(state.named.slice(0, roomFor));
  const ordered = [...visible].sort((a, b) => Number(named.has(a.id)) - Number(named.has(b.id)));
  const right = fr.right;
  const fitsOneLine = (p: Point) => {
    const cx = x(p.year);
    const wl = textWidth(labelOf(p, locale), f.label) + 14;
    return cx + wl <= right || cx - wl >= pad;
  };
  // On narrow screens a label that fits on neither side of its point breaks into two lines
  // (provider / date and value); then all labels of the frame do, so they space evenly.
  const namedPoints = ordered.filter((p) => named.has(p.id));
  const twoLines = namedPoints.some((p) => !fitsOneLine(p));
  const linesOf = (p: Point) =>
    twoLines ? [t.provider(p, fr.narrow), t.when(t.asOf(p), t.display(p))] : [labelOf(p, locale)];
  const requests: LabelRequest[] = [];
  // The points in a story tone, which no other point's label may cover.
  const keep: { key: string; x: number; y: number; r: number }[] = [];
  for (const p of ordered) {
    const isNamed = named.has(p.id);
    const faded = state.fadeTop10 && p.measure === 'top10';
    const tone: Tone = faded
      ? 'muted'
      : p.measure === 'top10'
        ? isNamed
          ? 'accent'
          : 'accent-soft'
        : 'contrast';
    const m = shape(`pt-${p.id}`, p.measure, x(p.year), y(p.value_pct), isNamed ? 5 : 3.5, tone);
    marks.push({ ...m, opacity: faded ? 0.35 : 1 });
    if (!faded && tone !== 'accent-soft')
      keep.push({ key: p.id, x: x(p.year), y: y(p.value_pct), r: isNamed ? 5 : 3.5 });
    if (isNamed) {
      const lines = linesOf(p);
      const cx = x(p.year);
      const wLabel = max(lines, (l) => textWidth(l, f.label))! + 14;
      const side = sideFor(cx, wLabel, pad, right);
      requests.push({ key: p.id, x: cx, y: y(p.value_pct), text: lines.join('\n'), side });
    }
  }
  const lh = f.label * 1.2;
  const gap = twoLines ? lh * 2 + f.label * 0.35 : f.label * 1.3;
  marks.push(
    ...placeLeaderLabels(
      requests,
      { gap, top: top + f.label * 0.6, bottom: bottom - f.label, offset: 9 },
      { size: f.label, lineHeight: lh, boldOneLine: false },
      { points: keep, left: pad, right }
    )
  );
  // The dot-com line's label: above it at the left, else at the right, else under it.
  if (state.dotcomLine) {
    const peak = point(data, DOTCOM_PEAK_ID);
    const at = (x: number, dy: number, anchor: 'start' | 'end'): Mark =>
      text(
        'dotcom-label',
        x,
        y(peak.value_pct) + dy,
        (fr.narrow ? t.dotcomShort : t.dotcom)(pc(peak.value_pct)),
        f.small,
        {
          fill: 'warn',
          anchor,
          halo: true
        }
      );
    const options = [at(pad, -5, 'start'), at(fr.right, -5, 'end'), at(pad, f.small + 3, 'start')];
    marks.push(options.find((m) => clearOf([m], marks)) ?? options[0]!);
  }
  // Gridline labels at the left end of their line, else the right end, else left out where
  // the annotations cover both.
  for (const label of gridLabels) {
    const moved: Mark = { ...label, x: fr.right, anchor: 'end' };
    const clear = [label, moved].find((m) => clearOf([m], marks));
    if (clear) marks.push(clear);
  }
  return { width: size.width, height: size.height, marks };
}

/** Filled circle = top 10; filled square = Magnificent 7 weight; hollow square = derived market-cap share. */
function shape(id: string, measure: Point['measure'], cx: number, cy: number, r: number, tone: Tone): Mark {
  if (measure === 'top10')
    return { id, kind: 'circle', cx, cy, r, fill: tone, stroke: 'paper', strokeWidth: 1 };
  if (measure === 'mag7')
    return { id, kind: 'rect', x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, fill: tone };
  return {
    id,
    kind: 'rect',
    x: cx - r,
    y: cy - r,
    width: 2 * r,
    height: 2 * r,
    fill: 'paper',
    stroke: tone,
    strokeWidth: 1.75
  };
}
