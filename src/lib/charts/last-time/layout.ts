import { scaleLinear } from 'd3-scale';
import { xLabels, yGrid } from '$lib/charts/axes';
import { frame, header } from '$lib/charts/frame';
import { labelLines, keepClear } from '$lib/charts/labels';
import { num, signedPct, thousands, times } from '$lib/charts/format';
import { textBlock } from '$lib/charts/text';
import { dot, line } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { dateLabel, decimalDate, pctChange, yearsBetween, type NasdaqData } from './data';
import type { NasdaqState } from './states';
import { strings } from './strings';

export const X_DOMAIN: [number, number] = [1995, 2017];
export const Y_MAX = 6000;

/**
 * The Nasdaq Composite's dot-com boom and bust as month-end closes (the line), with the three
 * daily closes the story quotes drawn as dots on their own dates: the peak of 10 March 2000,
 * the low of 9 October 2002 (−77.9%), and the first close above the peak, 23 April 2015.
 */
export function layout(data: NasdaqData, state: Resolved<NasdaqState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const { peak, trough, regained } = data;
  const compact = f.compact;
  const { locale } = state;
  const t = strings[locale];
  const date = (iso: string) => dateLabel(iso, locale);
  const close = (v: number) => num(v, 2, locale);
  const head = header(f, t.title, compact ? t.subtitleShort : t.subtitle);
  const foot = textBlock('attribution', compact ? t.attributionShort : t.attribution, {
    x: pad,
    y: f.bottom,
    valign: 'bottom',
    maxWidth: f.inner.width,
    size: fs.small,
    fill: 'muted'
  });
  const marks: Mark[] = [...head.marks, ...foot.marks];

  const top = head.bottom + fs.label * 1.5;
  const bottom = foot.top - fs.small * 2;
  const x = scaleLinear()
    .domain(X_DOMAIN)
    .range([pad + fs.small * 2.6, f.right]);
  const y = scaleLinear().domain([0, Y_MAX]).range([bottom, top]);
  marks.push(
    ...yGrid('grid', y, {
      x0: pad,
      x1: f.right,
      values: [0, 1000, 2000, 3000, 4000, 5000],
      format: (v) => thousands(v, locale),
      size: fs.small
    })
  );
  const years = f.narrow ? [1995, 2000, 2005, 2010, 2015] : [1995, 1998, 2001, 2004, 2007, 2010, 2013, 2016];
  // Axis labels are placed last: where an annotation sits on one, the tick gives way.
  const xTicks = xLabels(
    'year',
    years.map((yr) => ({ key: String(yr), x: x(yr), text: String(yr) })),
    { y: bottom + fs.small * 1.4, size: fs.small }
  );

  const shown = data.monthly.filter((r) => r.month <= state.through);
  marks.push({
    id: 'series',
    kind: 'path',
    points: shown.map((r) => [x(decimalDate(r.last_trading_day)), y(r.close)] as const),
    stroke: 'accent',
    strokeWidth: 2,
    fill: 'none'
  });

  const P = { x: x(decimalDate(peak.date)), y: y(peak.close) };
  const T = { x: x(decimalDate(trough.date)), y: y(trough.close) };
  const R = { x: x(decimalDate(regained.date)), y: y(regained.close) };
  // Annotations: a few lines each, the first bold unless said otherwise, kept inside the frame.
  const lab = (
    id: string,
    lines: string[],
    x: number,
    y: number,
    anchor: 'start' | 'middle' | 'end',
    fill: Tone = 'ink',
    bold = 0
  ) => labelLines(id, lines, { x, y, size: fs.label, anchor, fill, bold, within: [pad, f.right] });

  if (state.show === 'run-up') {
    const first = data.monthly[0]!;
    const fx = x(decimalDate(first.last_trading_day));
    const fy = y(first.close);
    marks.push({ id: 'dot-start', kind: 'circle', cx: fx, cy: fy, r: 4, fill: 'ink' });
    // The ratio sits right of the line (empty until the fall is drawn); the start's label below
    // and right of the start, where the rising line leaves empty space.
    marks.push(
      ...lab(
        'label-start',
        compact
          ? [t.at(date(first.month), thousands(first.close, locale))]
          : [t.at(date(first.month), thousands(first.close, locale)), t.monthEnd],
        fx + fs.label * 1.6,
        fy + fs.label * 0.4,
        'start',
        'ink',
        0
      )
    );
    const ratio = peak.close / first.close;
    marks.push(
      ...lab(
        'label-ratio',
        compact ? [t.ratio(times(ratio, 1, locale))] : [t.ratio(times(ratio, 1, locale)), t.ratioSpan],
        P.x + fs.label,
        y(3000),
        'start',
        'accent',
        0
      )
    );
  }

  if (state.show !== 'none') {
    marks.push(dot('dot-peak', P.x, P.y, 4.5, 'ink', { stroke: 'paper', strokeWidth: 1.5 }));
    const lines = compact
      ? [t.valueOn(close(peak.close), date(peak.date))]
      : [t.peak(date(peak.date)), t.dailyClose(close(peak.close))];
    const above = P.y - fs.label * (1.35 + 1.25 * (lines.length - 1));
    marks.push(...lab('label-peak', lines, P.x + 8, above, 'start', 'ink', lines.length - 1));
  }

  if (state.show === 'fall' || state.show === 'recovery') {
    const ax = T.x + fs.label * 1.2;
    const endX = state.show === 'recovery' ? R.x : ax;
    marks.push(line('peak-level', P.x, P.y, endX, P.y, 'ink', { strokeWidth: 1, dash: '4 3' }));
    marks.push(dot('dot-trough', T.x, T.y, 4.5, 'warn', { stroke: 'paper', strokeWidth: 1.5 }));
    const tl = compact
      ? [t.valueOn(close(trough.close), date(trough.date))]
      : [t.low(date(trough.date)), t.dailyClose(close(trough.close))];
    marks.push(
      ...lab('label-trough', tl, T.x - fs.label * 3, T.y + fs.label * 1.7, 'start', 'ink', tl.length - 1)
    );
    if (state.show === 'fall') {
      marks.push({
        id: 'fall-arrow',
        kind: 'path',
        points: [
          [ax, P.y + 4],
          [ax, T.y - 6]
        ],
        stroke: 'warn',
        strokeWidth: 2,
        arrow: true,
        fill: 'none'
      });
      marks.push(
        ...lab(
          'label-fall',
          [signedPct(pctChange(peak.close, trough.close), 1, locale), t.fall],
          ax + 8,
          (P.y + T.y) / 2,
          'start',
          'warn',
          0
        )
      );
    }
  }

  if (state.show === 'recovery') {
    marks.push(dot('dot-regained', R.x, R.y, 4.5, 'contrast', { stroke: 'paper', strokeWidth: 1.5 }));
    const span = yearsBetween(peak.date, regained.date);
    const rl = compact
      ? [t.valueOn(close(regained.close), date(regained.date))]
      : [t.at(date(regained.date), close(regained.close)), t.firstAbove];
    // Below the span label and left of the dot: above the dashed line is the peak's label.
    marks.push(
      ...lab('label-regained', rl, R.x + 6, P.y + fs.label * (compact ? 2.9 : 3.6), 'end', 'contrast', 0)
    );
    const spanText = t.span(span.years, span.months, !compact);
    marks.push(...lab('label-span', [spanText], (P.x + R.x) / 2, P.y + fs.label * 1.4, 'middle', 'ink', 0));
  }
  marks.push(...keepClear(xTicks, marks));
  return { width: size.width, height: size.height, marks };
}
