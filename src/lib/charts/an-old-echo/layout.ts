import { scaleLinear } from 'd3-scale';
import { yGrid, xLabels } from '$lib/charts/axes';
import { frame, header } from '$lib/charts/frame';
import { clearOf, labelLines } from '$lib/charts/labels';
import { pct, signedPct } from '$lib/charts/format';
import { dot, line } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size } from '$lib/charts/types';
import { decimalYear, keyQuarters, measureKey, quarterLabel, type EchoData } from './data';
import type { EchoState } from './states';
import { strings } from './strings';

export const X_DOMAIN: [number, number] = [1990, 2026.25];
export const Y_DOMAIN = { growth: [-15, 25], share: [0, 5.5] } as const;

/**
 * BEA investment in information-processing equipment and software, 1990 to the latest quarter:
 * first its growth on a year earlier (the dot-com peak, then today's rate above it), then the
 * same line re-drawn as a share of GDP. The path keeps its id so it morphs between measures.
 */
export function layout(data: EchoData, state: Resolved<EchoState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const { locale } = state;
  const t = strings[locale];
  const growth = state.measure === 'growth';
  const k = measureKey(state.measure);
  const head = header(
    f,
    t.title,
    f.compact
      ? growth
        ? t.subtitle.growthShort
        : t.subtitle.shareShort
      : growth
        ? t.subtitle.growth
        : t.subtitle.share
  );
  const marks: Mark[] = [...head.marks];

  // Room above the plot for the peak's two-line label.
  const top = head.bottom + fs.label * 3.2;
  const bottom = f.bottom - fs.small * 1.6;
  // The plot starts right of the gridline labels so the 1990 end of the line never covers them.
  const x = scaleLinear()
    .domain(X_DOMAIN)
    .range([pad + fs.small * 3, f.right]);
  const y = scaleLinear()
    .domain(growth ? Y_DOMAIN.growth : Y_DOMAIN.share)
    .range([bottom, top]);

  marks.push(
    ...yGrid(growth ? 'grid-growth' : 'grid-share', y, {
      x0: pad,
      x1: f.right,
      values: growth ? [-10, 0, 10, 20] : [0, 1, 2, 3, 4, 5],
      format: (v) => (growth && v !== 0 ? signedPct(v, 0, locale) : pct(v, undefined, locale)),
      size: fs.small
    })
  );
  const step = f.narrow ? 10 : 5;
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
    const fmt = (v: number) => (growth ? signedPct(v, 1, locale) : pct(v, 2, locale));
    const at = (date: string, v: number) => t.at(quarterLabel(date, locale), fmt(v));
    if (state.annotate === 'both') {
      marks.push(line(`ref-${m}`, px, py, f.right, py, 'ink', { strokeWidth: 1, dash: '4 3' }));
    }
    marks.push({ id: `dot-dotcom-${m}`, kind: 'circle', cx: px, cy: py, r: 4.5, fill: 'ink' });
    // The peak's label goes above its dot, or below it where today's label is already there.
    const plotLeft = pad + fs.small * 3;
    const peakLabel = (below: boolean) =>
      labelLines(`label-dotcom-${m}`, [t.peak, at(dotcom.date, dotcom[k])], {
        x: px,
        y: below ? py + 12 + fs.label * 0.8 : py - 12,
        valign: below ? 'top' : 'bottom',
        size: fs.label,
        anchor: 'middle',
        bold: 1,
        within: [plotLeft, f.right]
      });
    const nowLabel: Mark[] = [];
    if (state.annotate === 'both') {
      const nx = x(decimalYear(now.date));
      const ny = y(now[k]);
      marks.push(dot(`dot-now-${m}`, nx, ny, 4.5, 'accent', { stroke: 'paper', strokeWidth: 1.5 }));
      const latest = data[data.length - 1]!;
      const lines = [at(now.date, now[k])];
      if (growth && latest.date !== now.date) lines.push(at(latest.date, latest[k]));
      nowLabel.push(
        ...labelLines(`label-now-${m}`, lines, {
          x: nx + 6,
          y: ny - 12,
          valign: 'bottom',
          size: fs.label,
          anchor: 'end',
          fill: 'accent',
          bold: 0,
          within: [plotLeft, f.right]
        })
      );
    }
    const above = peakLabel(false);
    marks.push(...(clearOf(above, nowLabel) ? above : peakLabel(true)), ...nowLabel);
  }
  return { width: size.width, height: size.height, marks };
}
