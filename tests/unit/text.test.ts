import { describe, expect, it } from 'vitest';
import { textBlock, textWidth, wrapText } from '$lib/charts/text';

describe('wrapText', () => {
  it('keeps every line within the width', () => {
    const lines = wrapText('The same dollars counted as investment, revenue and market value', 160, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(160);
  });
  it('keeps all the words in order', () => {
    const s = 'one two three four five six seven';
    expect(wrapText(s, 60, 12).join(' ')).toBe(s);
  });
  it('gives a long word its own line rather than dropping it', () => {
    expect(wrapText('a supercalifragilistic b', 40, 12)).toContain('supercalifragilistic');
  });
});

describe('textBlock', () => {
  it('makes one mark per line with stable ids', () => {
    const { marks, bottom } = textBlock('note', 'alpha beta gamma delta', {
      x: 0,
      y: 10,
      maxWidth: 50,
      size: 10
    });
    expect(marks.map((m) => m.id)).toEqual(marks.map((_, i) => `note-${i}`));
    expect(bottom).toBeGreaterThan(10);
  });
});
