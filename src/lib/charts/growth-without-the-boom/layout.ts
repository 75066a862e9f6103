import { max, sum } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack, stackOffsetDiverging } from 'd3-shape';
import { yGrid, xLabels } from '$lib/charts/axes';
import { fontSizes } from '$lib/charts/frame';
import { num, pct, signedPct } from '$lib/charts/format';
import { textBlock, wrapText } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { FIRST, H1, type GrowthData, type PeriodSummary, type QuarterPoint } from './data';
import type { GrowthState } from './states';

export const Y_DOMAIN = [-3, 5] as const;
/** Below this plot height (px) the panel switches to its compact form. */
const MIN_PLOT = 200;
export const TITLE = 'US real GDP growth by quarter, % at an annual rate';
const LEGEND = {
  total: 'Real GDP growth',
  it: 'Information-processing equipment & software',
  other: 'Everything else',
  net: 'Net growth (total)'
} as const;

/** The caveat under the chart; `compact` is the short form for small frames. */
function caveatText(data: GrowthData, compact = false): string {
  if (compact) return 'Accounting, not cause; imports not netted out.';
  return `Accounting, not cause: the split uses chained 2017 dollars. BEA's own contributions credit all equipment and IP products with ≈${num(data.h1.beaEquipmentIpp, 1)} of the ${num(data.h1.growth, 1)} points in H1 2025. Much of the hardware is imported.`;
}

interface PanelRow {
  id: string;
  summary: PeriodSummary;
  head: string;
  foot: string;
}

/**
 * The period bars under the plot. `compact` (small frames) folds the key number of each foot line
 * into the heading and drops the foot lines.
 */
function panelRows(data: GrowthData, state: Resolved<GrowthState>, compact = false): PanelRow[] {
  const rows: PanelRow[] = [];
  const h = data.h1;
  const y = data.year2025;
  if (state.h1) {
    rows.push({
      id: 'h1',
      summary: h,
      head: compact
        ? `H1 2025: GDP ${signedPct(h.growth)} a year, without IT ${signedPct(h.growthExIt)}`
        : `First half of 2025: GDP ${signedPct(h.growth)} a year`,
      foot: compact
        ? ''
        : `Everything else: ${pct(100 - h.itSharePct, 0)} of the growth. GDP without IT investment grew ${signedPct(h.growthExIt)} a year.`
    });
  }
  if (state.caveats) {
    rows.push({
      id: 'y2025',
      summary: y,
      head: `All of 2025 (Q4 on Q4): GDP ${signedPct(y.growth)}`,
      foot: compact ? '' : `Everything else: ${pct(100 - y.itSharePct, 0)} of the growth.`
    });
  }
  return rows;
}

/**
 * Quarterly bars of real GDP growth. Split, each bar stacks the part equal to the change in real
 * information-processing investment (accent) and everything else (muted) — positive parts up from
 * zero, negative parts down — with a black tick at the net total. Below, a 100% bar per period
 * shows IT investment's share of that period's growth.
 */
export function layout(data: GrowthData, state: Resolved<GrowthState>, size: Size): Scene {
  const { width: W, height: H } = size;
  const fs = fontSizes(W);
  const pad = 12;
  const marks: Mark[] = [];
  const innerW = W - 2 * pad;

  const title = textBlock('title', TITLE, {
    x: pad,
    y: pad + fs.title,
    maxWidth: innerW,
    size: fs.title,
    weight: 'bold'
  });
  marks.push(...title.marks);

  // Legend: one swatch and label per line.
  const legend: { id: string; text: string; tone: Tone; kind: 'box' | 'tick' }[] = state.split
    ? [
        { id: 'it', text: LEGEND.it, tone: 'accent', kind: 'box' },
        { id: 'other', text: LEGEND.other, tone: 'muted', kind: 'box' },
        { id: 'net', text: LEGEND.net, tone: 'ink', kind: 'tick' }
      ]
    : [{ id: 'other', text: LEGEND.total, tone: 'muted', kind: 'box' }];
  let y = title.bottom + fs.small * 0.6;
  for (const l of legend) {
    const lines = wrapText(l.text, innerW - 20, fs.small);
    const base = y + fs.small;
    if (l.kind === 'box') {
      marks.push({
        id: `legend-swatch-${l.id}`,
        kind: 'rect',
        x: pad,
        y: base - fs.small * 0.8,
        width: 12,
        height: fs.small * 0.8,
        fill: l.tone
      });
    } else {
      marks.push({
        id: `legend-swatch-${l.id}`,
        kind: 'line',
        x1: pad - 1,
        x2: pad + 13,
        y1: base - fs.small * 0.4,
        y2: base - fs.small * 0.4,
        stroke: l.tone,
        strokeWidth: 2.5
      });
    }
    lines.forEach((line, i) =>
      marks.push({
        id: `legend-${l.id}-${i}`,
        kind: 'text',
        x: pad + 18,
        y: base + i * fs.small * 1.25,
        text: line,
        size: fs.small,
        fill: 'ink'
      })
    );
    y = base + (lines.length - 1) * fs.small * 1.25 + fs.small * 0.45;
  }
  const plotTop = y + fs.small * 1.6;

  // Bottom: the period bars, then the caveat.
  // Bottom: the period bars, then the caveat. On a small frame, use the compact form if the full
  // one would leave the plot too short to read.
  const barH = Math.max(16, fs.label * 1.3);
  const axisH = fs.small * 2;
  const panelFor = (compact: boolean) => {
    const rows = panelRows(data, state, compact).map((r) => {
      const headLines = wrapText(r.head, innerW, fs.label, 'bold');
      const footLines = r.foot ? wrapText(r.foot, innerW, fs.small) : [];
      const footH = footLines.length ? footLines.length * fs.small * 1.25 + fs.small : fs.small * 0.6;
      return { r, headLines, footLines, h: headLines.length * fs.label * 1.25 + barH + 6 + footH };
    });
    const caveat = state.caveats ? wrapText(caveatText(data, compact), innerW, fs.small) : [];
    const caveatH = caveat.length ? caveat.length * fs.small * 1.25 + fs.small * 0.5 : 0;
    const height = sum(rows, (r) => r.h) + caveatH;
    return { rows, caveat, plotBottom: H - pad - height - axisH - (rows.length ? fs.small : 0) };
  };
  const full = panelFor(false);
  const {
    rows: rowLayouts,
    caveat,
    plotBottom
  } = full.plotBottom - plotTop >= MIN_PLOT ? full : panelFor(true);

  // The plot.
  const quarters = data.quarters.filter((q) => q.quarter >= FIRST && q.quarter <= state.through);
  const yScale = scaleLinear().domain(Y_DOMAIN).range([plotBottom, plotTop]);
  const gutter = 34;
  const x = scaleBand<string>()
    .domain(quarters.map((q) => q.quarter))
    .range([pad + gutter, W - pad])
    .paddingInner(0.22)
    .paddingOuter(0.1);
  marks.push(
    ...yGrid('grid', yScale, {
      x0: pad,
      x1: W - pad,
      values: [-2, 0, 2, 4],
      format: (v) => (v === 0 ? '0' : pct(v)),
      size: fs.small
    })
  );

  // ChatGPT's launch (30 Nov 2022): two thirds of the way through 2022Q4.
  const q4 = x('2022Q4');
  if (q4 !== undefined) {
    const cx = q4 + x.bandwidth() / 2 + (x.step() * 2) / 3 - x.step() / 2;
    marks.push({
      id: 'chatgpt-line',
      kind: 'line',
      x1: cx,
      x2: cx,
      y1: plotTop - fs.small * 0.3,
      y2: plotBottom,
      stroke: 'muted',
      dash: '3 3'
    });
    marks.push({
      id: 'chatgpt-label',
      kind: 'text',
      x: cx + 4,
      y: plotTop + fs.small * 0.2,
      text: 'ChatGPT',
      size: fs.small,
      fill: 'muted',
      halo: true
    });
  }

  const bw = x.bandwidth();
  const inH1 = (q: string) => (H1 as readonly string[]).includes(q);
  // Split: positive parts stack up from zero and negative parts down, IT first.
  const [itPart, otherPart] = stack<QuarterPoint, 'it' | 'other'>()
    .keys(['it', 'other'])
    .value((q, key) => q[key])
    .offset(stackOffsetDiverging)(quarters);
  quarters.forEach((q, i) => {
    const bx = x(q.quarter)!;
    const opacity = state.h1 && !state.caveats && !inH1(q.quarter) ? 0.35 : 1;
    const y0 = yScale(0);
    if (!state.split) {
      marks.push(rect(`bar-it-${q.quarter}`, bx, y0, bw, 0, 'accent', opacity));
      marks.push(
        rectBetween(`bar-other-${q.quarter}`, bx, bw, yScale(0), yScale(q.growth), 'muted', opacity)
      );
    } else {
      for (const [part, series, tone] of [
        ['it', itPart!, 'accent'],
        ['other', otherPart!, 'muted']
      ] as const) {
        const [from, to] = series[i]!;
        marks.push(rectBetween(`bar-${part}-${q.quarter}`, bx, bw, yScale(from), yScale(to), tone, opacity));
      }
      marks.push({
        id: `net-${q.quarter}`,
        kind: 'line',
        x1: bx - 2,
        x2: bx + bw + 2,
        y1: yScale(q.growth),
        y2: yScale(q.growth),
        stroke: 'ink',
        strokeWidth: 2.5,
        opacity
      });
    }
  });

  // Year labels, centred under each year's quarters.
  const years = [...new Set(quarters.map((q) => q.quarter.slice(0, 4)))];
  marks.push(
    ...xLabels(
      'year',
      years.map((yr) => {
        const qs = quarters.filter((q) => q.quarter.startsWith(yr));
        const a = x(qs[0]!.quarter)!;
        const b = x(qs[qs.length - 1]!.quarter)! + bw;
        return { key: yr, x: (a + b) / 2, text: yr };
      }),
      { y: plotBottom + fs.small * 1.4, size: fs.small }
    )
  );

  if (state.h1) {
    const a = x(H1[0])!;
    const b = x(H1[1])! + bw;
    const top =
      yScale(
        max(
          quarters.filter((q) => inH1(q.quarter)),
          (q) => Math.max(q.growth, q.it, 0)
        )!
      ) - 8;
    marks.push({
      id: 'h1-bracket',
      kind: 'path',
      points: [
        [a, top + 4],
        [a, top],
        [b, top],
        [b, top + 4]
      ],
      stroke: 'ink',
      strokeWidth: 1.2,
      fill: 'none'
    });
    marks.push({
      id: 'h1-bracket-label',
      kind: 'text',
      x: (a + b) / 2,
      y: top - 4,
      text: 'H1 2025',
      size: fs.small,
      fill: 'ink',
      anchor: 'middle',
      weight: 'bold',
      halo: true
    });
  }

  // Period bars.
  let py = plotBottom + axisH + fs.small;
  for (const { r, headLines, footLines, h } of rowLayouts) {
    headLines.forEach((line, i) =>
      marks.push({
        id: `panel-${r.id}-head-${i}`,
        kind: 'text',
        x: pad,
        y: py + fs.label + i * fs.label * 1.25,
        text: line,
        size: fs.label,
        fill: 'ink',
        weight: 'bold'
      })
    );
    const by = py + headLines.length * fs.label * 1.25 + 4;
    const share = Math.min(100, Math.max(0, r.summary.itSharePct));
    const itW = (innerW * share) / 100;
    marks.push({
      id: `panel-${r.id}-it`,
      kind: 'rect',
      x: pad,
      y: by,
      width: itW,
      height: barH,
      fill: 'accent'
    });
    marks.push({
      id: `panel-${r.id}-other`,
      kind: 'rect',
      x: pad + itW,
      y: by,
      width: innerW - itW,
      height: barH,
      fill: 'muted'
    });
    const label = `IT investment: ${pct(r.summary.itSharePct, 0)}`;
    marks.push({
      id: `panel-${r.id}-it-label`,
      kind: 'text',
      x: pad + 6,
      y: by + barH / 2,
      baseline: 'middle',
      text: label,
      size: fs.small,
      fill: 'paper',
      weight: 'bold'
    });
    footLines.forEach((line, i) =>
      marks.push({
        id: `panel-${r.id}-foot-${i}`,
        kind: 'text',
        x: pad,
        y: by + barH + 4 + fs.small + i * fs.small * 1.25,
        text: line,
        size: fs.small,
        fill: 'ink'
      })
    );
    py += h;
  }
  caveat.forEach((line, i) =>
    marks.push({
      id: `caveat-${i}`,
      kind: 'text',
      x: pad,
      y: py + fs.small + i * fs.small * 1.25,
      text: line,
      size: fs.small,
      fill: 'muted'
    })
  );

  return { width: W, height: H, marks };
}

function rect(
  id: string,
  x: number,
  y: number,
  width: number,
  height: number,
  fill: Tone,
  opacity: number
): Mark {
  return { id, kind: 'rect', x, y, width, height, fill, opacity };
}

function rectBetween(
  id: string,
  x: number,
  width: number,
  ya: number,
  yb: number,
  fill: Tone,
  opacity: number
): Mark {
  return rect(id, x, Math.min(ya, yb), width, Math.abs(yb - ya), fill, opacity);
}
