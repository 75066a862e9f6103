import type { TextMark, Tone } from './types';

/**
 * Text measurement without a DOM. Layouts are pure and run on the server, so we estimate widths
 * from an average glyph width (sans-serif, mixed case, digits ≈ 0.55 em). Slightly generous so
 * labels never overflow on a phone.
 */
export const AVG_CHAR_EM = 0.56;

export function textWidth(text: string, size: number): number {
  return text.length * size * AVG_CHAR_EM;
}

/** Greedy word wrap to `maxWidth` pixels. A single word longer than a line keeps its own line. */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const maxChars = Math.max(4, Math.floor(maxWidth / (size * AVG_CHAR_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Text marks for a wrapped paragraph starting at (x, y) (first baseline), one mark per line with
 * ids `${id}-0`, `${id}-1`, … Returns the marks and the y just below the last line.
 */
export function textBlock(
  id: string,
  text: string,
  opts: {
    x: number;
    y: number;
    maxWidth: number;
    size: number;
    fill?: Tone;
    weight?: 'normal' | 'bold';
    anchor?: 'start' | 'middle' | 'end';
    lineHeight?: number;
    halo?: boolean;
  }
): { marks: TextMark[]; bottom: number } {
  const lh = (opts.lineHeight ?? 1.3) * opts.size;
  const lines = wrapText(text, opts.maxWidth, opts.size);
  const marks = lines.map((line, i): TextMark => ({
    id: `${id}-${i}`,
    kind: 'text',
    x: opts.x,
    y: opts.y + i * lh,
    text: line,
    size: opts.size,
    fill: opts.fill ?? 'ink',
    weight: opts.weight,
    anchor: opts.anchor,
    halo: opts.halo
  }));
  return { marks, bottom: opts.y + (lines.length - 1) * lh + opts.size * 0.4 };
}

/** Font sizes by drawing width: readable at 320 px, not shouting at 1440 px. */
export function fontSizes(width: number): { label: number; small: number; title: number } {
  if (width < 420) return { label: 13, small: 12, title: 15 };
  if (width < 720) return { label: 14, small: 12.5, title: 16 };
  return { label: 15, small: 13, title: 18 };
}
