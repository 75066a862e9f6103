import { scaleLog } from 'd3-scale';
import { yGrid } from '$lib/charts/axes';
import { frame, header } from '$lib/charts/frame';
import { range, times, usd } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import { line, rect } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size } from '$lib/charts/types';
import { PAY, perYear, timesMedian, type PayData } from './data';
import type { PayState } from './states';
import { strings } from './strings';

export const Y_DOMAIN: [number, number] = [40_000, 250_000_000];

/**
 * A ladder of yearly pay on a logarithmic scale (each gridline ten times the last): US physics
 * faculty, OpenAI's average stock award, and the offers Meta was reported to make. Reported offers
 * are dashed ranges, not dots, because they are neither disclosed nor settled.
 */
export function layout(data: PayData, state: Resolved<PayState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const compact = f.compact;
  const { locale } = state;
  const t = strings[locale];
  const pay = (v: number) => usd(v, { ...PAY, locale });
  const x = (v: number) => times(v, 0, locale);
  const head = header(f, t.title, compact ? t.subtitleShort : t.subtitle);
  const legend = textBlock('legend', compact ? t.legendShort : t.legend, {
    x: pad,
    y: f.bottom,
    valign: 'bottom',
    maxWidth: f.inner.width,
    size: fs.small,
    fill: 'muted'
  });
  const marks: Mark[] = [...head.marks, ...legend.marks];
  const top = head.bottom + fs.label * 2;
  const bottom = legend.top - fs.small;
  const y = scaleLog().domain(Y_DOMAIN).range([bottom, top]);
  const gridValues = [1e5, 1e6, 1e7, 1e8];
  const gridLabel = (v: number) => usd(v, { from: 1e3, trim: true, locale });
  marks.push(
    ...yGrid('grid', y, {
      x0: pad,
      x1: f.right,
      values: gridValues,
      format: gridLabel,
      size: fs.small
    })
  );
  // The ladder stands right of the gridline labels ($100M, 1,000万ドル are the widest).
  const widest = Math.max(...gridValues.map((v) => textWidth(gridLabel(v), fs.small)));
  const mx = pad + Math.max(fs.small * 4.8, widest + fs.small);
  const lx = mx + 16;
  const lw = f.right - lx;
  // A rung's label: its name and amount, then what the amount is (on the card, one line each).
  const block = (id: string, lines: [string, ...string[]], yy: number, fill: 'contrast' | 'accent') => {
    let cy = yy - ((lines.length - 1) * fs.label * 1.25) / 2 + fs.label * 0.35;
    lines.forEach((line, i) => {
      const b = textBlock(`${id}-${i}`, line, {
        x: lx,
        y: cy,
        maxWidth: lw,
        size: i === 0 && !compact ? fs.label : fs.small,
        fill: i === 0 ? fill : 'ink',
        weight: i === 0 ? 'bold' : 'normal',
        halo: true
      });
      marks.push(...b.marks);
      cy = b.bottom + fs.small * 1.05;
    });
  };

  if (state.rungs >= 1) {
    const med = data['physics-median'].usd_low;
    const p90 = data['physics-p90'].usd_low;
    marks.push(line('range-physics', mx, y(med), mx, y(p90), 'contrast', { strokeWidth: 2 }));
    marks.push({ id: 'dot-physics-p90', kind: 'circle', cx: mx, cy: y(p90), r: 3.5, fill: 'contrast' });
    marks.push({ id: 'dot-physics-median', kind: 'circle', cx: mx, cy: y(med), r: 5, fill: 'contrast' });
    block(
      'label-physics',
      f.tiny
        ? [t.physics.tiny(pay(med))]
        : compact
          ? [t.physics.name(pay(med)), t.physics.short]
          : [t.physics.name(pay(med)), t.physics.full(pay(p90))],
      y(Math.sqrt(med * p90)),
      'contrast'
    );
  }
  if (state.rungs >= 2) {
    const v = data['openai-stock-average'].usd_low;
    marks.push({ id: 'dot-openai', kind: 'circle', cx: mx, cy: y(v), r: 5, fill: 'accent' });
    block(
      'label-openai',
      f.tiny
        ? [t.openai.tiny(pay(v), x(timesMedian(data, v)))]
        : compact
          ? [t.openai.name(pay(v)), t.openai.short(x(timesMedian(data, v)))]
          : [t.openai.name(pay(v)), t.openai.full(x(timesMedian(data, v)))],
      y(v),
      'accent'
    );
  }
  if (state.rungs >= 3) {
    const [lo, hi] = perYear(data['meta-offers']);
    marks.push(
      rect('range-meta', mx - 5, y(hi), 10, y(lo) - y(hi), 'none', {
        stroke: 'accent',
        strokeWidth: 2,
        dash: '4 3'
      })
    );
    const perYearText = range(pay(lo), pay(hi), locale);
    const offers = data['meta-offers'];
    block(
      'label-meta',
      f.tiny
        ? [t.meta.tiny(perYearText)]
        : compact
          ? [t.meta.nameShort, t.meta.short(perYearText)]
          : [
              t.meta.name(perYearText),
              t.meta.reported(range(pay(offers.usd_low), pay(offers.usd_high), locale), offers.years),
              t.meta.times(range(x(timesMedian(data, lo)), x(timesMedian(data, hi)), locale))
            ],
      y(Math.sqrt(lo * hi)),
      'accent'
    );
  }
  return { width: size.width, height: size.height, marks };
}
