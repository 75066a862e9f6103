import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { yGrid } from '$lib/charts/axes';
import { bracket, frame, header, legendRow, type LegendItem } from '$lib/charts/frame';
import { pct, times, usdBn } from '$lib/charts/format';
import { textBox, textWidth } from '$lib/charts/text';
import { dot, line, rect, text } from '$lib/charts/marks';
import { clearOf, coveredPoints, keepClear } from '$lib/charts/labels';
import type { Mark, Resolved, Scene, Size, TextMark } from '$lib/charts/types';
import { fiscalYear, H20_CHARGE, NEW_SEGMENTS_FY, yearMargin, yearTotal, type Quarter } from './data';
import type { NvidiaState } from './states';
import { stringsFor, type Strings } from './strings';

/** ChatGPT's public launch: 30 Nov 2022, a month into NVIDIA's Q4 FY2023 (Oct 31 – Jan 29). */
export const CHATGPT_LAUNCH = '2022-11-30';

/**
 * Bars of data-center revenue per fiscal quarter. The x axis always spans every quarter in the
 * data (the empty right side is the story still to come); the y axis fits what is drawn so far,
 * so each step rescales and earlier bars shrink — the take-off made visible.
 */
export function layout(data: readonly Quarter[], state: Resolved<NvidiaState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const t = stringsFor(state.locale);
  const head = header(
    f,
    t.title,
    f.short ? t.subtitle.short : f.narrow ? t.subtitle.narrow : t.subtitle.full,
    { subtitleSize: 'small' }
  );
  const legend = legendRow(legendItems(data, state, f.compact, t), {
    x: pad,
    y: head.bottom + fs.small * 1.3,
    maxWidth: f.inner.width,
    size: fs.small
  });
  const marks: Mark[] = [...head.marks, ...legend.marks];

  const shown = data.filter((q) => q.quarter_end <= state.through);
  const callout = shown.find((q) => q.quarter_end === state.callout);
  // Room above the bars for what is written over them: a callout (and its ratio) or a bracket.
  // (At least the top gridline's label.)
  const above = fs.label * (state.calloutRatio ? 2.8 : callout || state.yearTotals ? 1.8 : 1.1);
  const plotTop = legend.bottom + above;
  const plotBottom = f.bottom - fs.small * 1.5;

  const y = scaleLinear()
    .domain([0, Math.max(max(shown, (q) => q.data_center_revenue_usd_bn) ?? 0, 1) * 1.12])
    .nice(4)
    .range([plotBottom, plotTop]);
  const ticks = y.ticks(4);
  const gridLabel = (v: number) => usdBn(v, { digits: 0, locale: state.locale });
  // Gridline labels in a gutter left of the bars, the same at every step: as wide as the widest
  // label the last step draws (and at least "$100B"); the margin's percent scale on the right.
  const lastTicks = scaleLinear()
    .domain([0, (max(data, (q) => q.data_center_revenue_usd_bn) ?? 1) * 1.12])
    .nice(4)
    .ticks(4);
  const gutter =
    Math.max(textWidth('$100B', fs.small), ...lastTicks.map((v) => textWidth(gridLabel(v), fs.small))) + 6;
  const left = pad + gutter;
  const right = f.right - (state.margin ? textWidth('100%', fs.small) + 4 : 0);
  const x = scaleBand<string>()
    .domain(data.map((q) => q.quarter_end))
    .range([left, right])
    .paddingInner(0.18)
    .paddingOuter(0.05);
  const grid = yGrid('grid', y, {
    x0: pad,
    x1: right,
    values: ticks.filter((v) => v > 0),
    format: gridLabel,
    size: fs.small
  });
  // Gridline values are placed last, giving way to any annotation that reaches the gutter.
  marks.push(...grid.filter((m) => m.kind !== 'text'));

  // Fiscal-year labels under each group of four quarters, kept inside the plot; a label that
  // would touch the one before (the one-quarter year at the end, on a phone) is left out.
  const years = [...new Set(data.map(fiscalYear))];
  let lastEnd = -Infinity;
  for (const fy of years) {
    const qs = data.filter((q) => fiscalYear(q) === fy);
    const x0 = x(qs[0]!.quarter_end)!;
    const x1 = x(qs[qs.length - 1]!.quarter_end)! + x.bandwidth();
    const name = t.fiscalYear(fy, f.narrow);
    const w = textWidth(name, fs.small);
    const cx = Math.min(Math.max((x0 + x1) / 2, left + w / 2), f.right - w / 2);
    marks.push(line(`fy-tick-${fy}`, x0 - 1, plotBottom, x0 - 1, plotBottom + 5, 'grid'));
    if (cx - w / 2 < lastEnd + 4) continue;
    lastEnd = cx + w / 2;
    marks.push(
      text(`fy-${fy}`, cx, plotBottom + fs.small * 1.2, name, fs.small, { fill: 'muted', anchor: 'middle' })
    );
  }
  marks.push({ id: 'baseline', kind: 'line', x1: left, x2: right, y1: y(0), y2: y(0), stroke: 'muted' });

  for (const q of data) {
    const visible = q.quarter_end <= state.through;
    const v = q.data_center_revenue_usd_bn;
    marks.push(
      rect(
        `bar-${q.quarter_end}`,
        x(q.quarter_end)!,
        visible ? y(v) : y(0),
        x.bandwidth(),
        visible ? y(0) - y(v) : 0,
        state.margin ? 'accent-soft' : 'accent',
        { opacity: visible ? (callout && callout !== q && !state.margin ? 0.75 : 1) : 0 }
      )
    );
  }

  // ChatGPT launch: inside the Q4 FY2023 band, in proportion to the days elapsed (named in the legend).
  if (state.chatgpt) {
    const q4 = data.find((q) => q.quarter_end >= CHATGPT_LAUNCH)!;
    const qStart = data[data.indexOf(q4) - 1]!.quarter_end;
    const frac = daysBetween(qStart, CHATGPT_LAUNCH) / daysBetween(qStart, q4.quarter_end);
    const cx = x(q4.quarter_end)! + frac * x.bandwidth();
    marks.push(
      line('chatgpt-line', cx, plotTop - fs.small * 0.5, cx, plotBottom, 'ink', {
        strokeWidth: 1.25,
        dash: '4 3'
      })
    );
  }

  // Callout: the value of one quarter above its bar, and at the take-off its multiple of the one before.
  if (callout) {
    const cx = x(callout.quarter_end)! + x.bandwidth() / 2;
    const lines = [
      t.callout(
        t.quarterShort(callout.fiscal_quarter),
        usdBn(callout.data_center_revenue_usd_bn, { locale: state.locale })
      )
    ];
    const prev = data[data.indexOf(callout) - 1];
    if (prev && state.calloutRatio) {
      lines.unshift(
        t.ratio(times(callout.data_center_revenue_usd_bn / prev.data_center_revenue_usd_bn, 1, state.locale))
      );
    }
    const by = y(callout.data_center_revenue_usd_bn) - 6;
    lines.forEach((content, i) => {
      const bold = i === lines.length - 1;
      const size = bold ? fs.label : fs.small;
      const w = textWidth(content, size, bold ? 'bold' : 'normal');
      marks.push(
        text(
          bold ? 'callout' : 'callout-sub',
          Math.min(Math.max(cx, left + w / 2), f.right - w / 2),
          by - (lines.length - 1 - i) * fs.label * 1.3,
          content,
          size,
          { anchor: 'middle', weight: bold ? 'bold' : undefined, halo: true }
        )
      );
    });
  }

  // Fiscal-year totals: FY2023 against the latest complete year.
  if (state.yearTotals) {
    const complete = years.filter((fy) => yearTotal(shown, fy) !== null);
    const first = complete[0]!;
    const last = complete[complete.length - 1]!;
    for (const fy of [first, last]) {
      const qs = data.filter((q) => fiscalYear(q) === fy);
      const total = yearTotal(shown, fy)!;
      marks.push(
        ...bracket(`total-${fy}`, {
          x0: x(qs[0]!.quarter_end)!,
          x1: x(qs[3]!.quarter_end)! + x.bandwidth(),
          y: y(max(qs, (q) => q.data_center_revenue_usd_bn)!) - fs.label * 0.6,
          text:
            fy === last
              ? t.yearTotalVs(
                  fy,
                  usdBn(total, { locale: state.locale }),
                  times(total / yearTotal(shown, first)!, 0, state.locale),
                  first
                )
              : t.yearTotal(fy, usdBn(total, { locale: state.locale })),
          size: fs.label,
          left,
          right: f.right
        }).marks
      );
    }
  }

  // From FY2027 NVIDIA reports Data Center under new segment definitions: a dotted rule before
  // its first quarter, named just above the bars to its left, so the newest bars are not read as
  // strictly comparable with the older ones. (Left out where it would meet another label.)
  const firstNew = data.find((q) => fiscalYear(q) === NEW_SEGMENTS_FY);
  if (state.segments && firstNew && firstNew.quarter_end <= state.through) {
    const bx = x(firstNew.quarter_end)! - (x.step() * x.paddingInner()) / 2;
    const w = textWidth(t.newSegments, fs.small);
    const under = shown.filter(
      (q) => x(q.quarter_end)! + x.bandwidth() >= bx - 4 - w && q.quarter_end < firstNew.quarter_end
    );
    const top = y(max(under, (q) => q.data_center_revenue_usd_bn) ?? 0);
    const rule = line('segments-line', bx, top - fs.small * 1.6, bx, plotBottom, 'muted', { dash: '2 3' });
    const label = text('segments-label', bx - 4, top - fs.small * 0.6, t.newSegments, fs.small, {
      fill: 'muted',
      anchor: 'end',
      halo: true
    });
    if (clearOf([label], marks)) marks.push(rule, label);
  }

  // GAAP gross margin on a 0–100% scale at the right, labelled directly.
  if (state.margin) {
    const yPct = scaleLinear().domain([0, 100]).range([plotBottom, plotTop]);
    const pts = shown.map(
      (q) => [x(q.quarter_end)! + x.bandwidth() / 2, yPct(q.gaap_gross_margin_pct)] as const
    );
    marks.push({ id: 'margin-line', kind: 'path', points: pts, stroke: 'contrast', strokeWidth: 2.5 });
    shown.forEach((q, i) =>
      marks.push(dot(`margin-dot-${q.quarter_end}`, pts[i]![0], pts[i]![1], 3, 'contrast'))
    );
    for (const v of [0, 50, 100]) {
      marks.push(
        text(
          `pct-axis-${v}`,
          f.right,
          yPct(v) + fs.small * (v === 100 ? 0.7 : v === 0 ? -0.2 : 0.35),
          pct(v),
          fs.small,
          { fill: 'contrast', anchor: 'end' }
        )
      );
    }
    const dip = shown.find((q) => q.quarter_end === H20_CHARGE.quarter_end);
    if (dip) {
      const [dx, dy] = pts[shown.indexOf(dip)]!;
      const words = t.marginDip(
        pct(dip.gaap_gross_margin_pct, 1),
        usdBn(H20_CHARGE.usd_bn, { locale: state.locale })
      );
      // Under the dip, reaching left; where that would hide other quarters' dots (a narrow
      // frame), reaching right, centred, or lower.
      const dots = shown.map((q, i) => ({ key: q.quarter_end, x: pts[i]![0], y: pts[i]![1], r: 3 }));
      const candidates = [1.5, 2.6, 3.7].flatMap((down) =>
        (['end', 'start', 'middle'] as const).map((anchor) =>
          text('margin-dip', dx, dy + fs.small * down, words, fs.small, {
            fill: 'contrast',
            anchor,
            halo: true
          })
        )
      );
      const fits = (m: TextMark) => {
        const b = textBox(m);
        return b.x0 >= pad && b.x1 <= right && !coveredPoints([m], dots).length;
      };
      const label = candidates.find(fits) ?? candidates[0]!;
      // Lower than its first place: a leader from the dip keeps them together.
      if (label.y > candidates[2]!.y) {
        marks.push(
          line('margin-dip-leader', dx, dy + 4, dx, textBox(label).y0 - 1, 'contrast', { strokeWidth: 0.75 })
        );
      }
      marks.push(label);
    }
    // The last quarter's margin, over its dot (the compact legend has no room for it).
    const lastQ = shown.at(-1)!;
    const [lx, ly] = pts.at(-1)!;
    marks.push(
      text(
        'margin-last',
        lx,
        ly - fs.small * 0.8,
        t.marginLast(pct(lastQ.gaap_gross_margin_pct, 1)),
        fs.small,
        {
          fill: 'contrast',
          anchor: 'end',
          weight: 'bold',
          halo: true
        }
      )
    );
  }
  marks.push(
    ...keepClear(
      grid.filter((m) => m.kind === 'text'),
      marks
    )
  );
  return { width: size.width, height: size.height, marks };
}

/** The legend: the ChatGPT line, and in the last step the margin line with its key numbers. */
function legendItems(
  data: readonly Quarter[],
  state: NvidiaState,
  compact: boolean,
  t: Strings
): LegendItem[] {
  const items: LegendItem[] = [];
  if (state.chatgpt) {
    items.push({
      id: 'legend-chatgpt',
      text: t.legendChatgpt,
      swatch: (id, cx, cy) => [
        {
          id,
          kind: 'line',
          x1: cx,
          x2: cx,
          y1: cy - 6,
          y2: cy + 6,
          stroke: 'ink',
          strokeWidth: 1.25,
          dash: '4 3'
        }
      ]
    });
  }
  if (state.margin) {
    const latest = data.filter((q) => q.quarter_end <= state.through).at(-1)!;
    const first = pct(yearMargin(data, 2023)!, 1);
    const last = pct(yearMargin(data, 2026)!, 1);
    items.push({
      id: 'legend-margin',
      text: compact
        ? t.legendMarginShort(first, last)
        : t.legendMargin(
            first,
            last,
            t.quarterShort(latest.fiscal_quarter),
            pct(latest.gaap_gross_margin_pct, 1)
          ),
      fill: 'contrast',
      swatch: (id, cx, cy) => [
        { id, kind: 'line', x1: cx - 6, x2: cx + 6, y1: cy, y2: cy, stroke: 'contrast', strokeWidth: 2.5 }
      ]
    });
  }
  return items;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}
