import { scaleBand, scaleLinear } from 'd3-scale';
import { xLabels, yGrid } from '$lib/charts/axes';
import { frame, header } from '$lib/charts/frame';
import { coveredPoints, keepClear, labelLines } from '$lib/charts/labels';
import { times, usd, usdBn } from '$lib/charts/format';
import { dot, line, rect, text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { decimalMonth, month, monthLabel, peakMonth, yearTotals, type ConstructionData } from './data';
import { CHATGPT_MONTH, type ConstructionState } from './states';
import { strings } from './strings';

export const MONTHLY_MAX = 3e9;
export const ANNUAL_MAX = 30e9;

/**
 * Census's monthly value of data-center construction put in place (via Our World in Data, in
 * 2021 dollars): the cloud years to ChatGPT's release, the climb after it, then the same months
 * summed into calendar years.
 */
export function layout(data: ConstructionData, state: Resolved<ConstructionState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const annual = state.view === 'annual';
  const t = strings[state.locale];
  const L = state.locale;
  const ml = (iso: string) => monthLabel(iso, L);
  const head = header(
    f,
    t.title,
    f.compact
      ? annual
        ? t.subtitle.annualShort
        : t.subtitle.monthlyShort
      : annual
        ? t.subtitle.annual
        : t.subtitle.monthly
  );
  const marks: Mark[] = [...head.marks];
  // Room above the plot for the labels over its highest points.
  const top = head.bottom + fs.label * 3.4;
  const bottom = f.bottom - fs.small * 1.8;
  const left = pad + fs.small * 2.4;
  const right = f.right;
  // Annotations: a few lines, the first bold, kept inside the frame.
  const lab = (
    id: string,
    lines: string[],
    x: number,
    y: number,
    anchor: 'start' | 'end',
    fill: Tone = 'ink'
  ) => labelLines(id, lines, { x, y, size: fs.label, anchor, fill, bold: 0, within: [left, right] });

  if (annual) {
    const years = yearTotals(data);
    const x = scaleBand<number>()
      .domain(years.map((d) => d.year))
      .range([left, right])
      .padding(0.2);
    const y = scaleLinear().domain([0, ANNUAL_MAX]).range([bottom, top]);
    marks.push(
      ...yGrid('grid-annual', y, {
        x0: pad,
        x1: right,
        values: [0, 10e9, 20e9, 30e9],
        format: t.grid,
        size: fs.small
      })
    );
    const every = f.narrow ? 3 : 1;
    marks.push(
      ...xLabels(
        'year',
        years
          .filter((d) => (d.year - years[0]!.year) % every === 0 || d.year === years.at(-1)!.year)
          .map((d) => ({
            key: String(d.year),
            x: x(d.year)! + x.bandwidth() / 2,
            text: f.narrow ? t.yearShort(String(d.year).slice(2)) : String(d.year)
          })),
        { y: bottom + fs.small * 1.4, size: fs.small, bounds: [pad, f.right] }
      )
    );
    const others: Mark[] = [];
    const labelled = new Set([years[0]!.year, 2022, years.at(-1)!.year]);
    for (const d of years) {
      const after = d.year >= 2023;
      marks.push(
        rect(
          `bar-${d.year}`,
          x(d.year)!,
          y(d.usd_2021),
          x.bandwidth(),
          bottom - y(d.usd_2021),
          after ? 'accent' : 'accent-soft'
        )
      );
      // The first year, 2022 and the last are always labelled; the others where there is room.
      if (labelled.has(d.year) || !f.narrow) {
        (labelled.has(d.year) ? marks : others).push(
          text(
            `bar-label-${d.year}`,
            x(d.year)! + x.bandwidth() / 2,
            y(d.usd_2021) - 5,
            t.bar(d.usd_2021),
            fs.small,
            { anchor: 'middle', weight: labelled.has(d.year) ? 'bold' : 'normal' }
          )
        );
      }
    }
    const last = years.at(-1)!;
    const base = years.find((d) => d.year === 2022)!;
    marks.push(
      ...lab(
        'label-annual',
        [
          t.point(String(last.year), usdBn(last.usd_2021 / 1e9, { long: true, locale: L })),
          t.multiple2022(times(last.usd_2021 / base.usd_2021, 1, L)),
          t.darker
        ],
        left + 4,
        top + fs.label,
        'start',
        'accent'
      )
    );
    marks.push(...keepClear(others, marks));
    return { width: size.width, height: size.height, marks };
  }

  const x = scaleLinear()
    .domain([2014, decimalMonth(data.at(-1)!.month) + 1 / 12])
    .range([left, right]);
  const y = scaleLinear().domain([0, MONTHLY_MAX]).range([bottom, top]);
  marks.push(
    ...yGrid('grid-monthly', y, {
      x0: pad,
      x1: right,
      values: [0, 1e9, 2e9, 3e9],
      format: t.grid,
      size: fs.small
    })
  );
  const yrs = f.narrow ? [2014, 2018, 2022, 2026] : [2014, 2016, 2018, 2020, 2022, 2024, 2026];
  marks.push(
    ...xLabels(
      'year',
      yrs.map((yr) => ({ key: String(yr), x: x(yr), text: String(yr) })),
      { y: bottom + fs.small * 1.4, size: fs.small, bounds: [pad, f.right] }
    )
  );

  const shown = data.filter((m) => m.month <= state.through);
  marks.push({
    id: 'series',
    kind: 'path',
    points: shown.map((m) => [x(decimalMonth(m.month) + 1 / 24), y(m.usd_2021)] as const),
    stroke: 'accent',
    strokeWidth: 2,
    fill: 'none'
  });

  const c = month(data, CHATGPT_MONTH);
  const cx = x(decimalMonth(c.month) + 1 / 24);
  const cy = y(c.usd_2021);
  if (state.annotate === 'cloud') {
    const first = data[0]!;
    const fx = x(decimalMonth(first.month) + 1 / 24);
    marks.push({ id: 'dot-first', kind: 'circle', cx: fx, cy: y(first.usd_2021), r: 4, fill: 'ink' });
    // Well above the start, where the early line leaves room, with a leader down to the dot.
    const ly = y(0.8e9);
    marks.push(
      line('leader-first', fx, ly + fs.label * 0.5, fx, y(first.usd_2021) - 5, 'muted', { strokeWidth: 1 })
    );
    // One line, unless it would run over the ChatGPT month's dot (a narrow frame): then the
    // month above the value.
    const value = usd(first.usd_2021, { sig: 3, locale: L });
    const oneLine = lab('label-first', [t.point(ml(first.month), value)], fx - 4, ly, 'start');
    const chatgptDot = { key: 'chatgpt', x: cx, y: cy, r: 4.5 };
    marks.push(
      ...(coveredPoints(oneLine, [chatgptDot]).length
        ? lab('label-first', [ml(first.month), value], fx - 4, ly - fs.label * 1.25, 'start')
        : oneLine)
    );
  }
  if (state.annotate !== 'none') {
    marks.push(dot('dot-chatgpt', cx, cy, 4.5, 'ink', { stroke: 'paper', strokeWidth: 1.5 }));
    marks.push(
      ...lab(
        'label-chatgpt-value',
        [t.point(ml(c.month), usd(c.usd_2021, { sig: 3, locale: L })), t.released],
        cx - 6,
        cy - fs.label * 3.2,
        'end'
      )
    );
  }
  if (state.annotate === 'chatgpt') {
    marks.push(line('chatgpt-rule', cx, top - fs.label, cx, bottom, 'ink', { strokeWidth: 1, dash: '4 3' }));
    const p = peakMonth(data);
    const px = x(decimalMonth(p.month) + 1 / 24);
    marks.push(dot('dot-peak', px, y(p.usd_2021), 4.5, 'accent', { stroke: 'paper', strokeWidth: 1.5 }));
    marks.push(
      ...lab(
        'label-peak',
        [
          t.point(ml(p.month), usd(p.usd_2021, { sig: 3, locale: L })),
          t.multipleChatgpt(times(p.usd_2021 / c.usd_2021, 1, L))
        ],
        px + 6,
        y(p.usd_2021) - fs.label * 3,
        'end',
        'accent'
      )
    );
  }
  return { width: size.width, height: size.height, marks };
}
