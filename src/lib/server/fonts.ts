import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { breakUnits, hasJapanese } from '$lib/text/phrases';

/**
 * The fonts cards and PNG downloads are drawn with: DejaVu Sans Book and Bold, shipped in
 * assets/fonts/ under their licence (assets/fonts/LICENSE-DejaVu.txt). resvg runs with system
 * fonts off, so a card is the same on every machine. They are also the fonts the chart layouts
 * measure their labels for (the glyph-width table in src/lib/charts/), so labels fit exactly.
 *
 * Japanese: Noto Sans CJK JP Regular and Bold, subset to the characters the Japanese edition
 * uses (assets/fonts/LICENSE-NotoSansCJK.txt; made by scripts/subset-cjk-font.mjs). A Japanese
 * card's own text (title, kicker, source line) is set in it (CJK_FONT_FAMILY, Latin included, as
 * Japanese print does); anything else that DejaVu Sans has no glyph for falls back to it, in
 * resvg as here.
 *
 * The card text (title, kicker, source line) is measured here from the font files themselves:
 * advance widths from `hmtx`, looked up through the format-4 `cmap`. Kerning is ignored, which
 * only ever narrows a pair: a line that fits here fits when drawn.
 */
export const FONT_FILES = {
  normal: 'assets/fonts/DejaVuSans.ttf',
  bold: 'assets/fonts/DejaVuSans-Bold.ttf'
} as const;

export const CJK_FONT_FILES = {
  normal: 'assets/fonts/NotoSansCJKjp-Regular.subset.otf',
  bold: 'assets/fonts/NotoSansCJKjp-Bold.subset.otf'
} as const;

/** Every font file resvg loads (and the cache key digests). */
export const ALL_FONT_FILES: readonly string[] = [
  ...Object.values(FONT_FILES),
  ...Object.values(CJK_FONT_FILES)
];

export const FONT_FAMILY = 'DejaVu Sans';
export const CJK_FONT_FAMILY = 'Noto Sans CJK JP';

export type Weight = keyof typeof FONT_FILES;
/** Which font a text is set in first: DejaVu Sans (Latin), or Noto Sans CJK JP (a Japanese card's text). */
export type Face = 'latin' | 'cjk';

interface Metrics {
  unitsPerEm: number;
  advance: (cp: number) => number;
  /** Whether the font has a glyph for the character (not .notdef). */
  has: (cp: number) => boolean;
}

function table(buf: Buffer, tag: string): number {
  const count = buf.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + 16 * i;
    if (buf.toString('latin1', rec, rec + 4) === tag) return buf.readUInt32BE(rec + 8);
  }
  throw new Error(`font has no "${tag}" table`);
}

function readMetrics(file: string): Metrics {
  const buf = readFileSync(file);
  const unitsPerEm = buf.readUInt16BE(table(buf, 'head') + 18);
  const numberOfHMetrics = buf.readUInt16BE(table(buf, 'hhea') + 34);
  const hmtx = table(buf, 'hmtx');
  const cmap = table(buf, 'cmap');
  let sub = -1;
  for (let i = 0; i < buf.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const at = cmap + buf.readUInt32BE(rec + 4);
    if (platform === 3 && encoding === 1 && buf.readUInt16BE(at) === 4) sub = at;
  }
  if (sub < 0) throw new Error(`${file}: no Unicode BMP (format 4) cmap`);
  const segX2 = buf.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const offsets = deltas + segX2;
  const glyph = (cp: number): number => {
    for (let s = 0; s < segX2; s += 2) {
      if (cp > buf.readUInt16BE(ends + s)) continue;
      const start = buf.readUInt16BE(starts + s);
      if (cp < start) return 0;
      const delta = buf.readInt16BE(deltas + s);
      const ro = buf.readUInt16BE(offsets + s);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = buf.readUInt16BE(offsets + s + ro + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    has: (cp) => glyph(cp) !== 0,
    advance(cp) {
      let w = cache.get(cp);
      if (w === undefined) {
        const g = glyph(cp);
        w = buf.readUInt16BE(hmtx + 4 * Math.min(g, numberOfHMetrics - 1));
        cache.set(cp, w);
      }
      return w;
    }
  };
}

const metrics = new Map<string, Metrics>();
function fontMetrics(file: string): Metrics {
  let m = metrics.get(file);
  if (!m) metrics.set(file, (m = readMetrics(file)));
  return m;
}

/** The fonts a face draws with, in fallback order. */
const fontsOf = (weight: Weight, face: Face) =>
  face === 'cjk'
    ? [CJK_FONT_FILES[weight], FONT_FILES[weight]]
    : [FONT_FILES[weight], CJK_FONT_FILES[weight]];

/**
 * Width in px of `text` drawn at `size` px: in DejaVu Sans of the given weight (face 'latin'),
 * or in Noto Sans CJK JP (face 'cjk'), each character from the first font that has it.
 */
export function measure(text: string, size: number, weight: Weight = 'normal', face: Face = 'latin'): number {
  const fonts = fontsOf(weight, face).map(fontMetrics);
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const m = fonts.find((f) => f.has(cp)) ?? fonts[0]!;
    width += m.advance(cp) / m.unitsPerEm;
  }
  return width * size;
}

/** Characters of `text` that no font of the cards has (they would be drawn as empty boxes). */
export function missingGlyphs(text: string, weight: Weight = 'normal'): string[] {
  const fonts = fontsOf(weight, 'latin').map(fontMetrics);
  const out = new Set<string>();
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    if (!fonts.some((f) => f.has(ch.codePointAt(0)!))) out.add(ch);
  }
  return [...out];
}

/**
 * Greedy wrap to `maxWidth` px. English breaks at spaces; Japanese between phrases (BudouX,
 * src/lib/text/phrases.ts), never inside a word. A unit wider than a line keeps a line of its own.
 */
export function wrap(
  text: string,
  maxWidth: number,
  size: number,
  weight: Weight = 'normal',
  face: Face = 'latin'
): string[] {
  if (hasJapanese(text)) return wrapPhrases(text, maxWidth, size, weight, face);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function wrapPhrases(text: string, maxWidth: number, size: number, weight: Weight, face: Face): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim())) {
    const next = line + unit;
    if (line && measure(next.trimEnd(), size, weight, face) > maxWidth) {
      lines.push(line.trimEnd());
      line = unit;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Wrap to at most `maxLines`; if the text is longer, the last line is cut at a word and ends
 * with an ellipsis (never wider than `maxWidth`).
 */
export function wrapClipped(
  text: string,
  maxWidth: number,
  size: number,
  maxLines: number,
  weight: Weight = 'normal',
  face: Face = 'latin'
): string[] {
  const lines = wrap(text, maxWidth, size, weight, face);
  if (lines.length <= maxLines) return lines;
  if (hasJapanese(text)) {
    // Cut at a phrase, as the lines are.
    const kept = lines.slice(0, maxLines - 1);
    let last = '';
    for (const unit of breakUnits(lines.slice(maxLines - 1).join(''))) {
      if (measure(`${last}${unit}…`.trimEnd(), size, weight, face) > maxWidth) break;
      last += unit;
    }
    kept.push(`${last.replace(/[\s、。，,;:・–—-]+$/u, '')}…`);
    return kept;
  }
  const kept = lines.slice(0, maxLines);
  const words = lines
    .slice(maxLines - 1)
    .join(' ')
    .split(' ');
  let last = '';
  for (const word of words) {
    const next = last ? `${last} ${word}` : word;
    if (measure(`${next}…`, size, weight) > maxWidth) break;
    last = next;
  }
  kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/u, '')}…`;
  return kept;
}

/** A digest of the font files: part of every cached PNG's key, so new fonts redraw every card. */
export function fontDigest(): string {
  const h = createHash('sha256');
  for (const file of ALL_FONT_FILES) h.update(readFileSync(file));
  return h.digest('hex').slice(0, 16);
}
