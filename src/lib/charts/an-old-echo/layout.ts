import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { yGrid, xLabels } from '$lib/charts/axes';
import { fontSizes } from '$lib/charts/frame';
import { pct, signedPct } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size, TextMark } from '$lib/charts/types';
import { decimalYear, keyQuarters, measureKey, quarterLabel, type EchoData } from './data';
import type { EchoState } from './states';

export const X_DOMAIN: [number, number] = [1990, 2026.25];
export const Y_DOMAIN = { growth: [-15, 25], share: [0, 5.5] } as const;

/**
 * BEA investment in information-processing equipment and software, 1990 to the latest quarter:
 * first its growth on a year earlier (the dot-com peak, then today's rate above it), then the
 * same line re-drawn as a share of GDP. The path keeps its id so it morphs between measures.
 */
export function layout(data: EchoData, state: Resolved<EchoState>, size: Size): Scene {
  const fs = fontSizes(size.width);
  const pad = 16;
  const inner = size.width - 2 * pad;
  const marks: Mark[] = [];
  const growth = state.measure === 'growth';
  const k = measureKey(state.measure);
  // Short frames (a 320 px phone gives the chart about 300 × 320): the page already shows the
  // Scrolly title above the chart, so the chart drops its own and shortens its labels.
  const compact = size.height < 420;

  const t = compact
    ? { marks: [], bottom: pad - fs.label * 0.2 }
    : textBlock('title', 'US investment in tech equipment and software', {
        x: pad,
        y: pad + fs.title,
        maxWidth: inner,
        size: fs.title,
        weight: 'bold'
      });
  const sub = textBlock(
    'subtitle',
    compact
      ? growth
        ? 'Change on a year earlier, % (current dollars)'
        : 'Share of GDP, % (current dollars)'
      : growth
        ? 'BEA’s “information-processing equipment and software”: change on a year earlier, % (current dollars)'
        : 'BEA’s “information-processing equipment and software” as a share of GDP, % (current dollars)',
    { x: pad, y: t.bottom + fs.label * 1.2, maxWidth: inner, size: fs.label, fill: 'muted' }
  );
  marks.push(...t.marks, ...sub.marks);

  const top = sub.bottom + fs.label * 3.2;
  const bottom = size.height - pad - fs.small * 1.6;
  // The plot starts right of the gridline labels so the 1990 end of the line never covers them.
  const x = scaleLinear()
    .domain(X_DOMAIN)
    .range([pad + fs.small * 3, size.width - pad]);
  const y = scaleLinear()
    .domain(growth ? Y_DOMAIN.growth : Y_DOMAIN.share)
    .range([bottom, top]);

  marks.push(
    ...yGrid(growth ? 'grid-growth' : 'grid-share', y, {
      x0: pad,
      x1: size.width - pad,
      values: growth ? [-10, 0, 10, 20] : [0, 1, 2, 3, 4, 5],
      format: (v) => (growth && v !== 0 ? signedPct(v, 0) : pct(v)),
      size: fs.small
    })
  );
  const step = size.width < 520 ? 10 : 5;
  const years: number[] = [];
  for (let yr = 1990; yr <= 2025; yr += step) years.push(yr);
  marks.push(
    ...xLabels(
      'year',
      years.map((yr) => ({ key: String(yr), x: x(yr), text: String(yr) })),
      { y: bottom + fs.small * 1.4, size: fs.small }
    )
  );

  const shown = data.filter((r) => r.date <= state.through);
  marks.push({
    id: 'series',
    kind: 'path',
    points: shown.map((r) => [x(decimalYear(r.date)), y(r[k])] as const),
    stroke: 'accent',
    strokeWidth: 2,
    fill: 'none'
  });

  if (state.annotate !== 'none') {
    const { dotcom, now } = keyQuarters(data, state.measure);
    const m = state.measure;
    const px = x(decimalYear(dotcom.date));
    const py = y(dotcom[k]);
    const fmt = (v: number) => (growth ? signedPct(v) : pct(v, 2));
    if (state.annotate === 'both') {
      marks.push({
        id: `ref-${m}`,
        kind: 'line',
        x1: px,
        x2: size.width - pad,
        y1: py,
        y2: py,
        stroke: 'ink',
        strokeWidth: 1,
        dash: '4 3'
      });
    }
    marks.push({ id: `dot-dotcom-${m}`, kind: 'circle', cx: px, cy: py, r: 4.5, fill: 'ink' });
    marks.push(
      ...label(
        `label-dotcom-${m}`,
        ['Dot-com peak', `${quarterLabel(dotcom.date)}: ${fmt(dotcom[k])}`],
        px,
        py,
        'middle',
        fs.label,
        size.width,
        1
      )
    );
    if (state.annotate === 'both') {
      const nx = x(decimalYear(now.date));
      const ny = y(now[k]);
      marks.push({
        id: `dot-now-${m}`,
        kind: 'circle',
        cx: nx,
        cy: ny,
        r: 4.5,
        fill: 'accent',
        stroke: 'paper',
        strokeWidth: 1.5
      });
      const latest = data[data.length - 1]!;
      const lines = [`${quarterLabel(now.date)}: ${fmt(now[k])}`];
      if (growth && latest.date !== now.date) lines.push(`${quarterLabel(latest.date)}: ${fmt(latest[k])}`);
      marks.push(...label(`label-now-${m}`, lines, nx, ny, 'end', fs.label, size.width, 0, 'accent'));
    }
  }
  return { width: size.width, height: size.height, marks };
}

/** A short stacked label ending just above (px, py), kept inside the frame. */
function label(
  id: string,
  lines: string[],
  px: number,
  py: number,
  anchor: 'middle' | 'end',
  size: number,
  width: number,
  bold: number,
  fill: 'ink' | 'accent' = 'ink'
): TextMark[] {
  const lh = size * 1.25;
  const longest = max(lines, (l, i) => textWidth(l, size, i === bold ? 'bold' : 'normal'))!;
  let lx = anchor === 'end' ? Math.min(px + 6, width - 16) : px;
  if (anchor === 'middle') lx = Math.min(Math.max(lx, 16 + longest / 2), width - 16 - longest / 2);
  return lines.map((text, i) => ({
    id: `${id}-${i}`,
    kind: 'text',
    x: lx,
    y: py - 12 - (lines.length - 1 - i) * lh,
    text,
    size,
    fill,
    anchor,
    weight: i === bold ? 'bold' : 'normal',
    halo: true
  }));
}
