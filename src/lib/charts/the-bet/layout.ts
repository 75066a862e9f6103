import { pct, usdM } from '$lib/charts/format';
import { textBlock } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size } from '$lib/charts/types';
import type { BetData } from './data';
import type { BetState } from './states';

/** Each square is this many million dollars of reported (notional) value. */
export const CELL_USD_M = 10;

/**
 * A waffle of the filing's reported value, one square per $10M: Palantir puts first, then NVIDIA
 * puts, then everything else. The last step lays the premium Burry said he paid (≈$9.2M, less
 * than one square) beside the $912M of notional value it controls.
 */
export function layout(data: BetData, state: Resolved<BetState>, size: Size): Scene {
  const pltr = Math.round(data['pltr-puts'].value_usd_m / CELL_USD_M);
  const nvda = Math.round(data['nvda-puts'].value_usd_m / CELL_USD_M);
  const other = Math.round(data.other.value_usd_m / CELL_USD_M);
  const total = pltr + nvda + other;
  const totalUsd = data['pltr-puts'].value_usd_m + data['nvda-puts'].value_usd_m + data.other.value_usd_m;

  const pad = 12;
  const font = size.width < 480 ? 13 : 15;
  const heading = textBlock(
    'title',
    `Scion's 13F filing, 30 Sep 2025: about ${usdM(totalUsd, { digits: 2 })} reported`,
    {
      x: pad,
      y: pad + font,
      maxWidth: size.width - 2 * pad,
      size: font,
      weight: 'bold'
    }
  );
  const legendTop = heading.bottom + font * 0.4;
  // Room for the longest legend in every step, so the grid never jumps between steps.
  const legendLines = 3;
  const top = legendTop + font * 1.5 * legendLines + font * 0.6;
  const wide = size.width > size.height * 1.1;
  const cols = wide ? 14 : 10;
  const rows = Math.ceil(total / cols);
  const gap = 2;
  const cell = Math.max(
    4,
    Math.min((size.width - 2 * pad) / cols, (size.height - top - pad - font * 2) / rows) - gap
  );
  const gridW = cols * (cell + gap) - gap;
  const x0 = (size.width - gridW) / 2;

  const marks: Mark[] = [];
  const share = (v: number) => pct((v / totalUsd) * 100, 1);
  marks.push(...heading.marks);

  for (let i = 0; i < total; i++) {
    const group = i < pltr ? 'pltr' : i < pltr + nvda ? 'nvda' : 'other';
    const lit =
      (group === 'pltr' && state.highlight !== 'none') || (group === 'nvda' && state.highlight === 'both');
    const col = i % cols;
    const row = Math.floor(i / cols);
    // Notional value is not money paid: in the last step the put squares become outlines.
    const outline = state.showCost && group === 'pltr';
    marks.push({
      id: `cell-${i}`,
      kind: 'rect',
      x: x0 + col * (cell + gap),
      y: top + row * (cell + gap),
      width: cell,
      height: cell,
      fill: outline ? 'none' : lit ? (group === 'pltr' ? 'accent' : 'contrast') : 'faint',
      stroke: outline ? 'accent' : undefined,
      strokeWidth: outline ? 1 : undefined,
      dash: outline ? '2 2' : undefined
    });
  }

  const legend: { id: string; text: string; fill: 'accent' | 'contrast' | 'muted' | 'ink' }[] = [];
  if (state.highlight !== 'none') {
    legend.push({
      id: 'legend-pltr',
      text: `${state.showCost ? '□' : '■'} Palantir puts: ${usdM(data['pltr-puts'].value_usd_m)} (${share(data['pltr-puts'].value_usd_m)})`,
      fill: 'accent'
    });
  }
  if (state.highlight === 'both') {
    legend.push({
      id: 'legend-nvda',
      text: `■ NVIDIA puts: ${usdM(data['nvda-puts'].value_usd_m)} (${share(data['nvda-puts'].value_usd_m)})`,
      fill: 'contrast'
    });
  }
  if (state.showCost) {
    legend.push({
      id: 'legend-cost',
      text: `▪ Premium Burry said he paid: ≈${usdM(data['pltr-cost'].value_usd_m)}`,
      fill: 'ink'
    });
  } else {
    legend.push({
      id: 'legend-unit',
      text: `Each square = ${usdM(CELL_USD_M, { digits: 0 })} of reported value`,
      fill: 'muted'
    });
  }
  legend.forEach((l, i) =>
    marks.push({
      id: l.id,
      kind: 'text',
      x: pad,
      y: legendTop + font + font * 1.5 * i,
      text: l.text,
      size: font,
      fill: l.fill
    })
  );

  if (state.showCost) {
    // The premium, at the same scale: 9.2 / 10 of one square's area.
    const side = cell * Math.sqrt(data['pltr-cost'].value_usd_m / CELL_USD_M);
    const y = top + rows * (cell + gap) + font * 0.6;
    marks.push({ id: 'cost', kind: 'rect', x: x0, y, width: side, height: side, fill: 'ink' });
    marks.push({
      id: 'cost-label',
      kind: 'text',
      x: x0 + side + 6,
      y: y + side / 2,
      baseline: 'middle',
      text: `← ≈${usdM(data['pltr-cost'].value_usd_m)} premium, same scale`,
      size: font,
      fill: 'ink'
    });
  }
  return { width: size.width, height: size.height, marks };
}
