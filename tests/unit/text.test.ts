import { describe, expect, it } from 'vitest';
import {
  breakPieces,
  loadPhraseBreaking,
  longestPiece,
  textBlock,
  textBox,
  textWidth,
  wrapText
} from '$lib/charts/text';

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

await loadPhraseBreaking();

describe('wrapText, Japanese (BudouX phrases, kinsoku)', () => {
  const texts = [
    'エヌビディアのH100は1秒に989兆回の計算をこなし、A100の3倍です。',
    'サイオンの13F報告書：2025年9月30日時点で約13億8,000万ドル',
    '「CHIPS・科学法」、527億ドル。ChatGPTの公開以降、AI関連株約40銘柄が寄与した割合（JPモルガンの推計）',
    '同じ基準の比較ではない。賃金統計（米労働統計局）、株式報酬の平均（WSJ）、ワイアードが報じメタが否定した提示額。',
    '米国の実質GDP成長率（年率、%）：2025年1〜3月期は−0.6%、IT投資の寄与は1.8ポイント'
  ];
  const widths = Array.from({ length: 40 }, (_, i) => 30 + i * 9);
  const allLines = texts.flatMap((t) => widths.flatMap((w) => wrapText(t, w, 13)));

  it('measures kana, kanji and full-width punctuation at one em', () => {
    expect(textWidth('、。「」（）：〜・ー', 10)).toBe(100);
    expect(textWidth('エヌビディア', 13)).toBe(78);
  });

  it('keeps every character, in order, at every width', () => {
    for (const t of texts) for (const w of widths) expect(wrapText(t, w, 13).join('')).toBe(t);
  });

  it('never starts a line with 、 。 」 ） or ：', () => {
    for (const line of allLines) expect(line, line).not.toMatch(/^[、。」）：，．・ー]/);
  });

  it('never ends a line with 「 or （', () => {
    for (const line of allLines) expect(line, line).not.toMatch(/[「（『]$/);
  });

  it('never splits a phrase BudouX keeps together, a number or a number and its unit', () => {
    const whole = [
      'エヌビディアの',
      '989兆回の',
      '13億8,000万ドル',
      '2025年1〜3月期',
      'ChatGPTの',
      '1.8ポイント'
    ];
    for (const t of texts) {
      for (const w of widths) {
        // Where the lines break, as offsets into the text.
        const breaks = new Set<number>();
        let at = 0;
        for (const line of wrapText(t, w, 13)) breaks.add((at += line.length));
        for (const phrase of whole) {
          const i = t.indexOf(phrase);
          if (i < 0) continue;
          for (let k = i + 1; k < i + phrase.length; k++)
            expect(breaks.has(k), `${w}: ${phrase}`).toBe(false);
        }
      }
    }
    expect(breakPieces(texts[0]!).map((p) => p.text)).toEqual([
      'エヌビディアの',
      'H100は',
      '1秒に',
      '989兆回の',
      '計算を',
      'こなし、',
      'A100の',
      '3倍です。'
    ]);
  });

  it('glues line-start punctuation to the phrase before it, and breaks after a label’s colon', () => {
    // BudouX cuts before the colon; kinsoku moves the cut after it.
    expect(
      breakPieces('サイオンの13F報告書（2025年9月30日）：報告額は約13億8,000万ドル').map((p) => p.text)
    ).toEqual(['サイオンの', '13F報告書', '（2025年9月30日）：', '報告額は', '約13億8,000万ドル']);
    expect(breakPieces('気候テック：129億ドル').map((p) => p.text)).toEqual(['気候テック：', '129億ドル']);
  });

  it('breaks between phrases, never wider than the line unless one phrase is', () => {
    for (const t of texts) {
      for (const w of widths) {
        for (const line of wrapText(t, w, 13)) {
          if (textWidth(line, 13) > w) expect(breakPieces(line)).toHaveLength(1);
        }
      }
    }
  });

  it('keeps spaces between Latin words in a Japanese label', () => {
    expect(wrapText('H100：989兆回/秒 (FP16)', 1000, 13)).toEqual(['H100：989兆回/秒 (FP16)']);
    expect(longestPiece('上位10銘柄の 割合', 10)).toBe(textWidth('上位10銘柄の', 10));
  });
});
