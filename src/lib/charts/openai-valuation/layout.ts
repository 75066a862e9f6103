import { scaleLinear } from 'd3-scale';
import { xLabels, yGrid } from '$lib/charts/axes';
import { frame, header, legendRow, type LegendItem } from '$lib/charts/frame';
import { times, usdBn } from '$lib/charts/format';
import {
  clearOf,
  keepClear,
  coveredPoints,
  slidePastPoints,
  leaderLabels,
  placeLabels,
  type LabelRequest,
  type PlacedLabel
} from '$lib/charts/labels';
import { dot, line, rect, text } from '$lib/charts/marks';
import { textBox, textWidth } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size, TextMark } from '$lib/charts/types';
import type { Locale } from '$lib/locale';
import { growth, isSale, shown, yearOf, type Deal, type ValuationData } from './data';
import type { ValuationState } from './states';
import { stringsFor, type Strings } from './strings';

/** The years the time axis spans (a little room after the last deal). */
export const X_DOMAIN: [number, number] = [2019, 2026.75];
/** Radius of a deal's circle, px. */
export const R = 6;

/** Whether two labels' texts overlap (a label's lines are `label-<key>-<line>`). */
function crowded(marks: readonly Mark[]): boolean {
  const texts = marks.filter((m): m is TextMark => m.kind === 'text');
  const key = (m: TextMark) => m.id.replace(/-\d+$/, '');
  return texts.some((a, i) =>
    texts.slice(i + 1).some((b) => {
      if (key(a) === key(b)) return false;
      const p = textBox(a);
      const q = textBox(b);
      return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
    })
  );
}

/** "2024-10-02" → "Oct 2024" in the edition's words. */
export function monthOf(date: string, locale: Locale = 'en'): string {
  const t = stringsFor(locale);
  return t.month(t.months[Number(date.slice(5, 7)) - 1]!, date.slice(0, 4));
}

/** A deal's label: month and value, or for the 2019 investment, the money and that it set no price. */
export function dealLabel(d: Deal, t: Strings, locale: Locale): string {
  return d.valuation_usd_bn === null
    ? t.noValuation(monthOf(d.date, locale), usdBn(d.new_money_usd_bn!, { digits: 0, locale }))
    : t.label(monthOf(d.date, locale), usdBn(d.valuation_usd_bn, { digits: 0, locale }));
}

/** The mark of a deal, centred on (cx, cy): filled circle (round), ring (sale), open square (no price). */
function dealMark(id: string, d: Deal, cx: number, cy: number, opacity: number): Mark {
  if (d.kind === 'investment') {
    return rect(id, cx - R * 0.75, cy - R * 0.75, R * 1.5, R * 1.5, 'paper', {
      stroke: 'ink',
      strokeWidth: 1.5,
      opacity
    });
  }
  return isSale(d.kind)
    ? dot(id, cx, cy, R, 'paper', { stroke: 'accent', strokeWidth: 2, opacity })
    : dot(id, cx, cy, R, 'accent', { opacity });
}

/**
 * OpenAI's valuation at each deal that put a price on it, 2019–2026: one mark per deal on a linear
 * dollar scale, never joined (nothing is known between deals). Rounds of new money are filled,
 * sales of existing shares (tenders, staff sales) hollow, the 2019 investment with no price an
 * open square on the baseline. Steps reveal the deals in order and stretch the scale.
 */
export function layout(data: ValuationData, state: Resolved<ValuationState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const t = stringsFor(state.locale);
  const head = header(f, t.title, f.compact ? t.subtitleShort : t.subtitle, { subtitleSize: 'small' });
  const short = f.short || f.narrow;
  const items: LegendItem[] = [
    {
      id: 'legend-round',
      text: short ? t.legend.roundShort : t.legend.round,
      swatch: (id, cx, cy) => [dot(id, cx, cy, 5, 'accent')]
    },
    {
      id: 'legend-sale',
      text: short ? t.legend.saleShort : t.legend.sale,
      swatch: (id, cx, cy) => [dot(id, cx, cy, 4.5, 'paper', { stroke: 'accent', strokeWidth: 2 })]
    },
    {
      id: 'legend-investment',
      text: short ? t.legend.investmentShort : t.legend.investment,
      swatch: (id, cx, cy) => [
        rect(id, cx - 4.5, cy - 4.5, 9, 9, 'paper', { stroke: 'ink', strokeWidth: 1.5 })
      ]
    }
  ];
  const legend = legendRow(items, {
    x: pad,
    y: head.bottom + fs.small * 1.3,
    maxWidth: f.inner.width,
    size: fs.small
  });
  const marks: Mark[] = [...head.marks, ...legend.marks];

  const plotTop = legend.bottom + fs.small * 1.6;
  const plotBottom = f.bottom - fs.small * 1.6;
  // Gridline values sit in a gutter left of the first deal.
  const left = pad + textWidth(usdBn(state.yMax, { digits: 0, locale: state.locale }), fs.small) + 8;
  const x = scaleLinear().domain(X_DOMAIN).range([left, f.right]);
  const y = scaleLinear().domain([0, state.yMax]).range([plotBottom, plotTop]);

  const grid = yGrid('grid', y, {
    x0: pad,
    x1: f.right,
    values: y.ticks(4),
    format: (v) => (v === 0 ? '0' : usdBn(v, { digits: 0, locale: state.locale })),
    size: fs.small
  });
  marks.push(...grid.filter((m) => m.kind !== 'text'));
  const years = Array.from({ length: 8 }, (_, i) => 2019 + i).filter((yr) => !f.narrow || yr % 2 === 1);
  for (const yr of years) marks.push(line(`tick-${yr}`, x(yr), plotBottom, x(yr), plotBottom + 4, 'grid'));
  const xTicks = xLabels(
    'year',
    years.map((yr) => ({ key: String(yr), x: x(yr + 0.5), text: String(yr) })),
    { y: plotBottom + fs.small * 1.35, size: fs.small, bounds: [pad, f.right] }
  );

  // Every deal has its mark in every step (stable ids); those not reached yet wait on the
  // baseline, invisible, and rise into place.
  const visible = shown(data, state.through);
  for (const d of data) {
    const on = visible.includes(d);
    const v = on ? (d.valuation_usd_bn ?? 0) : 0;
    marks.push(dealMark(`deal-${d.id}`, d, x(yearOf(d.date)), y(v), on ? 1 : 0));
  }

  // Labels beside their marks, to the left where there is room (the deals climb to the right),
  // spread apart where marks sit close; the deals of the step in ink, the others muted. A short
  // frame has room only for the step's own deals' labels (the others keep their marks).
  const focus = new Set(state.focus);
  const request = (labelled: readonly Deal[]): LabelRequest[] =>
    labelled.map((d) => {
      const px = x(yearOf(d.date));
      const text_ = dealLabel(d, t, state.locale);
      const w = Math.max(...text_.split('\n').map((l) => textWidth(l, fs.small, 'bold')));
      return {
        key: d.id,
        x: px,
        y: y(d.valuation_usd_bn ?? 0) - (d.valuation_usd_bn === null ? fs.small * 1.4 : 0),
        text: text_,
        side: px - R - 6 - w >= left ? 'left' : 'right'
      };
    });
  let requests = request(f.short ? visible.filter((d) => focus.has(d.id)) : visible);
  const place = {
    gap: fs.small * 2.6,
    top: plotTop + fs.small * 1.2,
    bottom: plotBottom - fs.small * 1.4,
    offset: R + 4
  };
  const draw = (placed: PlacedLabel[]) => [
    ...leaderLabels(
      placed.filter((p) => !focus.has(p.key)),
      { size: fs.small, fill: 'muted' }
    ),
    ...leaderLabels(
      placed.filter((p) => focus.has(p.key)),
      { size: fs.small }
    )
  ];
  // Each side spaced on its own, unless a label on one side then runs into one on the other.
  let labels = draw(placeLabels(requests, place));
  const side = (anchor: 'start' | 'end') => labels.filter((m) => m.kind === 'text' && m.anchor === anchor);
  if (!clearOf(side('end'), side('start')))
    labels = draw(placeLabels(requests, { ...place, oneColumn: true }));
  // Still crowded (wider labels, as Japanese ones are, on a low frame): only the step's own deals.
  if (!f.short && crowded(labels)) {
    requests = request(visible.filter((d) => focus.has(d.id)));
    labels = draw(placeLabels(requests, place));
  }
  // A label pushed onto another deal's mark would hide it: it slides sideways, away from its own
  // mark, until it clears the other (its leader line still joins them), if the plot has room;
  // else the labels of other steps' deals go.
  const points = visible.map((d) => ({
    key: d.id,
    x: x(yearOf(d.date)),
    y: y(d.valuation_usd_bn ?? 0),
    r: R
  }));
  if (coveredPoints(labels, points).length) {
    const slid = slidePastPoints(
      placeLabels(requests, place),
      { size: fs.small },
      { points, left, right: f.right }
    );
    const again = draw(slid);
    if (!coveredPoints(again, points).length && !crowded(again)) labels = again;
    else if (requests.some((r) => !focus.has(r.key))) {
      requests = request(visible.filter((d) => focus.has(d.id)));
      labels = draw(placeLabels(requests, place));
    }
  }
  marks.push(...labels);

  // The newest price as a multiple of the first, at the top left of the plot (empty there: the
  // early deals are low).
  if (state.multiple) {
    const g = growth(visible);
    const note = text(
      'multiple',
      left + 4,
      plotTop + fs.small * 0.9,
      t.multiple(times(g.multiple, 0, state.locale), monthOf(g.first.date, state.locale)),
      fs.small,
      { weight: 'bold', halo: true }
    );
    if (clearOf([note], marks)) marks.push(note);
  }
  marks.push(
    ...keepClear(
      grid.filter((m) => m.kind === 'text'),
      marks
    )
  );
  marks.push(...keepClear(xTicks, marks));
  return { width: size.width, height: size.height, marks };
}
