import { max } from 'd3-array';
import { cellSize, frame, header, lineCount, waffle } from '$lib/charts/frame';
import { pct } from '$lib/charts/format';
import { longestPiece, textBlock } from '$lib/charts/text';
import { text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import type { Locale } from '$lib/locale';
import type { CarriedData, MeasureId } from './data';
import type { CarriedState } from './states';
import { strings } from './strings';

/** The three measures in the order the steps fill them. */
export const MEASURES = ['returns', 'earnings', 'capex'] as const satisfies readonly MeasureId[];

/** The headline number of a waffle, e.g. "75%" ("≈8%" for the derived company count). */
export function headline(data: CarriedData, id: MeasureId, locale: Locale = 'en'): string {
  return `${id === 'companies' ? (locale === 'ja' ? '約' : '≈') : ''}${pct(data[id].value_pct, undefined, locale)}`;
}

/**
 * 100-square waffles, one per measure, filled in step by step from the bottom row up; the last
 * step adds a fourth waffle showing how few companies produce those shares, and says whose basket
 * this is. The arrangement — 1 to 4 columns of waffles with their labels above, or one waffle
 * per row with its label beside — is the one that gives the largest squares in the frame.
 */
export function layout(data: CarriedData, state: Resolved<CarriedState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const { locale } = state;
  const t = strings[locale];
  const items: MeasureId[] = state.basket ? [...MEASURES, 'companies'] : [...MEASURES];
  const n = items.length;
  const big = Math.round(fs.title * (f.short ? 1.2 : 1.5));
  const gx = f.narrow ? 8 : Math.max(12, size.width * 0.03);
  const gy = fs.label;
  type Slot = { bx: number; by: number; tx: number; ty: number; textW: number };

  /** The arrangement with the largest waffles for the full or the short wording. */
  const arrange = (form: 'full' | 'short') => {
    const head = header(f, t.title, t.unit[form], { subtitleSize: 'small' });
    const label = (id: MeasureId) => t.labels[id][form];
    const note = t.basketNote[form];
    const footer = state.basket ? lineCount(note, f.inner.width, fs.small) * fs.small * 1.3 + fs.small : 0;
    const top = head.bottom + fs.label;
    const room = f.bottom - top - footer;
    // Height of a headline number plus its label wrapped to `w`.
    const headAt = (w: number) =>
      big * 1.15 + max(items, (id) => lineCount(label(id), w, fs.small))! * fs.small * 1.25 + 6;
    // wrapText never splits a word (or a Japanese phrase): a column must be as wide as the
    // longest of any label.
    const longestWord = max(items, (id) => longestPiece(label(id), fs.small))!;
    let best: { side: number; slots: Slot[] } = { side: 0, slots: [] };
    for (let cols = 1; cols <= n; cols++) {
      const rows = Math.ceil(n / cols);
      const colW = (f.inner.width - (cols - 1) * gx) / cols;
      if (cols > 1 && colW < longestWord) continue;
      const availH = room - (rows - 1) * gy;
      // Labels wrap to the block (a little wider than its waffle), so measure them at that width.
      const side0 = Math.min(colW, availH / rows - headAt(colW), 220);
      const blockW = Math.min(colW, Math.max(side0 * 1.25, 120, longestWord));
      const headH = headAt(blockW);
      const side = Math.min(blockW, availH / rows - headH, 220);
      if (side <= best.side) continue;
      // Centre the block of waffles in the room between the header and the footer.
      const y0 = top + Math.max(0, (availH - rows * (headH + side)) / 2);
      const x0 = Math.max(pad, (size.width - cols * blockW - (cols - 1) * gx) / 2);
      best = {
        side,
        slots: items.map((_, i) => {
          const tx = x0 + (i % cols) * (blockW + gx);
          const ty = y0 + Math.floor(i / cols) * (headH + side + gy);
          return { bx: tx, by: ty + headH, tx, ty, textW: blockW };
        })
      };
    }
    // The other arrangement: one waffle per row, its number and label beside it.
    const rowSide = Math.min((room - (n - 1) * gy) / n, f.inner.width * 0.42, 220);
    const rowText = f.inner.width - rowSide - 12;
    if (rowSide > best.side * 1.1 && headAt(rowText) - 6 <= rowSide + gy && rowText >= longestWord) {
      const y0 = top + Math.max(0, (room - n * rowSide - (n - 1) * gy) / 2);
      best = {
        side: rowSide,
        slots: items.map((_, i) => {
          const by = y0 + i * (rowSide + gy);
          return { bx: pad, by, tx: pad + rowSide + 12, ty: by, textW: rowText };
        })
      };
    }
    return { ...best, head, label, note };
  };
  // The full wording unless it leaves the waffles too small to count squares in.
  const full = arrange('full');
  const { side, slots, head, label, note } = full.side >= 48 ? full : arrange('short');
  const marks: Mark[] = [...head.marks];
  const gap = Math.max(1, side * 0.016);
  items.forEach((id, i) => {
    const { bx, by, tx, ty, textW } = slots[i]!;
    const shown =
      id === 'companies' ? state.basket : MEASURES.indexOf(id as (typeof MEASURES)[number]) < state.filled;
    const tone: Tone = id === 'companies' ? 'contrast' : 'accent';
    if (shown) {
      marks.push(
        text(`num-${id}`, tx, ty + big * 0.8, headline(data, id, locale), big, { fill: tone, weight: 'bold' })
      );
    }
    marks.push(
      ...textBlock(`label-${id}`, label(id), {
        x: tx,
        y: ty + big * 1.15 + fs.small * 0.8,
        maxWidth: textW,
        size: fs.small,
        fill: shown ? 'ink' : 'muted',
        lineHeight: 1.25
      }).marks
    );
    const lit = shown ? Math.round(data[id].value_pct) : 0;
    marks.push(
      ...waffle(`cell-${id}`, 100, {
        x: bx,
        y: by,
        cell: cellSize(side, 10, gap),
        gap,
        cols: 10,
        rowsFromBottom: 10,
        style: (k) => ({ fill: k < lit ? tone : 'faint' })
      })
    );
  });

  if (state.basket) {
    marks.push(
      ...textBlock('basket-note', note, {
        x: pad,
        y: f.bottom - fs.small * 0.3,
        maxWidth: f.inner.width,
        size: fs.small,
        valign: 'bottom'
      }).marks
    );
  }
  return { width: size.width, height: size.height, marks };
}
