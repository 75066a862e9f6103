import { textBlock, textWidth, wrapText, type Weight } from './text';
import { text } from './marks';
import type { Mark, RectMark, Size, TextMark, Tone } from './types';

/**
 * The chart kit's frame: padding, breakpoints and font sizes, decided once for every chart, and
 * the pieces charts share (header, legend row, bracket, waffle). A layout starts with
 * `const f = frame(size)` and reads everything size-dependent from `f`.
 *
 * The breakpoints — the only ones a layout should test — and the surfaces (sizes.ts) they sort:
 *
 * | flag     | rule           | true for                                     | what it changes            |
 * | -------- | -------------- | -------------------------------------------- | -------------------------- |
 * | narrow   | width < 480    | phones upright (300, 370) and sideways (440) | fewer ticks, short labels  |
 * | wide     | width ≥ 600    | tablet, desktop, projectors                  | side-by-side arrangements  |
 * | compact  | height < 420   | phones, the 480×400 static frame, the card   | no chart title, short text |
 * | short    | height < 300   | the smallest phone (233), the card (168)     | only the essentials        |
 * | tiny     | height < 200   | the card                                     | no header at all           |
 * | portrait | height > width | desktop panel, projector small               | stacked insets             |
 *
 * Compact frames drop the chart's own title because the page prints the Scrolly title right
 * above the chart (and the static frames sit under it); the card, which prints the title and the
 * step above its chart, drops the subtitle too.
 */
export interface Frame extends Size {
  /** Padding on every side, px: 12 on small frames up to 20 on large ones. */
  pad: number;
  /** The drawing area inside the padding, px. */
  inner: Size;
  /** x of the right padding edge, px (width − pad). */
  right: number;
  /** y of the bottom padding edge, px (height − pad). */
  bottom: number;
  narrow: boolean;
  wide: boolean;
  compact: boolean;
  short: boolean;
  tiny: boolean;
  portrait: boolean;
  fs: FontSizes;
}

/** Font sizes in px, all ≥ 12 (the smallest text a phone reader can read without zooming). */
export interface FontSizes {
  /** Labels on marks, annotations. */
  label: number;
  /** Axis ticks, notes, legends. */
  small: number;
  /** The chart's own title. */
  title: number;
}

/** Font sizes by drawing width: readable at 300 px, not shouting at 1100 px. */
export function fontSizes(width: number): FontSizes {
  if (width < 420) return { label: 13, small: 12, title: 15 };
  if (width < 720) return { label: 14, small: 12.5, title: 16 };
  return { label: 15, small: 13, title: 18 };
}

export function frame(size: Size): Frame {
  const { width, height } = size;
  // The padding follows the smaller side, so a short card does not lose its height to margins.
  const pad = Math.round(Math.min(20, Math.max(12, Math.min(width, height) * 0.025)));
  return {
    width,
    height,
    pad,
    inner: { width: width - 2 * pad, height: height - 2 * pad },
    right: width - pad,
    bottom: height - pad,
    narrow: width < 480,
    wide: width >= 600,
    compact: height < 420,
    short: height < 300,
    tiny: height < 200,
    portrait: height > width,
    fs: fontSizes(width)
  };
}

export interface HeaderOptions {
  /** Size of the subtitle: 'label' (default) or 'small' for a longer, quieter line. */
  subtitleSize?: 'label' | 'small';
  /** Keep the title on compact frames too (when it says what the step shows). Default false. */
  keepTitle?: boolean;
}

/**
 * The title (bold, ids `title-<line>`) and subtitle (muted, ids `subtitle-<line>`) at the top
 * left, each wrapped to the frame. On compact frames the title is left out, on tiny ones both
 * (see `Frame`). Returns the marks and `bottom`, the y just below the header.
 */
export function header(
  f: Frame,
  title: string,
  subtitle?: string,
  opts: HeaderOptions = {}
): { marks: TextMark[]; bottom: number } {
  const { fs, pad } = f;
  const marks: TextMark[] = [];
  let bottom = pad;
  const showTitle = !f.compact || opts.keepTitle;
  if (showTitle) {
    const t = textBlock('title', title, {
      x: pad,
      y: pad + fs.title * 0.8,
      maxWidth: f.inner.width,
      size: fs.title,
      weight: 'bold'
    });
    marks.push(...t.marks);
    bottom = t.bottom;
  }
  if (subtitle && !(f.tiny && !opts.keepTitle)) {
    const size = opts.subtitleSize === 'small' ? fs.small : fs.label;
    const s = textBlock('subtitle', subtitle, {
      x: pad,
      y: bottom + (showTitle ? size * 1.2 : size * 0.8),
      maxWidth: f.inner.width,
      size,
      fill: 'muted'
    });
    marks.push(...s.marks);
    bottom = s.bottom;
  }
  return { marks, bottom };
}

export interface LegendItem {
  /** Mark ids: the swatch is `${id}-swatch`, the text `${id}-<line>`. */
  id: string;
  text: string;
  /**
   * The swatch: a tone for a filled square, or a function drawing marks centred on (cx, cy) —
   * a dashed line, a ring, a hollow square — when shape tells the series apart.
   */
  swatch: Tone | ((id: string, cx: number, cy: number) => Mark[]);
  /** Text tone; default 'ink'. */
  fill?: Tone;
}

/**
 * A legend swatch drawn as a dashed outline square, for marks that stand for what is not (yet)
 * money paid: notional value, guidance. `fill` defaults to 'none'.
 */
export function outlineSwatch(tone: Tone, dash: string, fill: Tone | 'none' = 'none'): LegendItem['swatch'] {
  return (id, cx, cy) => [
    {
      id,
      kind: 'rect',
      x: cx - 5,
      y: cy - 5,
      width: 10,
      height: 10,
      fill,
      stroke: tone,
      strokeWidth: 1.5,
      dash
    }
  ];
}

export interface LegendOptions {
  /** Left edge, px. */
  x: number;
  /** Baseline of the first row, px. */
  y: number;
  /** Row width, px: items flow left to right and wrap to a new row when the next would not fit. */
  maxWidth: number;
  /** Font size, px. */
  size: number;
  /** Room the swatch takes before its text, px; default 1.4 × size. */
  swatchWidth?: number;
  /** Space between items in a row, px; default size. */
  gap?: number;
}

/**
 * A legend as rows of swatch + text. An item too long for a row of its own wraps its text under
 * itself. Returns the marks and `bottom`, the y just below the last row.
 */
export function legendRow(items: readonly LegendItem[], o: LegendOptions): { marks: Mark[]; bottom: number } {
  const sw = o.swatchWidth ?? o.size * 1.4;
  const gap = o.gap ?? o.size;
  const lh = o.size * 1.3;
  const rowGap = o.size * 1.5;
  const marks: Mark[] = [];
  let x = o.x;
  let y = o.y;
  // The last baseline drawn so far: a new row starts a row gap below it.
  let rowBottom = o.y;
  for (const item of items) {
    const w = sw + textWidth(item.text, o.size);
    if (x > o.x && x + w > o.x + o.maxWidth) {
      x = o.x;
      y = rowBottom + rowGap;
    }
    const mid = y - o.size * 0.35;
    const sq = o.size * 0.8;
    marks.push(
      ...(typeof item.swatch === 'string'
        ? [
            {
              id: `${item.id}-swatch`,
              kind: 'rect' as const,
              x,
              y: mid - sq / 2,
              width: sq,
              height: sq,
              fill: item.swatch
            }
          ]
        : item.swatch(`${item.id}-swatch`, x + sq / 2, mid))
    );
    const text = textBlock(item.id, item.text, {
      x: x + sw,
      y,
      maxWidth: o.x + o.maxWidth - x - sw,
      size: o.size,
      fill: item.fill ?? 'ink',
      lineHeight: 1.3
    });
    marks.push(...text.marks);
    rowBottom = Math.max(rowBottom, y + (text.marks.length - 1) * lh);
    x += w + gap;
  }
  return { marks, bottom: rowBottom + o.size * 0.4 };
}

export interface BracketOptions {
  /** The span bracketed, px. */
  x0: number;
  x1: number;
  /** y of the bracket's horizontal line, px; its ends hang `tick` px below it. */
  y: number;
  /** The label centred above the bracket (kept inside `left`..`right`). */
  text: string;
  /** Font size, px. */
  size: number;
  /** Stroke tone of the bracket; the label is in the same tone ('muted' brackets get 'ink' text). */
  tone?: Tone;
  /** Label weight; default 'bold'. */
  weight?: Weight;
  /** The label never crosses these x, px (the plot's edges, or where direct labels begin). */
  left: number;
  right: number;
  /** Length of the bracket's end ticks, px; default 4. */
  tick?: number;
}

/**
 * A bracket over a span of bars (a year, a half year) with a label above: ids `${id}-bracket`
 * and `${id}-label`. Returns the marks and `top`, the top of the label's ascenders.
 */
export function bracket(id: string, o: BracketOptions): { marks: Mark[]; top: number } {
  const tone = o.tone ?? 'ink';
  const tick = o.tick ?? 4;
  const weight = o.weight ?? 'bold';
  const w = textWidth(o.text, o.size, weight);
  const cx = Math.min(Math.max((o.x0 + o.x1) / 2, o.left + w / 2), o.right - w / 2);
  const ly = o.y - 5;
  return {
    marks: [
      {
        id: `${id}-bracket`,
        kind: 'path',
        points: [
          [o.x0, o.y + tick],
          [o.x0, o.y],
          [o.x1, o.y],
          [o.x1, o.y + tick]
        ],
        stroke: tone,
        strokeWidth: 1.25
      },
      text(`${id}-label`, cx, ly, o.text, o.size, {
        fill: tone === 'muted' ? 'ink' : tone,
        anchor: 'middle',
        weight,
        halo: true
      })
    ],
    top: ly - o.size * 0.76
  };
}

export interface WaffleOptions {
  /** Top left of the grid, px. */
  x: number;
  y: number;
  /** Side of one square, px. */
  cell: number;
  /** Space between squares, px. */
  gap: number;
  /** Squares per row. */
  cols: number;
  /**
   * Fill from the bottom row up (square 0 at the bottom left) in a grid of this many rows, so a
   * share reads as a level. Without it squares fill row by row from the top left.
   */
  rowsFromBottom?: number;
  /** Each square's look: its fill, and any other rect properties (stroke, dash, a partial width). */
  style: (i: number) => Partial<RectMark> & Pick<RectMark, 'fill'>;
}

/** `count` squares with ids `${id}-${i}`, in the order they fill. */
export function waffle(id: string, count: number, o: WaffleOptions): RectMark[] {
  return Array.from({ length: count }, (_, i) => {
    const col = i % o.cols;
    const row = o.rowsFromBottom ? o.rowsFromBottom - 1 - Math.floor(i / o.cols) : Math.floor(i / o.cols);
    return {
      id: `${id}-${i}`,
      kind: 'rect' as const,
      x: o.x + col * (o.cell + o.gap),
      y: o.y + row * (o.cell + o.gap),
      width: o.cell,
      height: o.cell,
      ...o.style(i)
    };
  });
}

/** Side of one square when `n` squares and their gaps span `length` px. */
export function cellSize(length: number, n: number, gap: number): number {
  return (length - (n - 1) * gap) / n;
}

/** How many lines `text` takes wrapped to `maxWidth` (for reserving room before drawing). */
export function lineCount(text: string, maxWidth: number, size: number, weight: Weight = 'normal'): number {
  return wrapText(text, maxWidth, size, weight).length;
}
