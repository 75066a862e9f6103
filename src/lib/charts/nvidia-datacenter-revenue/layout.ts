import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { yGrid } from '$lib/charts/axes';
import { fontSizes } from '$lib/charts/frame';
import { pct, times, usdBn } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size } from '$lib/charts/types';
import { fiscalYear, H20_CHARGE, yearMargin, yearTotal, type Quarter } from './data';
import type { NvidiaState } from './states';

/** ChatGPT's public launch: 30 Nov 2022, a month into NVIDIA's Q4 FY2023 (Oct 31 – Jan 29). */
export const CHATGPT_LAUNCH = '2022-11-30';

const shortQ = (q: Quarter) => q.fiscal_quarter.replace(' FY20', " FY'");

/**
 * Bars of data-center revenue per fiscal quarter. The x axis always spans every quarter in the
 * data (the empty right side is the story still to come); the y axis fits what is drawn so far,
 * so each step rescales and earlier bars shrink — the take-off made visible.
 */
export function layout(data: readonly Quarter[], state: Resolved<NvidiaState>, size: Size): Scene {
  const fs = fontSizes(size.width);
  const narrow = size.width < 480;
  const m = {
    top: fs.label * 4.2,
    right: state.margin ? (narrow ? 30 : 40) : 8,
    bottom: fs.label * 3.2,
    left: 8
  };
  const plotW = size.width - m.left - m.right;
  const plotH = Math.max(80, size.height - m.top - m.bottom);

  const shown = data.filter((q) => q.quarter_end <= state.through);
  const x = scaleBand<string>()
    .domain(data.map((q) => q.quarter_end))
    .range([m.left, m.left + plotW])
    .paddingInner(0.18)
    .paddingOuter(0.05);
  const maxShown = Math.max(max(shown, (q) => q.data_center_revenue_usd_bn) ?? 0, 1);
  const y = scaleLinear()
    .domain([0, maxShown * 1.12])
    .nice(4)
    .range([m.top + plotH, m.top]);

  const marks: Mark[] = [];
  const ticks = y.ticks(4);
  marks.push(
    ...yGrid('grid', y, {
      x0: m.left,
      x1: m.left + plotW,
      values: ticks.filter((v) => v > 0),
      format: (v) => `${usdBn(v, { digits: 0 })}${v === ticks[ticks.length - 1] ? ' a quarter' : ''}`,
      size: fs.small
    })
  );

  // Fiscal-year labels under each group of four quarters.
  const years = [...new Set(data.map(fiscalYear))];
  for (const fy of years) {
    const qs = data.filter((q) => fiscalYear(q) === fy);
    const x0 = x(qs[0]!.quarter_end)!;
    const x1 = x(qs[qs.length - 1]!.quarter_end)! + x.bandwidth();
    marks.push({
      id: `fy-${fy}`,
      kind: 'text',
      x: (x0 + x1) / 2,
      y: m.top + plotH + fs.small * 1.4,
      text: narrow ? `FY${String(fy).slice(2)}` : `FY${fy}`,
      size: fs.small,
      fill: 'muted',
      anchor: 'middle'
    });
    marks.push({
      id: `fy-tick-${fy}`,
      kind: 'line',
      x1: x0 - 1,
      x2: x0 - 1,
      y1: m.top + plotH,
      y2: m.top + plotH + 5,
      stroke: 'grid'
    });
  }
  marks.push({
    id: 'baseline',
    kind: 'line',
    x1: m.left,
    x2: m.left + plotW,
    y1: y(0),
    y2: y(0),
    stroke: 'muted'
  });
  marks.push({
    id: 'fy-note',
    kind: 'text',
    x: m.left,
    y: m.top + plotH + fs.small * 2.8,
    text: narrow
      ? 'Fiscal years end in late January (FY26 ≈ 2025)'
      : 'NVIDIA fiscal years end in late January: FY2026 ≈ calendar 2025',
    size: fs.small,
    fill: 'muted'
  });

  for (const q of data) {
    const visible = q.quarter_end <= state.through;
    const v = q.data_center_revenue_usd_bn;
    const highlighted = state.callout === q.quarter_end;
    marks.push({
      id: `bar-${q.quarter_end}`,
      kind: 'rect',
      x: x(q.quarter_end)!,
      y: visible ? y(v) : y(0),
      width: x.bandwidth(),
      height: visible ? y(0) - y(v) : 0,
      fill: state.margin ? 'accent-soft' : 'accent',
      opacity: visible ? (state.callout && !highlighted && !state.margin ? 0.75 : 1) : 0
    });
  }

  // ChatGPT launch: inside the Q4 FY2023 band, in proportion to the days elapsed.
  if (state.chatgpt) {
    const q4 = data.find((q) => q.quarter_end >= CHATGPT_LAUNCH)!;
    const qStart = data[data.indexOf(q4) - 1]!.quarter_end;
    const frac = daysBetween(qStart, CHATGPT_LAUNCH) / daysBetween(qStart, q4.quarter_end);
    const cx = x(q4.quarter_end)! + frac * x.bandwidth();
    // The label sits just under the top gridline, clear of that gridline's own label.
    const labelY = y(ticks[ticks.length - 1]!) + fs.small * 1.5;
    marks.push({
      id: 'chatgpt-line',
      kind: 'line',
      x1: cx,
      x2: cx,
      y1: labelY - fs.small * 1.1,
      y2: m.top + plotH,
      stroke: 'ink',
      strokeWidth: 1.25,
      dash: '4 3'
    });
    marks.push({
      id: 'chatgpt-label',
      kind: 'text',
      x: cx + 5,
      y: labelY,
      text: 'ChatGPT launch, 30 Nov 2022',
      size: fs.small,
      fill: 'ink',
      halo: true
    });
  }

  // Callout: the value of one quarter, above its bar.
  const callout = shown.find((q) => q.quarter_end === state.callout);
  if (callout) {
    const i = data.indexOf(callout);
    const prev = data[i - 1];
    const cx = x(callout.quarter_end)! + x.bandwidth() / 2;
    const text = `${shortQ(callout)}: ${usdBn(callout.data_center_revenue_usd_bn)}`;
    const w = textWidth(text, fs.label);
    const anchor = cx + w / 2 > size.width - 4 ? 'end' : cx - w / 2 < 4 ? 'start' : 'middle';
    const by = y(callout.data_center_revenue_usd_bn);
    marks.push({
      id: 'callout',
      kind: 'text',
      x: anchor === 'end' ? x(callout.quarter_end)! + x.bandwidth() : cx,
      y: by - 6,
      text,
      size: fs.label,
      weight: 'bold',
      fill: 'ink',
      anchor,
      halo: true
    });
    if (prev && state.calloutRatio) {
      const ratio = callout.data_center_revenue_usd_bn / prev.data_center_revenue_usd_bn;
      marks.push({
        id: 'callout-sub',
        kind: 'text',
        x: anchor === 'end' ? x(callout.quarter_end)! + x.bandwidth() : cx,
        y: by - 6 - fs.label * 1.3,
        text: `${times(ratio, 1)} the quarter before`,
        size: fs.small,
        fill: 'ink',
        anchor,
        halo: true
      });
    }
  }

  // Fiscal-year totals: FY2023 vs the latest complete year.
  if (state.yearTotals) {
    const complete = years.filter((fy) => yearTotal(shown, fy) !== null);
    const first = complete[0]!;
    const last = complete[complete.length - 1]!;
    for (const fy of [first, last]) {
      const qs = data.filter((q) => fiscalYear(q) === fy);
      const x0 = x(qs[0]!.quarter_end)!;
      const x1 = x(qs[3]!.quarter_end)! + x.bandwidth();
      const top = y(max(qs, (q) => q.data_center_revenue_usd_bn)!) - fs.label * 0.8;
      marks.push({
        id: `total-bracket-${fy}`,
        kind: 'path',
        points: [
          [x0, top + 5],
          [x0, top],
          [x1, top],
          [x1, top + 5]
        ],
        stroke: 'ink',
        strokeWidth: 1.25
      });
      const total = yearTotal(shown, fy)!;
      const ratio = fy === last ? ` — ${times(total / yearTotal(shown, first)!)} FY${first}` : '';
      const block = textBlock(`total-label-${fy}`, `FY${fy}: ${usdBn(total)}${ratio}`, {
        x: fy === last ? x1 : x0,
        y: top - 6 - (fy === last && narrow ? fs.label * 1.3 : 0),
        maxWidth: fy === last ? x1 - m.left : plotW,
        size: fs.label,
        weight: 'bold',
        anchor: fy === last ? 'end' : 'start',
        halo: true
      });
      marks.push(...block.marks);
    }
  }

  // GAAP gross margin line on a 0–100% scale, labelled directly.
  if (state.margin) {
    const yPct = scaleLinear()
      .domain([0, 100])
      .range([m.top + plotH, m.top]);
    const pts = shown.map(
      (q) => [x(q.quarter_end)! + x.bandwidth() / 2, yPct(q.gaap_gross_margin_pct)] as const
    );
    marks.push({ id: 'margin-line', kind: 'path', points: pts, stroke: 'contrast', strokeWidth: 2.5 });
    shown.forEach((q, i) =>
      marks.push({
        id: `margin-dot-${q.quarter_end}`,
        kind: 'circle',
        cx: pts[i]![0],
        cy: pts[i]![1],
        r: 3,
        fill: 'contrast'
      })
    );
    for (const v of [0, 50, 100]) {
      marks.push({
        id: `pct-axis-${v}`,
        kind: 'text',
        x: size.width - 2,
        y: yPct(v) + fs.small * 0.35,
        text: `${v}%`,
        size: fs.small,
        fill: 'contrast',
        anchor: 'end'
      });
    }
    const fy23 = yearMargin(data, 2023);
    const fy26 = yearMargin(data, 2026);
    const dip = shown.find((q) => q.quarter_end === H20_CHARGE.quarter_end);
    const last = shown[shown.length - 1]!;
    const legend = textBlock(
      'margin-legend',
      `Line: GAAP gross margin (right scale). FY2023 ${pct(fy23!, 1)} → FY2026 ${pct(fy26!, 1)}; latest quarter ${pct(last.gaap_gross_margin_pct, 1)}`,
      {
        x: m.left,
        y: m.top - fs.label * 2.6,
        maxWidth: plotW,
        size: fs.small,
        fill: 'contrast',
        weight: 'bold'
      }
    );
    marks.push(...legend.marks);
    if (dip) {
      const [dx, dy] = pts[shown.indexOf(dip)]!;
      marks.push({
        id: 'margin-dip',
        kind: 'text',
        x: dx,
        y: dy + fs.small * 1.5,
        text: `${pct(dip.gaap_gross_margin_pct, 1)}: ${usdBn(H20_CHARGE.usd_bn)} H20 charge`,
        size: fs.small,
        fill: 'contrast',
        anchor: 'end',
        halo: true
      });
    }
  }

  return { width: size.width, height: size.height, marks };
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}
