import { cellSize, frame, header, waffle, type Frame } from '$lib/charts/frame';
import { num, pct, usdBn } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import { text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size } from '$lib/charts/types';
import {
  CLIMATE_WIDE_USD_BN,
  climateSquareUsdBn,
  detailLabel,
  pointLabel,
  squaresFor,
  type RowId,
  type VcData
} from './data';
import { SHARE_POINTS, type VcState } from './states';
import { strings } from './strings';
import type { Locale } from '$lib/locale';

/**
 * A 100-square waffle. In the share view one square is 1% of all venture capital and the
 * squares fill to the published AI share; a ledger lists every figure shown so far with its
 * provider, because they come from different publishers and are not one series. In the climate
 * view the same 100 squares become AI's 2024 dollars (≈$1.3B each) and climate tech's $12.9B is
 * drawn at the same scale (9.8 squares, the last one partial). The ledger (or the climate key)
 * sits beside the waffle on wide frames, else beside or under it, whichever gives the larger waffle.
 */
export function layout(data: VcData, state: Resolved<VcState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const { locale } = state;
  const t = strings[locale];
  const climate = state.view === 'climate';
  const row = state.point === 'none' ? null : data[state.point];
  const title = climate ? t.title.climate : t.title.share;
  const square = usdBn(climateSquareUsdBn(data), { locale });
  const subtitle = climate
    ? f.compact
      ? t.subtitle.climateShort(square)
      : t.subtitle.climate(square)
    : row
      ? undefined
      : t.subtitle.empty;
  const head = header(f, title, subtitle);
  const marks: Mark[] = [...head.marks];
  let top = head.bottom + fs.label * 0.6;

  // The share view's headline: the share as a big number, what and whose it is beside it.
  if (row && !climate) {
    const big = Math.round(fs.title * (f.compact ? 1.8 : 2.1));
    const bigText = pct(squaresFor(row), undefined, locale);
    const bigW = textWidth(bigText, big, 'bold') + 14;
    const y = head.bottom + fs.label * 0.6;
    marks.push(text('big-number', pad, y + big * 0.8, bigText, big, { fill: 'accent', weight: 'bold' }));
    const side = textBlock('big-label', t.pointBy(pointLabel(row, locale), t.provider(row.provider)), {
      x: pad + bigW,
      y: y + fs.small,
      maxWidth: f.inner.width - bigW,
      size: fs.small
    });
    const detail = textBlock('big-detail', detailLabel(row, locale), {
      x: pad + bigW,
      y: side.bottom + fs.small * 1.1,
      maxWidth: f.inner.width - bigW,
      size: fs.small,
      fill: 'muted'
    });
    marks.push(...side.marks, ...detail.marks);
    top = Math.max(y + big, detail.bottom) + fs.label * 0.6;
  }

  // Beside or under the waffle: whichever arrangement gives the larger waffle.
  const room = f.bottom - top;
  const gapOf = (side: number) => (side > 200 ? 3 : 2);
  const under = (() => {
    const probe = column(
      data,
      state,
      locale,
      f,
      0,
      0,
      f.inner.width,
      cellSize(f.inner.width, 10, 2),
      10
    ).bottom;
    const side = Math.min(f.inner.width, room - probe - fs.label * 1.2);
    return { side, colX: pad, colY: top + side + fs.label * 1.6, colW: f.inner.width, perRow: 10 };
  })();
  const beside = (() => {
    // The column keeps at least 120 px.
    const side = Math.min(size.width * 0.52, room, f.inner.width - 140);
    return {
      side,
      colX: pad + side + 20,
      colY: top + fs.label,
      colW: f.right - (pad + side + 20),
      perRow: 5
    };
  })();
  const besideFits =
    beside.side > 0 &&
    column(data, state, locale, f, 0, 0, beside.colW, cellSize(beside.side, 10, gapOf(beside.side)), 5)
      .bottom <= room;
  const at = besideFits && (f.wide || beside.side > under.side) ? beside : under;
  const gap = gapOf(at.side);
  const cell = cellSize(at.side, 10, gap);
  const filled = climate ? 100 : row ? squaresFor(row) : 0;
  marks.push(
    ...waffle('cell', 100, {
      x: pad,
      y: top,
      cell,
      gap,
      cols: 10,
      style: (i) => ({ fill: i < filled ? 'accent' : 'faint', rx: 1 })
    })
  );
  marks.push(...column(data, state, locale, f, at.colX, at.colY, at.colW, cell, at.perRow).marks);
  return { width: size.width, height: size.height, marks };
}

/**
 * The column beside or under the waffle: the climate key with climate tech's squares at the same
 * scale, or the ledger of the published shares shown so far. Laid out from (x, y), `w` wide.
 */
function column(
  data: VcData,
  state: VcState,
  locale: Locale,
  f: Frame,
  x: number,
  y: number,
  w: number,
  cell: number,
  perRow: number
): { marks: Mark[]; bottom: number } {
  const { fs } = f;
  const t = strings[locale];
  const money = (v: number) => usdBn(v, { locale });
  const marks: Mark[] = [];
  const labelSize = f.compact ? fs.small : fs.label;
  if (state.view === 'climate') {
    const ai = data['global-2024'].sector_usd_bn!;
    const ct = data['climate-2024'].sector_usd_bn!;
    const squares = ct / climateSquareUsdBn(data);
    const aiLab = textBlock('legend-ai', t.legendAi(money(ai)), {
      x,
      y: y + labelSize * 0.4,
      maxWidth: w,
      size: labelSize,
      fill: 'accent',
      weight: 'bold'
    });
    marks.push(...aiLab.marks);
    // Climate tech at the same scale: whole squares, then the remainder as a partial square.
    const gap = cell > 18 ? 3 : 2;
    const sy = aiLab.bottom + labelSize * 0.6;
    const n = Math.ceil(squares);
    marks.push(
      ...waffle('climate', n, {
        x,
        y: sy,
        cell,
        gap,
        cols: perRow,
        style: (i) => ({ fill: 'contrast', rx: 1, width: cell * Math.min(1, squares - i) })
      })
    );
    const ctLab = textBlock(
      'legend-climate',
      f.compact
        ? t.legendClimateShort(money(ct), num(squares, 1, locale))
        : t.legendClimate(money(ct), num(squares, 1, locale)),
      {
        x,
        y: sy + Math.ceil(n / perRow) * (cell + gap) + labelSize,
        maxWidth: w,
        size: labelSize,
        fill: 'contrast',
        weight: 'bold'
      }
    );
    const def = textBlock(
      'definition',
      (f.compact ? t.definitionShort : t.definition)(usdBn(CLIMATE_WIDE_USD_BN, { digits: 0, locale })),
      { x, y: ctLab.bottom + fs.small * 1.2, maxWidth: w, size: fs.small, fill: 'muted' }
    );
    marks.push(...ctLab.marks, ...def.marks);
    return { marks, bottom: def.bottom };
  }
  // Compact frames list only the earlier figures: the current one is the big number above.
  const shown = SHARE_POINTS.slice(0, state.ledger).filter((id) => !f.compact || id !== state.point);
  let cy = y;
  if (shown.length > 0) {
    const head = textBlock('ledger-head', f.compact ? t.ledgerHeadShort : t.ledgerHead, {
      x,
      y: cy,
      maxWidth: w,
      size: fs.small,
      fill: 'muted'
    });
    marks.push(...head.marks);
    cy = head.bottom + labelSize * 1.1;
  }
  for (const id of shown) {
    const r = data[id as RowId];
    const current = id === state.point;
    const line = textBlock(
      `ledger-${id}`,
      ((line) => (f.compact ? t.ledgerBy(line, t.provider(r.provider)) : line))(
        t.ledger(pct(squaresFor(r), undefined, locale), pointLabel(r, locale))
      ),
      {
        x,
        y: cy,
        maxWidth: w,
        size: labelSize,
        fill: current ? 'accent' : 'ink',
        weight: current ? 'bold' : 'normal'
      }
    );
    marks.push(...line.marks);
    if (f.compact) {
      cy = line.bottom + fs.small * 1.05;
      continue;
    }
    const prov = textBlock(`ledger-${id}-provider`, t.provider(r.provider), {
      x,
      y: line.bottom + fs.small,
      maxWidth: w,
      size: fs.small,
      fill: 'muted'
    });
    marks.push(...prov.marks);
    cy = prov.bottom + fs.label * 1.05;
  }
  return { marks, bottom: cy };
}
