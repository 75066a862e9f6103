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

/**
 * Full-width scripts — CJK ideographs, kana, CJK punctuation (、。「」〜・) and full-width forms
 * （）：＝ — one em per character: their advance in Noto Sans CJK JP (which the layout test loads
 * after DejaVu Sans, which has none of them) and in the Japanese system fonts readers have
 * (Hiragino, Yu Gothic, Meiryo). Chromium trims half the space between two adjacent punctuation
 * marks (「、。」 is narrower than three ems), so in a browser such a line is narrower, never wider.
 */
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

/** Japanese (and CJK) text: ideographs, kana, CJK punctuation and full-width forms. */
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/;

/**
 * Kinsoku (禁則), as Japanese typesetting applies it: characters that never start a line (closing
 * brackets and quotes, 、。，．・：；？！, the prolonged-sound mark, small kana, 〜 and %) and
 * characters that never end one (opening brackets and quotes). A break before the first kind or
 * after the second moves to the phrase boundary beside it.
 */
const NO_LINE_START = new Set(
  '、。，．・：；？！ー―‐〜…‥）」』】〕〉》］｝’”々ゝゞぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ%％,.:;?!)]}'
);
const NO_LINE_END = new Set('（「『【〔〈《［｛‘“([{');
/** Never break between a figure and what counts it: 9億1,210万ドル, 13倍, 2025年1〜3月期. */
const DIGIT = /[0-9０-９]$/;
const COUNTER = /^[万億兆京倍年月日期回%％ドル円個社人件本]/;

type Splitter = (phrase: string) => string[];
let japanese: Splitter | undefined;

/**
 * Load BudouX's Japanese model, which `wrapText` needs to break Japanese text at phrase
 * boundaries. Build-time code and tests await it once (src/lib/server/charts.ts does); in the
 * browser the chart registry awaits it with the chart code on a Japanese page, so the English
 * edition never downloads the model.
 */
export async function loadPhraseBreaking(): Promise<void> {
  if (japanese) return;
  const { Parser, jaModel } = await import('budoux');
  const parser = new Parser(jaModel);
  japanese = (s) => parser.parse(s);
}

/**
 * The pieces a line break may fall between, in order: each with `space` true when a space
 * separates it from the piece before. Latin text breaks at spaces only. A word with Japanese in
 * it is cut into BudouX phrases (文節, "AI関連株約40銘柄が"), which are never split, and
 * the cuts obey kinsoku: no piece starts with 、。」） or ends with 「（, and no cut falls between a
 * figure and its unit. Explicit newlines are the caller's (wrapText splits paragraphs first).
 */
export function breakPieces(text: string): { text: string; space: boolean }[] {
  const pieces: { text: string; space: boolean }[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!CJK.test(word)) {
      pieces.push({ text: word, space: pieces.length > 0 });
      continue;
    }
    if (!japanese) {
      throw new Error(
        `Japanese line breaking is not loaded: await loadPhraseBreaking() (src/lib/charts/text.ts) before laying out "${text}"`
      );
    }
    const phrases: string[] = [];
    // A label's colon ends a phrase ("気候テック：" / "129億ドル"), where BudouX may keep both sides.
    for (const p of japanese(word).flatMap((p) => p.split(/(?<=：)(?=.)/))) {
      const prev = phrases.at(-1);
      const glue =
        prev !== undefined &&
        (NO_LINE_START.has(p[0]!) ||
          NO_LINE_END.has(prev.at(-1)!) ||
          (DIGIT.test(prev) && COUNTER.test(p)) ||
          // Never inside a Latin word or a number: "GB300", "1,210".
          (/[A-Za-z0-9.,]$/.test(prev) && /^[A-Za-z0-9.,]/.test(p)));
      if (glue) phrases[phrases.length - 1] = prev + p;
      else phrases.push(p);
    }
    phrases.forEach((p, i) => pieces.push({ text: p, space: i === 0 && pieces.length > 0 }));
  }
  return pieces;
}

/** The longest piece of `text` a line can never split, in px (the narrowest a column can be). */
export function longestPiece(text: string, size: number, weight: Weight = 'normal'): number {
  return Math.max(0, ...breakPieces(text).map((p) => textWidth(p.text, size, weight)));
}

/**
 * Greedy line breaking to `maxWidth` px, measuring each candidate line: at spaces in Latin text,
 * at phrase boundaries in Japanese (see `breakPieces`). A piece wider than a line keeps a line of
 * its own (it is never split), so only such a line can exceed `maxWidth`. Explicit newlines
 * ("\n") always break.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: Weight = 'normal'): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const piece of breakPieces(paragraph)) {
      const next = line ? `${line}${piece.space ? ' ' : ''}${piece.text}` : piece.text;
      if (line && textWidth(next, size, weight) > maxWidth) {
        lines.push(line);
        line = piece.text;
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
