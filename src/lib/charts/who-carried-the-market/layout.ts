import { max } from 'd3-array';
import { fontSizes } from '$lib/charts/frame';
import { pct } from '$lib/charts/format';
import { textBlock, textWidth, wrapText } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import type { CarriedData, MeasureId } from './data';
import type { CarriedState } from './states';

/** The three measures in the order the steps fill them. */
export const MEASURES = ['returns', 'earnings', 'capex'] as const satisfies readonly MeasureId[];

export const TITLE = "What ~40 AI-linked stocks contributed, ChatGPT's launch (Nov 2022) to Sep 2025";
export const UNIT = 'Each waffle is 100%: one square = 1 percentage point';
export const BASKET_NOTE =
  "J.P. Morgan's own basket: about 30 'direct AI' stocks plus AI-exposed utilities and equipment makers. A research estimate, not an index statistic.";

const LABELS: Record<MeasureId, string> = {
  returns: 'of S&P 500 returns',
  earnings: 'of S&P 500 earnings growth',
  capex: 'of S&P 500 capital-spending growth',
  companies: "of the index's ~500 companies: the ~40 in the basket"
};

/** The headline number of a waffle, e.g. "75%" ("≈8%" for the derived company count). */
export function headline(data: CarriedData, id: MeasureId): string {
  return `${id === 'companies' ? '≈' : ''}${pct(data[id].value_pct)}`;
}

/** Grid position (column, row from the top) of square k: squares fill from the bottom row up. */
export function cellPosition(k: number): { col: number; row: number } {
  return { col: k % 10, row: 9 - Math.floor(k / 10) };
}

/**
 * 100-square waffles, one per measure, filled in step by step; the last step adds a fourth waffle
 * showing how few companies produce those shares, and says whose basket this is. The grid of
 * waffles (1–4 columns) is chosen to give the largest squares that fit the frame.
 */
export function layout(data: CarriedData, state: Resolved<CarriedState>, size: Size): Scene {
  const { width: W, height: H } = size;
  const fs = fontSizes(W);
  const pad = 12;
  const innerW = W - 2 * pad;
  const marks: Mark[] = [];

  const title = textBlock('title', TITLE, {
    x: pad,
    y: pad + fs.title,
    maxWidth: W - 2 * pad,
    size: fs.title,
    weight: 'bold'
  });
  marks.push(...title.marks);
  const unit = textBlock('unit', UNIT, {
    x: pad,
    y: title.bottom + fs.small * 1.4,
    maxWidth: W - 2 * pad,
    size: fs.small,
    fill: 'muted'
  });
  marks.push(...unit.marks);
  const top = unit.bottom + fs.label * 1.2;

  const noteLines = state.basket ? wrapText(BASKET_NOTE, W - 2 * pad, fs.small).length : 0;
  const footer = state.basket ? noteLines * fs.small * 1.3 + fs.small : 0;

  const items: MeasureId[] = state.basket ? [...MEASURES, 'companies'] : [...MEASURES];
  const n = items.length;
  const num = Math.round(fs.title * 1.5);
  const gx = Math.max(12, W * 0.03);
  const gy = fs.label;

  // Try 1..n columns; keep the one with the largest waffles. Labels wrap to the block width
  // (a little wider than a waffle), so their height is measured at that width.
  let best = { cols: 1, rows: n, blockW: W - 2 * pad, side: 0, head: 0 };
  // A column must be wide enough for the longest word of any label (wrapText never splits words).
  const longestWord = max(
    items.flatMap((id) => LABELS[id].split(' ')),
    (w) => textWidth(w, fs.small)
  )!;
  for (let cols = 1; cols <= n; cols++) {
    const rowsN = Math.ceil(n / cols);
    const colW = (W - 2 * pad - (cols - 1) * gx) / cols;
    if (cols > 1 && colW < longestWord) continue;
    const availH = H - top - footer - pad - (rowsN - 1) * gy;
    const headAt = (w: number) =>
      num * 1.15 + max(items, (id) => wrapText(LABELS[id], w, fs.small).length)! * fs.small * 1.25 + 6;
    const side0 = Math.min(colW, availH / rowsN - headAt(colW), 220);
    const blockW = Math.min(colW, Math.max(side0 * 1.25, 120, longestWord));
    const head = headAt(blockW);
    const side = Math.min(blockW, availH / rowsN - head, 220);
    if (side > best.side) best = { cols, rows: rowsN, blockW, side, head };
  }
  // The alternative for short frames: one waffle per row, its number and label beside it.
  const availRows = H - top - footer - pad - (n - 1) * gy;
  const rowSide = Math.min(availRows / n, innerW * 0.42, 220);
  const rowText = innerW - rowSide - 12;
  const rowTextH =
    num * 1.15 + max(items, (id) => wrapText(LABELS[id], rowText, fs.small).length)! * fs.small * 1.25;
  const beside = rowSide > best.side * 1.1 && rowTextH <= availRows / n + gy && rowText >= longestWord;

  type Slot = { bx: number; by: number; tx: number; ty: number; textW: number };
  let side: number;
  let slots: Slot[];
  if (beside) {
    side = rowSide;
    const step = (availRows - n * side) / Math.max(1, n - 1) + side + gy;
    const y0 = top + Math.max(0, (availRows + (n - 1) * gy - (n - 1) * step - side) / 2);
    slots = items.map((_, i) => {
      const by = y0 + i * step;
      return { bx: pad, by, tx: pad + side + 12, ty: by, textW: rowText };
    });
  } else {
    const { cols, rows, blockW, head } = best;
    side = best.side;
    // Centre the block of waffles vertically in the room left between the title and the footer.
    const gridH = rows * (head + side) + (rows - 1) * gy;
    const y0 = top + Math.max(0, (H - top - footer - pad - gridH) / 2);
    const usedW = cols * blockW + (cols - 1) * gx;
    const x0 = Math.max(pad, (W - usedW) / 2);
    slots = items.map((_, i) => {
      const tx = x0 + (i % cols) * (blockW + gx);
      const ty = y0 + Math.floor(i / cols) * (head + side + gy);
      return { bx: tx, by: ty + head, tx, ty, textW: blockW };
    });
  }
  const gap = Math.max(1, side * 0.016);
  const cell = (side - 9 * gap) / 10;

  items.forEach((id, i) => {
    const { bx, by, tx, ty, textW } = slots[i]!;
    const measureIndex = (MEASURES as readonly MeasureId[]).indexOf(id);
    const shown = id === 'companies' ? state.basket : measureIndex < state.filled;
    const tone: Tone = id === 'companies' ? 'contrast' : 'accent';
    if (shown) {
      marks.push({
        id: `num-${id}`,
        kind: 'text',
        x: tx,
        y: ty + num,
        text: headline(data, id),
        size: num,
        weight: 'bold',
        fill: tone
      });
    }
    const label = textBlock(`label-${id}`, LABELS[id], {
      x: tx,
      y: ty + num * 1.15 + fs.small,
      maxWidth: textW,
      size: fs.small,
      fill: shown ? 'ink' : 'muted',
      lineHeight: 1.25
    });
    marks.push(...label.marks);
    const lit = shown ? Math.round(data[id].value_pct) : 0;
    for (let k = 0; k < 100; k++) {
      const { col, row } = cellPosition(k);
      marks.push({
        id: `cell-${id}-${k}`,
        kind: 'rect',
        x: bx + col * (cell + gap),
        y: by + row * (cell + gap),
        width: cell,
        height: cell,
        fill: k < lit ? tone : 'faint'
      });
    }
  });

  if (state.basket) {
    const note = textBlock('basket-note', BASKET_NOTE, {
      x: pad,
      y: H - pad - (noteLines - 1) * fs.small * 1.3,
      maxWidth: W - 2 * pad,
      size: fs.small,
      fill: 'ink'
    });
    marks.push(...note.marks);
  }
  return { width: W, height: H, marks };
}
