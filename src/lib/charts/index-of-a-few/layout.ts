import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { xLabels, yGrid } from '$lib/charts/axes';
import { fontSizes } from '$lib/charts/frame';
import { pct } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { placeLabels, type LabelRequest } from '$lib/charts/labels';
import { labelOf, point, visiblePoints, WINDOWS, type Point, type PointData } from './data';
import type { ConcentrationState } from './states';

export const Y_DOMAIN: [number, number] = [8, 45];
export const DOTCOM_PEAK_ID = 'goldman-2000';

/**
 * Published data points on the concentration of the S&P 500 (and, before 1957, a reconstructed
 * US market), each from its own provider. Drawn as points only — never joined — because no
 * continuous public series exists; each named point carries its provider.
 */
export function layout(data: PointData, state: Resolved<ConcentrationState>, size: Size): Scene {
  const f = fontSizes(size.width);
  const pad = Math.max(10, Math.min(20, size.width * 0.03));
  const marks: Mark[] = [];
  const w = size.width - 2 * pad;

  const title = textBlock(
    'title',
    state.measures.includes('mag7')
      ? 'The largest stocks’ share of the S&P 500'
      : 'Share of the S&P 500 held by its 10 largest stocks',
    { x: pad, y: pad + f.title, maxWidth: w, size: f.title, weight: 'bold' }
  );
  marks.push(...title.marks);
  const sub = textBlock(
    'subtitle',
    'Published points from different providers, not one series: the dots are not joined.',
    {
      x: pad,
      y: title.bottom + f.small * 1.3,
      maxWidth: w,
      size: f.small,
      fill: 'muted'
    }
  );
  marks.push(...sub.marks);

  // Legend: shape tells the measure (only needed once there is more than one kind of point).
  let ly = sub.bottom + f.small * 1.6;
  const legend: { id: Point['measure']; text: string }[] =
    state.measures.length > 1 ? [{ id: 'top10', text: '10 largest stocks' }] : [];
  if (state.measures.includes('mag7')) legend.push({ id: 'mag7', text: 'Magnificent 7' });
  if (state.measures.includes('mag7-mcap'))
    legend.push({ id: 'mag7-mcap', text: 'Mag 7, total market cap (derived)' });
  let lx = pad + 5;
  for (const l of legend) {
    const wText = textWidth(l.text, f.small) + 26;
    if (lx + wText > size.width - pad) {
      lx = pad + 5;
      ly += f.small * 1.5;
    }
    marks.push(
      shape(
        `legend-${l.id}`,
        l.id,
        lx,
        ly - f.small * 0.35,
        4,
        l.id === 'top10' && state.fadeTop10 ? 'muted' : 'ink'
      )
    );
    marks.push({
      id: `legend-${l.id}-text`,
      kind: 'text',
      x: lx + 9,
      y: ly,
      text: l.text,
      size: f.small,
      fill: 'ink'
    });
    lx += wText;
  }

  const top = legend.length ? ly + f.small * 1.8 : sub.bottom + f.small * 1.8;
  const bottom = size.height - pad - f.small * 1.6;
  const [x0, x1] = WINDOWS[state.window];
  const x = scaleLinear()
    .domain([x0, x1])
    .range([pad + 2, size.width - pad - 2]);
  const y = scaleLinear().domain(Y_DOMAIN).range([bottom, top]);

  marks.push(
    ...yGrid('grid', y, {
      x0: pad,
      x1: size.width - pad,
      values: [10, 20, 30, 40],
      format: (v) => pct(v),
      size: f.small
    })
  );
  const ticks =
    state.window === 'long'
      ? [1880, 1920, 1960, 2000]
      : size.width < 480
        ? [1980, 2000, 2020]
        : [1980, 1990, 2000, 2010, 2020];
  marks.push(
    ...xLabels(
      'year',
      ticks.map((t) => ({ key: String(t), x: x(t), text: String(t) })),
      { y: bottom + f.small * 1.4, size: f.small }
    )
  );
  marks.push({
    id: 'x-axis',
    kind: 'line',
    x1: pad,
    x2: size.width - pad,
    y1: bottom,
    y2: bottom,
    stroke: 'grid'
  });

  if (state.band) {
    const decade = data.filter((d) => d.provider === 'Finaeon/S&P/Citi' && d.year <= 2010);
    const [lo, hi] = extent(decade, (d) => d.value_pct) as [number, number];
    marks.push({
      id: 'band',
      kind: 'rect',
      x: x(1880),
      y: y(hi),
      width: x(2010) - x(1880),
      height: y(lo) - y(hi),
      fill: 'faint'
    });
    marks.push(
      ...textBlock('band-label', `1880–2010: always between ${pct(lo)} and ${pct(hi)}`, {
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
    marks.push({
      id: 'dotcom-line',
      kind: 'line',
      x1: pad,
      x2: size.width - pad,
      y1: y(peak.value_pct),
      y2: y(peak.value_pct),
      stroke: 'warn',
      dash: '5 4'
    });
    marks.push({
      id: 'dotcom-label',
      kind: 'text',
      x: pad,
      y: y(peak.value_pct) - 5,
      text: `dot-com peak, ${pct(peak.value_pct)}`,
      size: f.small,
      fill: 'warn',
      halo: true
    });
  }

  const visible = visiblePoints(data, state);
  // Short frames name fewer points: the first ones listed in states.ts, as many as fit.
  const lhProbe = f.label * 1.2;
  const roomFor = Math.max(2, Math.floor((bottom - top) / (lhProbe * 2 + f.label * 0.35)));
  const named = new Set(state.named.slice(0, roomFor));
  const ordered = [...visible].sort((a, b) => Number(named.has(a.id)) - Number(named.has(b.id)));
  const right = size.width - pad;
  const fitsOneLine = (p: Point) => {
    const cx = x(p.year);
    const wl = textWidth(labelOf(p), f.label) + 14;
    return cx + wl <= right || cx - wl >= pad;
  };
  // On narrow screens a label that fits on neither side of its point breaks into two lines
  // (provider / date and value); then all labels of the frame do, so they space evenly.
  const namedPoints = ordered.filter((p) => named.has(p.id));
  const twoLines = namedPoints.some((p) => !fitsOneLine(p));
  const linesOf = (p: Point) => (twoLines ? [p.provider, `${p.as_of}: ${p.display}`] : [labelOf(p)]);
  const requests: LabelRequest[] = [];
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
    if (isNamed) {
      const lines = linesOf(p);
      const cx = x(p.year);
      const wLabel = max(lines, (l) => textWidth(l, f.label))! + 14;
      const side = cx + wLabel <= right ? 'right' : 'left';
      requests.push({ key: p.id, x: cx, y: y(p.value_pct), text: lines.join('\n'), side });
    }
  }
  const lh = f.label * 1.2;
  const gap = twoLines ? lh * 2 + f.label * 0.35 : f.label * 1.3;
  const placed = placeLabels(requests, {
    gap,
    top: top + f.label * 0.6,
    bottom: bottom - f.label,
    offset: 9
  });
  for (const p of placed) {
    if (p.moved)
      marks.push({
        id: `leader-${p.key}`,
        kind: 'line',
        x1: p.x,
        y1: p.y,
        x2: p.lx,
        y2: p.ly,
        stroke: 'muted',
        strokeWidth: 0.75
      });
    const lines = p.text.split('\n');
    lines.forEach((line, i) => {
      marks.push({
        id: `label-${p.key}-${i}`,
        kind: 'text',
        x: p.lx + (p.side === 'right' ? 2 : -2),
        y: p.ly + (i - (lines.length - 1) / 2) * lh,
        baseline: 'middle',
        text: line,
        size: f.label,
        fill: 'ink',
        weight: i === lines.length - 1 && lines.length > 1 ? 'bold' : undefined,
        anchor: p.side === 'right' ? 'start' : 'end',
        halo: true
      });
    });
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
