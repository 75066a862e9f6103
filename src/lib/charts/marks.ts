import type { CircleMark, LineMark, RectMark, TextMark, Tone } from './types';

/**
 * Constructors for the marks layouts draw most, so a rule, a dot, a box or a label reads as one line.
 * `o` takes the optional properties: width, dash and opacity of a line; outline and opacity of
 * a dot; outline, corner radius and opacity of a box; tone (default 'ink'), anchor, weight,
 * baseline, halo and opacity of a text.
 */
export function line(
  id: string,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: Tone,
  o: Pick<LineMark, 'strokeWidth' | 'dash' | 'opacity'> = {}
): LineMark {
  return { id, kind: 'line', x1, y1, x2, y2, stroke, ...o };
}

/** A dot of radius `r` px at (cx, cy). */
export function dot(
  id: string,
  cx: number,
  cy: number,
  r: number,
  fill: Tone | 'none',
  o: Pick<CircleMark, 'stroke' | 'strokeWidth' | 'opacity'> = {}
): CircleMark {
  return { id, kind: 'circle', cx, cy, r, fill, ...o };
}

/** One line of text at (x, y), `size` px (wrapped paragraphs: textBlock in text.ts). */
export function text(
  id: string,
  x: number,
  y: number,
  content: string,
  size: number,
  o: Partial<Pick<TextMark, 'fill' | 'anchor' | 'weight' | 'baseline' | 'halo' | 'opacity'>> = {}
): TextMark {
  return { id, kind: 'text', x, y, text: content, size, fill: 'ink', ...o };
}

/** A box `width` × `height` px from its top left corner (x, y). */
export function rect(
  id: string,
  x: number,
  y: number,
  width: number,
  height: number,
  fill: Tone | 'none',
  o: Pick<RectMark, 'stroke' | 'strokeWidth' | 'dash' | 'rx' | 'opacity'> = {}
): RectMark {
  return { id, kind: 'rect', x, y, width, height, fill, ...o };
}
