import {
  cellSize,
  frame,
  header,
  legendRow,
  outlineSwatch,
  waffle,
  type LegendItem
} from '$lib/charts/frame';
import { day, pct, usdM } from '$lib/charts/format';
import { textWidth } from '$lib/charts/text';
import { text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size } from '$lib/charts/types';
import type { Locale } from '$lib/locale';
import { CELL_USD_M, FILED, shareOf, totalUsdM, type BetData } from './data';
import type { BetState } from './states';
import { strings } from './strings';

/**
 * A waffle of the filing's reported value, one square per $10M: Palantir puts first, then NVIDIA
 * puts, then everything else. The last step lays the premium Burry said he paid (≈$9.2M, less
 * than one square) beside the $912M of notional value it controls.
 */
export function layout(data: BetData, state: Resolved<BetState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const { locale } = state;
  const t = strings[locale];
  const squares = (id: keyof BetData) => Math.round(data[id].value_usd_m / CELL_USD_M);
  const [pltr, nvda] = [squares('pltr-puts'), squares('nvda-puts')];
  const total = pltr + nvda + squares('other');
  const reported = usdM(totalUsdM(data), { digits: 2, locale });

  // The total is the chart's headline, so it stays even where the page shows the title above.
  const head = header(
    f,
    f.compact ? t.titleShort(reported) : t.title(day(FILED, locale), reported),
    undefined,
    { keepTitle: true }
  );
  const legendOpts = { x: pad, y: head.bottom + fs.label * 1.2, maxWidth: f.inner.width, size: fs.label };
  const legend = legendRow(legendItems(data, state, locale), legendOpts);
  // The grid sits below the longest legend of any step (both holdings and the premium), so it
  // never jumps between steps.
  const legendBottom = legendRow(
    legendItems(data, { highlight: 'both', showCost: true }, locale),
    legendOpts
  ).bottom;

  const top = legendBottom + fs.label * 0.6;
  const cols = size.width > size.height * 1.1 ? 14 : 10;
  const rows = Math.ceil(total / cols);
  const gap = 2;
  // Below the grid: a row for the premium's square (up to one square) and its label.
  const room = f.bottom - top;
  const cell = Math.max(
    3,
    Math.min(
      cellSize(f.inner.width, cols, gap),
      cellSize(room - fs.label * 1.8, rows, gap),
      cellSize(room, rows + 1, gap)
    )
  );
  const costRow = room - rows * (cell + gap);
  const gridW = cols * (cell + gap) - gap;
  const x0 = (size.width - gridW) / 2;

  const marks: Mark[] = [...head.marks, ...legend.marks];
  marks.push(
    ...waffle('cell', total, {
      x: x0,
      y: top,
      cell,
      gap,
      cols,
      style: (i) => {
        const group = i < pltr ? 'pltr' : i < pltr + nvda ? 'nvda' : 'other';
        // Notional value is not money paid: in the last step the put squares become outlines.
        if (state.showCost && group === 'pltr') {
          return { fill: 'none', stroke: 'accent', strokeWidth: 1, dash: '2 2' };
        }
        if (group === 'pltr' && state.highlight !== 'none') return { fill: 'accent' };
        if (group === 'nvda' && state.highlight === 'both') return { fill: 'contrast' };
        return { fill: 'faint' };
      }
    })
  );

  if (state.showCost) {
    // The premium at the same scale: 9.2 / 10 of one square's area.
    const side = cell * Math.sqrt(data['pltr-cost'].value_usd_m / CELL_USD_M);
    const label = t.costLabel(usdM(data['pltr-cost'].value_usd_m, { locale }));
    // Under the grid's first column, unless the label would then run out of the frame.
    const x = Math.min(x0, f.right - side - 6 - textWidth(label, fs.label));
    const y = top + rows * (cell + gap) + Math.min(gap * 2, costRow - side);
    marks.push({ id: 'cost', kind: 'rect', x, y, width: side, height: side, fill: 'ink' });
    marks.push(text('cost-label', x + side + 6, y + side / 2, label, fs.label, { baseline: 'middle' }));
  }
  return { width: size.width, height: size.height, marks };
}

/** The legend of a state: the holdings picked out, then the premium or the scale. */
function legendItems(
  data: BetData,
  state: Pick<BetState, 'highlight' | 'showCost'>,
  locale: Locale
): LegendItem[] {
  const t = strings[locale];
  const items: LegendItem[] = [];
  const holding = (id: 'pltr-puts' | 'nvda-puts', text: (value: string, share: string) => string) =>
    text(usdM(data[id].value_usd_m, { locale }), pct(shareOf(data, id), 1, locale));
  if (state.highlight !== 'none') {
    items.push({
      id: 'legend-pltr',
      text: holding('pltr-puts', t.pltr),
      fill: 'accent',
      swatch: state.showCost ? outlineSwatch('accent', '2 2') : 'accent'
    });
  }
  if (state.highlight === 'both') {
    items.push({
      id: 'legend-nvda',
      text: holding('nvda-puts', t.nvda),
      fill: 'contrast',
      swatch: 'contrast'
    });
  }
  items.push(
    state.showCost
      ? {
          id: 'legend-cost',
          text: t.cost(usdM(data['pltr-cost'].value_usd_m, { locale })),
          swatch: 'ink'
        }
      : {
          id: 'legend-unit',
          text: t.unit(usdM(CELL_USD_M, { digits: 0, locale })),
          fill: 'muted',
          swatch: 'faint'
        }
  );
  return items;
}
