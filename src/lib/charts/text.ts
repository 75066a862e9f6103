import { GLYPH_WIDTHS } from './glyph-widths';
import { BASELINE_SHIFT } from './svg';
import type { TextMark, Tone } from './types';

/**
 * Text measurement without a DOM. Layouts are pure and run on the server, so text is measured
 * from a per-glyph table of advance widths (Observable Plot's approach), generated from DejaVu
 * Sans Book and Bold by scripts/build-glyph-widths.mjs: the font Chromium draws `system-ui` with
 * on Linux and on CI, and a wide one, so what fits here fits on phones with SF Pro or Roboto.
 */
export type Weight = 'normal' | 'bold';

const widths: Record<Weight, Map<number, number>> = { normal: new Map(), bold: new Map() };
for (const weight of ['normal', 'bold'] as const) {
  for (const [first, run] of GLYPH_WIDTHS[weight]) {
    run.split(' ').forEach((w, i) => widths[weight].set(first + i, Number(w) / 1000));
  }
}

/** Full-width scripts (CJK ideographs, kana, full-width forms): one em per character. */
function fullWidth(cp: number): boolean {
  return (
    (cp >= 0x3000 && cp <= 0x30ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff01 && cp <= 0xff60)
  );
}

/**
 * Width of a character missing from the table, in em: as wide as the widest Latin capitals, so
 * an unexpected symbol (drawn from a fallback font) makes a label wrap early, never overflow.
 */
const UNKNOWN_EM = 1;

/** Advance width in em of one code point at a weight (combining accents take no room). */
export function glyphWidth(cp: number, weight: Weight = 'normal'): number {
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  return widths[weight].get(cp) ?? widths.normal.get(cp) ?? (fullWidth(cp) ? 1 : UNKNOWN_EM);
}

/** Width in px of `text` set at `size` px in the given weight (kerning ignored: errs wide). */
export function textWidth(text: string, size: number, weight: Weight = 'normal'): number {
  let em = 0;
  for (const ch of text) em += glyphWidth(ch.codePointAt(0)!, weight);
  return em * size;
}

/**
 * Greedy word wrap to `maxWidth` px, measuring each candidate line. A single word wider than a
 * line keeps a line of its own (it is never split), so only such a line can exceed `maxWidth`.
 * Explicit newlines ("\n") always break.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: Weight = 'normal'): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidth(next, size, weight) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * DejaVu Sans ascent and descent, in em: the font's own line box (hhea), which is what SVG
 * getBBox() reports in the browser — a little taller than the ink, so boxes that clear each other
 * here clear in the in-browser layout test (tests/layout) too.
 */
const ASCENT = 0.93;
const DESCENT = 0.24;

/** The box of a text mark as drawn: x from its anchor and measured width, y from ascent to descent. */
export function textBox(m: TextMark): { x0: number; x1: number; y0: number; y1: number } {
  const w = textWidth(m.text, m.size, m.weight);
  const x0 = m.anchor === 'end' ? m.x - w : m.anchor === 'middle' ? m.x - w / 2 : m.x;
  const base = m.y + BASELINE_SHIFT[m.baseline ?? 'alphabetic'] * m.size;
  return { x0, x1: x0 + w, y0: base - ASCENT * m.size, y1: base + DESCENT * m.size };
}

export interface TextBlockOptions {
  /** Anchor x, px. */
  x: number;
  /** Baseline of the first line (valign 'top', the default) or of the last line ('bottom'), px. */
  y: number;
  /** Lines wrap to this width, px, measured in the block's weight. */
  maxWidth: number;
  /** Font size, px (≥ 12 for anything a reader must read). */
  size: number;
  /** Default 'ink'. */
  fill?: Tone;
  /** Default 'normal'. Bold is measured with the bold glyph widths. */
  weight?: Weight;
  /** Default 'start'. */
  anchor?: 'start' | 'middle' | 'end';
  /** Line spacing as a multiple of `size`; default 1.3. */
  lineHeight?: number;
  /** Paper-coloured halo behind the text; default off. */
  halo?: boolean;
  /** 'top' (default): `y` is the first baseline and lines run down. 'bottom': `y` is the last
   * baseline and lines stack upwards from it (footers, notes that sit on the frame's bottom). */
  valign?: 'top' | 'bottom';
  /** Mark opacity, 0..1; default 1. */
  opacity?: number;
}

/**
 * Text marks for a wrapped paragraph, one mark per line with ids `${id}-0`, `${id}-1`, … Returns
 * the marks, `top` (the top of the first line's ascenders) and `bottom` (just below the last
 * line), so blocks can be stacked in either direction.
 */
export function textBlock(
  id: string,
  text: string,
  opts: TextBlockOptions
): { marks: TextMark[]; top: number; bottom: number } {
  const lh = (opts.lineHeight ?? 1.3) * opts.size;
  const lines = wrapText(text, opts.maxWidth, opts.size, opts.weight);
  const first = opts.valign === 'bottom' ? opts.y - (lines.length - 1) * lh : opts.y;
  const marks = lines.map((line, i): TextMark => ({
    id: `${id}-${i}`,
    kind: 'text',
    x: opts.x,
    y: first + i * lh,
    text: line,
    size: opts.size,
    fill: opts.fill ?? 'ink',
    weight: opts.weight,
    anchor: opts.anchor,
    halo: opts.halo,
    opacity: opts.opacity
  }));
  return {
    marks,
    top: first - opts.size * ASCENT,
    bottom: first + (lines.length - 1) * lh + opts.size * 0.4
  };
}
