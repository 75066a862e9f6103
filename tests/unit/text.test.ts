import { describe, expect, it } from 'vitest';
import { textBlock, textBox, textWidth, wrapText } from '$lib/charts/text';

describe('textWidth (DejaVu Sans advance widths)', () => {
  it('measures glyphs, not characters: iii is narrower than WWW', () => {
    expect(textWidth('iii', 14)).toBeLessThan(textWidth('WWW', 14) / 3);
  });

  it('matches the font: digits are 0.637 em, a space 0.318 em, W 0.989 em (at 100 px)', () => {
    expect(textWidth('0123456789', 100)).toBeCloseTo(637, 0);
    expect(textWidth(' ', 100)).toBeCloseTo(31.8, 0);
    expect(textWidth('W', 100)).toBeCloseTo(98.9, 0);
  });

  it('measures bold wider than normal, by the font’s own widths', () => {
    const s = 'Scion’s 13F filing, 30 Sep 2025';
    expect(textWidth(s, 15, 'bold')).toBeGreaterThan(textWidth(s, 15) * 1.05);
    expect(textWidth('0', 100, 'bold')).toBeCloseTo(69.6, 0);
  });

  it('scales with the font size', () => {
    expect(textWidth('$912.1M', 26)).toBeCloseTo(2 * textWidth('$912.1M', 13), 6);
  });

  it('knows the typographic characters the charts print (− – ’ ≈ € ×)', () => {
    // In the table these are narrower than the one-em default for unknown characters.
    for (const ch of ['−', '–', '’', '≈', '€', '×', '■']) expect(textWidth(ch, 100), ch).toBeLessThan(100);
  });

  it('gives CJK ideographs and kana a full em each', () => {
    expect(textWidth('億円', 20)).toBe(40);
    expect(textWidth('カナ', 20)).toBe(40);
  });
});

describe('wrapText', () => {
  const texts = [
    'The same dollars counted as investment, revenue and market value',
    'WWW MMM iii lll 000 — “quoted” $1,380.2B ≈ 13× the 2022 sum',
    'Dense 16-bit (FP16/BF16) figures unless marked. Log scale: each gridline is 10× the one below.'
  ];

  it('never returns a line wider than maxWidth, unless it is a single word', () => {
    for (const text of texts) {
      for (const weight of ['normal', 'bold'] as const) {
        for (let maxWidth = 40; maxWidth <= 400; maxWidth += 7) {
          for (const line of wrapText(text, maxWidth, 13, weight)) {
            if (line.includes(' ')) {
              expect(textWidth(line, 13, weight), `${weight} ${maxWidth}: ${line}`).toBeLessThanOrEqual(
                maxWidth
              );
            }
          }
        }
      }
    }
  });

  it('fills lines: no line could have taken the next line’s first word', () => {
    const lines = wrapText(texts[0]!, 150, 13);
    for (let i = 0; i + 1 < lines.length; i++) {
      const next = `${lines[i]} ${lines[i + 1]!.split(' ')[0]}`;
      expect(textWidth(next, 13)).toBeGreaterThan(150);
    }
  });

  it('wraps bold text earlier than normal text', () => {
    const w = textWidth(texts[0]!, 15) + 1;
    expect(wrapText(texts[0]!, w, 15)).toHaveLength(1);
    expect(wrapText(texts[0]!, w, 15, 'bold').length).toBeGreaterThan(1);
  });

  it('keeps all the words in order', () => {
    const s = 'one two three four five six seven';
    expect(wrapText(s, 60, 12).join(' ')).toBe(s);
  });

  it('gives a long word its own line rather than dropping it', () => {
    expect(wrapText('a supercalifragilistic b', 40, 12)).toEqual(['a', 'supercalifragilistic', 'b']);
  });

  it('breaks at explicit newlines', () => {
    expect(wrapText('Peak\n5,048.62', 500, 12)).toEqual(['Peak', '5,048.62']);
  });
});

describe('textBlock', () => {
  const opts = { x: 0, y: 100, maxWidth: 50, size: 10 };

  it('makes one mark per line with stable ids, first baseline at y', () => {
    const { marks, bottom } = textBlock('note', 'alpha beta gamma delta', opts);
    expect(marks.map((m) => m.id)).toEqual(marks.map((_, i) => `note-${i}`));
    expect(marks[0]!.y).toBe(100);
    expect(bottom).toBeCloseTo(100 + (marks.length - 1) * 13 + 4, 6);
  });

  it('bottom-anchored: the last baseline sits at y and lines stack upwards', () => {
    const top = textBlock('note', 'alpha beta gamma delta', opts);
    const { marks, top: above } = textBlock('note', 'alpha beta gamma delta', { ...opts, valign: 'bottom' });
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.at(-1)!.y).toBe(100);
    expect(marks.map((m) => m.text)).toEqual(top.marks.map((m) => m.text));
    expect(above).toBeCloseTo(marks[0]!.y - 9.3, 6);
  });

  it('wraps bold blocks by bold widths', () => {
    const text = 'Public money for chips, by programme';
    const w = textWidth(text, 15) + 1;
    expect(textBlock('t', text, { ...opts, maxWidth: w, size: 15 }).marks).toHaveLength(1);
    expect(textBlock('t', text, { ...opts, maxWidth: w, size: 15, weight: 'bold' }).marks.length).toBe(2);
  });
});

describe('textBox', () => {
  const m = { id: 't', kind: 'text' as const, x: 100, y: 50, text: 'WWW', size: 10, fill: 'ink' as const };
  it('places the box by anchor and baseline', () => {
    const w = textWidth('WWW', 10);
    expect(textBox(m)).toMatchObject({ x0: 100, x1: 100 + w });
    expect(textBox({ ...m, anchor: 'end' })).toMatchObject({ x0: 100 - w, x1: 100 });
    expect(textBox({ ...m, anchor: 'middle' }).x0).toBeCloseTo(100 - w / 2, 6);
    expect(textBox(m).y0).toBeCloseTo(40.7, 6);
    expect(textBox({ ...m, baseline: 'middle' }).y1).toBeCloseTo(50 + 3.5 + 2.4, 6);
  });
});
