import { max, sum } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack, stackOffsetDiverging } from 'd3-shape';
import { xLabels, yGrid } from '$lib/charts/axes';
import { bracket, frame, header, legendRow, lineCount, type Frame, type LegendItem } from '$lib/charts/frame';
import { num, pct, signedPct } from '$lib/charts/format';
import { textBlock } from '$lib/charts/text';
import { line, rect, text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { FIRST, H1, type GrowthData, type PeriodSummary, type QuarterPoint } from './data';
import type { GrowthState } from './states';
import { strings } from './strings';
import type { Locale } from '$lib/locale';

export const Y_DOMAIN = [-3, 5] as const;

/**
 * How much the panel under the plot says, from most to least: 'full' (heading, bar, a line on
 * everything else, the long caveat), 'compact' (the key numbers folded into the heading, the
 * short caveat) and 'inline' (the heading written inside its bar). The layout takes the first
 * form that leaves the plot at least MIN_PLOT[form] px tall.
 */
type PanelForm = 'full' | 'compact' | 'inline';
const MIN_PLOT: Record<PanelForm, number> = { full: 200, compact: 110, inline: 0 };

interface PanelRow {
  id: string;
  summary: PeriodSummary;
  head: string;
  foot: string;
}

/** The period bars under the plot, worded for a panel form. */
function panelRows(data: GrowthData, state: GrowthState, form: PanelForm, locale: Locale): PanelRow[] {
  const t = strings[locale];
  const rows: PanelRow[] = [];
  const { h1: h, year2025: y } = data;
  const it = (p: PeriodSummary) => pct(p.itSharePct, 0, locale);
  const g = (v: number) => signedPct(v, 1, locale);
  if (state.h1) {
    rows.push({
      id: 'h1',
      summary: h,
      head: {
        full: t.h1.full(g(h.growth)),
        compact: t.h1.compact(g(h.growth), g(h.growthExIt)),
        inline: t.h1.inline(it(h), g(h.growth))
      }[form],
      foot: form === 'full' ? t.h1.foot(pct(100 - h.itSharePct, 0, locale), g(h.growthExIt)) : ''
    });
  }
  if (state.caveats) {
    rows.push({
      id: 'y2025',
      summary: y,
      head: {
        full: t.year.full(g(y.growth)),
        compact: t.year.full(g(y.growth)),
        inline: t.year.inline(it(y), g(y.growth))
      }[form],
      foot: form === 'full' ? t.year.foot(pct(100 - y.itSharePct, 0, locale)) : ''
    });
  }
  return rows;
}

/** The caveat under the chart, long or short. */
function caveatText(data: GrowthData, form: PanelForm, locale: Locale): string {
  const t = strings[locale];
  if (form !== 'full') return t.caveatShort;
  return t.caveat(num(data.h1.beaEquipmentIpp, 1, locale), num(data.h1.growth, 1, locale));
}

/**
 * Quarterly bars of real GDP growth. Split, each bar stacks the part equal to the change in real
 * information-processing investment (accent) and everything else (muted) — positive parts up from
 * zero, negative parts down — with a black tick at the net total. Below, a 100% bar per period
 * shows IT investment's share of that period's growth.
 */
export function layout(data: GrowthData, state: Resolved<GrowthState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const { locale } = state;
  const t = strings[locale];
  const head = header(f, t.title, f.compact ? t.subtitleShort : undefined, { subtitleSize: 'small' });
  // On the card, once the period bars below name IT investment, the legend gives the plot its room.
  const legend =
    f.tiny && (state.h1 || state.caveats)
      ? { marks: [], bottom: head.bottom }
      : legendRow(legendItems(state, f, locale), {
          x: pad,
          y: head.bottom + fs.small * 1.3,
          maxWidth: f.inner.width,
          size: fs.small
        });
  const marks: Mark[] = [...head.marks, ...legend.marks];
  // Headroom over the tallest bars for the H1 bracket's label.
  const plotTop = legend.bottom + fs.small * (state.h1 ? 2 : 1.4);
  const axisH = fs.small * 1.8;

  // The panel under the plot, in the most generous form that leaves the plot tall enough.
  const panelFor = (form: PanelForm) => {
    const barH = form === 'inline' ? fs.small * 1.5 : Math.max(16, fs.label * 1.3);
    const rows = panelRows(data, state, form, locale).map((r) => {
      const headH =
        form === 'inline' ? 0 : lineCount(r.head, f.inner.width, fs.label, 'bold') * fs.label * 1.25;
      const footH = r.foot ? lineCount(r.foot, f.inner.width, fs.small) * fs.small * 1.25 + fs.small : 0;
      return { r, barH, h: headH + barH + fs.small * (form === 'inline' ? 0.3 : 0.5) + footH };
    });
    const caveat = state.caveats ? caveatText(data, form, locale) : '';
    const caveatH = caveat ? lineCount(caveat, f.inner.width, fs.small) * fs.small * 1.25 : 0;
    const height = sum(rows, (r) => r.h) + caveatH;
    return { form, rows, caveat, plotBottom: f.bottom - height - axisH - (rows.length ? fs.small * 0.6 : 0) };
  };
  const panel = (['full', 'compact', 'inline'] as const)
    .map(panelFor)
    .find((p) => p.form === 'inline' || p.plotBottom - plotTop >= MIN_PLOT[p.form])!;
  const { plotBottom } = panel;

  // The plot.
  const quarters = data.quarters.filter((q) => q.quarter >= FIRST && q.quarter <= state.through);
  const yScale = scaleLinear().domain(Y_DOMAIN).range([plotBottom, plotTop]);
  // Gridline labels sit in a gutter left of the first bar.
  const gutter = fs.small * 2.6;
  const x = scaleBand<string>()
    .domain(quarters.map((q) => q.quarter))
    .range([pad + gutter, f.right])
    .paddingInner(0.22)
    .paddingOuter(0.1);
  marks.push(
    ...yGrid('grid', yScale, {
      x0: pad,
      x1: f.right,
      // Every other gridline when the plot is too short to label each one.
      values: yScale(0) - yScale(2) >= fs.small * 1.3 ? [-2, 0, 2, 4] : [0, 4],
      format: (v) => (v === 0 ? '0' : pct(v, undefined, locale)),
      size: fs.small
    })
  );

  // ChatGPT's launch (30 Nov 2022): two thirds of the way through 2022Q4.
  const q4 = x('2022Q4');
  if (q4 !== undefined) {
    const cx = q4 + x.bandwidth() / 2 + (x.step() * 2) / 3 - x.step() / 2;
    marks.push(line('chatgpt-line', cx, plotTop - fs.small * 0.3, cx, plotBottom, 'muted', { dash: '3 3' }));
    marks.push(
      text('chatgpt-label', cx + 4, plotTop + fs.small * 0.6, 'ChatGPT', fs.small, {
        fill: 'muted',
        halo: true
      })
    );
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
    const bar = (part: string, from: number, to: number, fill: Tone): Mark =>
      rect(
        `bar-${part}-${q.quarter}`,
        bx,
        yScale(Math.max(from, to)),
        bw,
        Math.abs(yScale(from) - yScale(to)),
        fill,
        { opacity }
      );
    if (!state.split) {
      marks.push(bar('it', 0, 0, 'accent'), bar('other', 0, q.growth, 'muted'));
      return;
    }
    const [it0, it1] = itPart![i]!;
    const [other0, other1] = otherPart![i]!;
    marks.push(bar('it', it0, it1, 'accent'), bar('other', other0, other1, 'muted'));
    marks.push(
      line(`net-${q.quarter}`, bx - 2, yScale(q.growth), bx + bw + 2, yScale(q.growth), 'ink', {
        strokeWidth: 2.5,
        opacity
      })
    );
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
        return { key: yr, x: (a + b) / 2, text: f.narrow && years.length > 4 ? t.shortYear(yr) : yr };
      }),
      { y: plotBottom + fs.small * 1.3, size: fs.small }
    )
  );

  if (state.h1) {
    const top = max(
      quarters.filter((q) => inH1(q.quarter)),
      (q) => Math.max(q.growth, q.it, 0)
    )!;
    marks.push(
      ...bracket('h1', {
        x0: x(H1[0])!,
        x1: x(H1[1])! + bw,
        y: yScale(top) - 8,
        text: t.h1Bracket,
        size: fs.small,
        left: pad,
        right: f.right
      }).marks
    );
  }

  marks.push(...panelMarks(panel, plotBottom + axisH + fs.small * 0.6, f, locale));
  return { width: size.width, height: size.height, marks };
}

function legendItems(state: GrowthState, f: Frame, locale: Locale): LegendItem[] {
  const t = strings[locale].legend;
  if (!state.split) return [{ id: 'legend-other', text: t.growth, swatch: 'muted' }];
  const net = (id: string, cx: number, cy: number): Mark[] => [
    { id, kind: 'line', x1: cx - 7, x2: cx + 7, y1: cy, y2: cy, stroke: 'ink', strokeWidth: 2.5 }
  ];
  // Short frames keep the legend to one row, in the panel's words.
  const it = f.short ? t.it.short : f.narrow ? t.it.narrow : t.it.full;
  return [
    { id: 'legend-it', text: it, swatch: 'accent' },
    { id: 'legend-other', text: f.short ? t.other.short : t.other.full, swatch: 'muted' },
    { id: 'legend-net', text: f.short ? t.net.short : t.net.full, swatch: net }
  ];
}

/** The period bars from `y` down: each a heading, a 100% bar split at IT's share, a foot line. */
function panelMarks(
  panel: { form: PanelForm; rows: readonly { r: PanelRow; barH: number; h: number }[]; caveat: string },
  y: number,
  f: Frame,
  locale: Locale
): Mark[] {
  const { fs, pad } = f;
  const marks: Mark[] = [];
  const inline = panel.form === 'inline';
  for (const { r, barH, h } of panel.rows) {
    const heading = inline
      ? { marks: [], bottom: y - fs.small * 0.4 }
      : textBlock(`panel-${r.id}-head`, r.head, {
          x: pad,
          y: y + fs.label * 0.8,
          maxWidth: f.inner.width,
          size: fs.label,
          weight: 'bold',
          lineHeight: 1.25
        });
    marks.push(...heading.marks);
    const by = heading.bottom + fs.small * 0.1;
    const share = Math.min(100, Math.max(0, r.summary.itSharePct));
    const itW = (f.inner.width * share) / 100;
    marks.push(
      { id: `panel-${r.id}-it`, kind: 'rect', x: pad, y: by, width: itW, height: barH, fill: 'accent' },
      rect(`panel-${r.id}-other`, pad + itW, by, f.inner.width - itW, barH, 'muted'),
      text(
        `panel-${r.id}-it-label`,
        pad + 6,
        by + barH / 2,
        inline ? r.head : strings[locale].itBar(pct(r.summary.itSharePct, 0, locale)),
        fs.small,
        { fill: 'paper', weight: 'bold', baseline: 'middle' }
      )
    );
    if (r.foot) {
      marks.push(
        ...textBlock(`panel-${r.id}-foot`, r.foot, {
          x: pad,
          y: by + barH + fs.small * 1.2,
          maxWidth: f.inner.width,
          size: fs.small,
          lineHeight: 1.25
        }).marks
      );
    }
    y += h;
  }
  if (panel.caveat) {
    marks.push(
      ...textBlock('caveat', panel.caveat, {
        x: pad,
        y: y + fs.small * 0.8,
        maxWidth: f.inner.width,
        size: fs.small,
        fill: 'muted',
        lineHeight: 1.25
      }).marks
    );
  }
  return marks;
}
