import { scaleLinear } from 'd3-scale';
import { xLabels, yGrid } from '$lib/charts/axes';
import { frame, header, legendRow, type LegendItem } from '$lib/charts/frame';
import { num, signedPct } from '$lib/charts/format';
import { clearOf, keepClear, placeLeaderLabels, sideFor, type LabelRequest } from '$lib/charts/labels';
import { dot, line, rect } from '$lib/charts/marks';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size } from '$lib/charts/types';
import type { Locale } from '$lib/locale';
import { growthNote, isRange, panelPoints, type Point, type PowerData } from './data';
import type { PowerState } from './states';
import { stringsFor, type Strings } from './strings';

/** The years both panels span, so a step from one to the other keeps the time axis. */
export const X_DOMAIN: [number, number] = [2022, 2031];
export const Y_DOMAIN = { world: [0, 1000], us: [0, 20] } as const;
const TICK_YEARS = [2022, 2024, 2026, 2028, 2030];
/** Radius of a single figure's dot, and width of a range's bar, px. */
const R = 5.5;
const BAR = 12;

/** "2025-04-10" → "IEA, Apr 2025". */
export function publicationOf(p: Point, locale: Locale = 'en'): string {
  const t = stringsFor(locale);
  return t.publication(p.publisher, t.months[Number(p.published.slice(5, 7)) - 1]!, p.published.slice(0, 4));
}

/** A figure's value as the chart prints it: "415 TWh", "4.4%", "6.7–12%". */
export function valueOf(p: Point, t: Strings): string {
  if (p.unit === 'TWh') return t.twh(num(p.low, 0));
  return isRange(p) ? t.range(num(p.low), num(p.high)) : t.share(num(p.low));
}

/**
 * Data centres' electricity use as the few figures published for it: the world in terawatt-hours
 * (IEA), then the United States as a share of its electricity (LBNL, then EPRI too). Each figure
 * is drawn on its own, never joined: an estimate solid, a forecast hollow (a single value) or as a
 * dashed bar from its low to its high scenario. Every label names its publisher and date.
 */
export function layout(data: PowerData, state: Resolved<PowerState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const t = stringsFor(state.locale);
  const world = state.panel === 'world';
  const head = header(
    f,
    world ? t.title.world : t.title.us,
    f.compact
      ? world
        ? t.subtitle.worldShort
        : t.subtitle.usShort
      : world
        ? t.subtitle.world
        : t.subtitle.us,
    { subtitleSize: 'small' }
  );
  // Short legend words on narrow frames; one-line labels (year and value) only on short ones.
  const brief = f.short || f.narrow;
  const short = f.short;
  // The legend shows the shapes the panel draws: a dot and a ring for the world's single
  // figures, a dot and dashed bars for the US ranges.
  const items: LegendItem[] = [
    {
      id: 'legend-estimate',
      text: brief ? t.legend.estimateShort : t.legend.estimate,
      swatch: (id, cx, cy) => [dot(id, cx, cy, 5, 'accent')]
    },
    world
      ? {
          id: 'legend-forecast',
          text: brief ? t.legend.forecastShort : t.legend.forecast,
          swatch: (id, cx, cy) => [dot(id, cx, cy, 4.5, 'paper', { stroke: 'accent', strokeWidth: 2 })]
        }
      : {
          id: 'legend-forecast',
          text: brief ? t.legend.forecastRangeShort : t.legend.forecastRange,
          swatch: (id, cx, cy) => [
            rect(id, cx - 5, cy - 6, 10, 12, 'none', { stroke: 'accent', strokeWidth: 1.5, dash: '3 2' })
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

  const plotTop = legend.bottom + fs.small * 1.4;
  const plotBottom = f.bottom - fs.small * 1.6;
  const domain = world ? Y_DOMAIN.world : Y_DOMAIN.us;
  const fmt = (v: number) => (world ? num(v, 0) : v === 0 ? '0' : t.share(num(v, 0)));
  const left = pad + textWidth(fmt(domain[1]), fs.small) + 8;
  const x = scaleLinear()
    .domain(X_DOMAIN)
    .range([left + BAR, f.right - BAR]);
  const y = scaleLinear()
    .domain([...domain])
    .range([plotBottom, plotTop]);

  const grid = yGrid(world ? 'grid-world' : 'grid-us', y, {
    x0: pad,
    x1: f.right,
    values: world ? [0, 250, 500, 750, 1000] : [0, 5, 10, 15, 20],
    format: fmt,
    size: fs.small
  });
  marks.push(...grid.filter((m) => m.kind !== 'text'));
  for (const yr of TICK_YEARS)
    marks.push(line(`tick-${yr}`, x(yr), plotBottom, x(yr), plotBottom + 4, 'grid'));
  const xTicks = xLabels(
    'year',
    TICK_YEARS.map((yr) => ({ key: String(yr), x: x(yr), text: String(yr) })),
    { y: plotBottom + fs.small * 1.35, size: fs.small, bounds: [pad, f.right] }
  );

  // The panel's figures: every one keeps its mark (stable ids), those of publishers not yet in the
  // step invisible. A single value is a dot, a range a bar; an estimate solid, a forecast hollow.
  const points = panelPoints(data, state.panel);
  const shown = points.filter((p) => state.publishers.includes(p.publisher));
  for (const p of points) {
    const on = shown.includes(p);
    const cx = x(p.year);
    const forecast = p.kind === 'forecast';
    if (isRange(p)) {
      const y0 = y(p.high);
      const h = y(p.low) - y0;
      marks.push(
        rect(`point-${p.id}`, cx - BAR / 2, y0, BAR, h, forecast ? 'none' : 'accent', {
          stroke: 'accent',
          strokeWidth: 1.5,
          dash: forecast ? '4 3' : undefined,
          opacity: on ? 1 : 0
        })
      );
    } else {
      marks.push(
        dot(`point-${p.id}`, cx, y(p.low), R, forecast ? 'paper' : 'accent', {
          stroke: forecast ? 'accent' : undefined,
          strokeWidth: forecast ? 2 : undefined,
          opacity: on ? 1 : 0
        })
      );
    }
  }

  // Labels beside their marks, on the side with room, spread apart where they would meet.
  const requests: LabelRequest[] = shown.map((p) => {
    const label = short
      ? t.labelShort(p.year_label, valueOf(p, t))
      : t.label(p.year_label, valueOf(p, t), p.kind, publicationOf(p, state.locale));
    const w = Math.max(...label.split('\n').map((l) => textWidth(l, fs.small, 'bold')));
    const cx = x(p.year);
    return {
      key: p.id,
      x: cx,
      y: y((p.low + p.high) / 2),
      text: label,
      side: sideFor(cx, w + BAR, left, f.right)
    };
  });
  const place = {
    gap: fs.small * (short ? 1.5 : 2.6),
    top: plotTop + fs.small,
    bottom: plotBottom - fs.small * 1.2,
    offset: BAR / 2 + 5
  };
  marks.push(...placeLeaderLabels(requests, place, { size: fs.small, boldOneLine: true }));

  // The world panel's note: the IEA's growth for 2025, published without a level (none is
  // derived), under the 2024 figure from where 2025 begins, with a dotted rule at 2025.
  const g = growthNote(data);
  if (world && g) {
    const change = signedPct(g.low, 0);
    const base = points.find((p) => p.year === g.year - 1);
    const gx = x(g.year);
    const top = base ? y(base.low) + fs.small * (short ? 1.8 : 3) : plotTop + fs.small;
    const note = textBlock(
      'growth-note',
      short
        ? t.growthShort(g.year_label, change)
        : t.growth(g.year_label, change, publicationOf(g, state.locale)),
      { x: gx + 4, y: top, maxWidth: f.right - gx - 4, size: fs.small, halo: true }
    );
    if (clearOf(note.marks, marks)) {
      marks.push(line('growth-rule', gx, top - fs.small * 1.1, gx, plotBottom, 'muted', { dash: '2 3' }));
      marks.push(...note.marks);
    }
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
