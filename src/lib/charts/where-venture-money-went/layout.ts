import { fontSizes } from '$lib/charts/frame';
import { num, pct, usdBn } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size } from '$lib/charts/types';
import { climateSquareUsdBn, detailLabel, pointLabel, squaresFor, type RowId, type VcData } from './data';
import { SHARE_POINTS, type VcState } from './states';

/**
 * A 100-square waffle. In the share view one square is 1% of all venture capital and the
 * squares fill to the published AI share; a ledger lists every figure shown so far with its
 * provider, because they come from different publishers and are not one series. In the climate
 * view the same 100 squares become AI's 2024 dollars (≈$1.3B each) and climate tech's $12.9B is
 * drawn at the same scale (9.8 squares, the last one partial).
 */
export function layout(data: VcData, state: Resolved<VcState>, size: Size): Scene {
  const fs = fontSizes(size.width);
  const pad = 16;
  const inner = size.width - 2 * pad;
  const marks: Mark[] = [];
  const climate = state.view === 'climate';
  const row = state.point === 'none' ? null : data[state.point];
  // Short frames (a 320 px phone gives the chart about 300 × 320): the page already shows the
  // Scrolly title, so the chart drops its own, lists only the earlier figures and shortens labels.
  const compact = size.height < 420;

  // Header: title, then the big number (or the scale) and what it is.
  const title = climate
    ? 'Venture capital in 2024: AI and climate tech'
    : 'Share of venture capital that went to AI';
  const t = compact
    ? { marks: [], bottom: pad - fs.label * 0.2 }
    : textBlock('title', title, {
        x: pad,
        y: pad + fs.title,
        maxWidth: inner,
        size: fs.title,
        weight: 'bold'
      });
  marks.push(...t.marks);
  let y = t.bottom + fs.label * 1.2;
  if (climate) {
    const sub = textBlock(
      'subtitle',
      compact
        ? `2024 · each square ≈ ${usdBn(climateSquareUsdBn(data))} · PitchBook`
        : `Each square ≈ ${usdBn(climateSquareUsdBn(data))} · PitchBook data, both sums`,
      { x: pad, y, maxWidth: inner, size: fs.label, fill: 'muted' }
    );
    marks.push(...sub.marks);
    y = sub.bottom + fs.label * 0.6;
  } else if (row) {
    const big = Math.round(fs.title * (compact ? 1.8 : 2.1));
    const bigText = pct(squaresFor(row));
    const bigW = textWidth(bigText, big, 'bold') + 14;
    marks.push({
      id: 'big-number',
      kind: 'text',
      x: pad,
      y: y + big * 0.8,
      text: bigText,
      size: big,
      weight: 'bold',
      fill: 'accent'
    });
    const side = textBlock('big-label', `${pointLabel(row)} · ${row.provider}`, {
      x: pad + bigW,
      y: y + fs.label * 0.4,
      maxWidth: inner - bigW,
      size: fs.small,
      fill: 'ink'
    });
    const detail = textBlock('big-detail', detailLabel(row), {
      x: pad + bigW,
      y: side.bottom + fs.small * 1.1,
      maxWidth: inner - bigW,
      size: fs.small,
      fill: 'muted'
    });
    marks.push(...side.marks, ...detail.marks);
    y = Math.max(y + big, detail.bottom) + fs.label * 0.9;
  } else {
    const sub = textBlock('subtitle', 'Each square = 1% of all venture capital invested', {
      x: pad,
      y,
      maxWidth: inner,
      size: fs.label,
      fill: 'muted'
    });
    marks.push(...sub.marks);
    y = sub.bottom + fs.label * 0.6;
  }
  const top = Math.max(y, pad + fs.title * (compact ? 3.2 : 5.2));

  // Waffle geometry: side by side with the ledger when wide, stacked when narrow.
  const wide = size.width >= 600;
  const ledgerH = wide ? 0 : compact ? fs.small * 8.6 : fs.label * 11.5;
  const sideLen = Math.max(60, Math.min(wide ? size.width * 0.52 : inner, size.height - top - pad - ledgerH));
  const gap = sideLen > 200 ? 3 : 2;
  const cell = (sideLen - 9 * gap) / 10;
  const filled = climate ? 100 : row ? squaresFor(row) : 0;
  for (let i = 0; i < 100; i++) {
    const col = i % 10;
    const r = Math.floor(i / 10);
    const on = i < filled;
    marks.push({
      id: `cell-${i}`,
      kind: 'rect',
      x: pad + col * (cell + gap),
      y: top + r * (cell + gap),
      width: cell,
      height: cell,
      fill: on ? 'accent' : 'faint',
      rx: 1
    });
  }

  // The column beside (wide) or below (narrow) the waffle.
  const colX = wide ? pad + sideLen + 24 : pad;
  const colW = wide ? size.width - colX - pad : inner;
  let cy = wide ? top + fs.label : top + sideLen + (compact ? fs.small * 1.5 : fs.label * 1.6);
  const labelSize = compact ? fs.small : fs.label;

  if (climate) {
    const unit = climateSquareUsdBn(data);
    const ai = data['global-2024'].sector_usd_bn!;
    const ct = data['climate-2024'].sector_usd_bn!;
    const aiLab = textBlock('legend-ai', `■ AI: ${usdBn(ai)} (all 100 squares)`, {
      x: colX,
      y: cy,
      maxWidth: colW,
      size: labelSize,
      fill: 'accent',
      weight: 'bold'
    });
    marks.push(...aiLab.marks);
    cy = aiLab.bottom + labelSize * 0.8;
    // Climate tech at the same scale: whole squares, then the remainder as a partial square.
    const squares = ct / unit;
    const perRow = wide ? 5 : 10;
    for (let i = 0; i < Math.ceil(squares); i++) {
      const frac = Math.min(1, squares - i);
      marks.push({
        id: `climate-${i}`,
        kind: 'rect',
        x: colX + (i % perRow) * (cell + gap),
        y: cy + Math.floor(i / perRow) * (cell + gap),
        width: cell * frac,
        height: cell,
        fill: 'contrast',
        rx: 1
      });
    }
    cy += Math.ceil(Math.ceil(squares) / perRow) * (cell + gap) + labelSize * 1.1;
    const ctLab = textBlock(
      'legend-climate',
      compact
        ? `■ Climate tech: ${usdBn(ct)} (${num(squares, 1)} squares)`
        : `■ Climate tech: ${usdBn(ct)}, ${num(squares, 1)} squares, about a tenth of AI's sum`,
      { x: colX, y: cy, maxWidth: colW, size: labelSize, fill: 'contrast', weight: 'bold' }
    );
    marks.push(...ctLab.marks);
    const def = textBlock(
      'definition',
      compact
        ? "PitchBook's definition; Sightline Climate's wider count: about $30B"
        : "Climate tech as PitchBook defines it (venture deals). Sightline Climate's wider count, with growth equity, was about $30B.",
      { x: colX, y: ctLab.bottom + fs.small * 1.2, maxWidth: colW, size: fs.small, fill: 'muted' }
    );
    marks.push(...def.marks);
  } else {
    // Compact frames list only the earlier figures: the current one is the big number above.
    const shown = SHARE_POINTS.slice(0, state.ledger).filter((id) => !compact || id !== state.point);
    if (shown.length > 0) {
      const headText = compact
        ? 'Earlier figures, other providers (not a series):'
        : 'Published figures, different providers: points, not a series';
      const head = textBlock('ledger-head', headText, {
        x: colX,
        y: cy,
        maxWidth: colW,
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
        `${pct(squaresFor(r))} · ${pointLabel(r)}${compact ? ` · ${r.provider}` : ''}`,
        {
          x: colX,
          y: cy,
          maxWidth: colW,
          size: labelSize,
          fill: current ? 'accent' : 'ink',
          weight: current ? 'bold' : 'normal'
        }
      );
      marks.push(...line.marks);
      if (compact) {
        cy = line.bottom + fs.small * 1.05;
        continue;
      }
      const prov = textBlock(`ledger-${id}-provider`, r.provider, {
        x: colX,
        y: line.bottom + fs.small,
        maxWidth: colW,
        size: fs.small,
        fill: 'muted'
      });
      marks.push(...prov.marks);
      cy = prov.bottom + fs.label * 1.05;
    }
  }
  return { width: size.width, height: size.height, marks };
}
