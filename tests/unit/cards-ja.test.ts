/**
 * The Japanese edition's cards and step PNGs: every character they draw has a glyph in the fonts
 * resvg loads (the Noto Sans CJK JP subset in assets/fonts/), the card's own text is set in Noto
 * Sans CJK JP and breaks only between phrases, and a Japanese card drawn by resvg stays under
 * 200 KB. The subset covers every character of content/ja/ and src/ (scripts/subset-cjk-font.mjs).
 */
import { describe, expect, it } from 'vitest';
import type { SvgNode } from '$lib/charts/svg';
import {
  articleCardSpec,
  cardSvg,
  cardTree,
  chapterCardSpec,
  downloadSvg,
  renderPng,
  stepCardSpec,
  type CardSpec
} from '$lib/server/cards';
import { charts, stepIds } from '$lib/server/charts';
import { CJK_FONT_FAMILY, missingGlyphs, wrap } from '$lib/server/fonts';
import { allSteps, shareChapters } from '$lib/server/share';
import { phrases } from '$lib/text/phrases';
import { japaneseCharacters } from '../../scripts/subset-cjk-font.mjs';

const cards: [string, CardSpec][] = [
  ['article', articleCardSpec('ja')],
  ...shareChapters('ja').map((c): [string, CardSpec] => [`chapter ${c.slug}`, chapterCardSpec(c)]),
  ...allSteps('ja').map((r): [string, CardSpec] => [
    `step ${r.chapter.slug}/${r.block.chart}/${r.step.id}`,
    stepCardSpec(r)
  ])
];

/** The text an SVG draws (entities decoded). */
const drawnText = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) => m[1]!.replace(/<[^>]+>/g, ''))
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function texts(node: SvgNode, out: SvgNode[] = []): SvgNode[] {
  if (node.tag === 'text') out.push(node);
  for (const c of node.children ?? []) texts(c, out);
  return out;
}

describe('The Japanese font subset', () => {
  it('has a glyph for every character of the Japanese edition (else: npm run fonts:subset)', () => {
    expect(missingGlyphs(japaneseCharacters())).toEqual([]);
    expect(missingGlyphs(japaneseCharacters(), 'bold')).toEqual([]);
  });

  it('has a glyph for every character drawn on a Japanese card or step PNG', () => {
    const missing = new Set<string>();
    for (const [, spec] of cards) for (const ch of missingGlyphs(drawnText(cardSvg(spec)))) missing.add(ch);
    for (const chart of charts.values()) {
      for (const step of [null, ...stepIds(chart)]) {
        for (const ch of missingGlyphs(drawnText(downloadSvg('ja', chart.id, step)))) missing.add(ch);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('Japanese cards', () => {
  it('set their own text in Noto Sans CJK JP, in Japanese', () => {
    for (const [name, spec] of cards) {
      const own = texts(cardTree(spec)).filter((t) => t.attrs?.['font-family'] === CJK_FONT_FAMILY);
      expect(own.length, name).toBeGreaterThanOrEqual(3); // kicker, title, source line
      expect(own.map((t) => t.text ?? t.children?.map((c) => c.text).join('')).join(''), name).toMatch(
        /[\u3040-\u30ff\u4e00-\u9fff]/
      );
    }
    expect(stepCardSpec(allSteps('ja')[0]!).footer).toMatch(/^出典：/);
  });

  it('break a title only between phrases', () => {
    for (const [name, spec] of cards) {
      const lines = wrap(spec.title, 1120, 36, 'bold', 'cjk');
      const bounds = new Set<number>();
      let at = 0;
      for (const p of phrases(spec.title.replace(/\s+/g, ' ').trim())) bounds.add((at += p.length));
      let joined = 0;
      for (const line of lines.slice(0, -1)) {
        joined += line.length;
        // A line ends where a phrase ends (a space at the break is dropped from the line).
        const rest = spec.title.slice(joined);
        if (rest.startsWith(' ')) joined += 1;
        expect(bounds.has(joined) || bounds.has(joined - 1), `${name}: "${line}"`).toBe(true);
      }
    }
  });

  it('are drawn by resvg at 1200×630 in under 200 KB', () => {
    // The heaviest: the article's card and a chapter card with its chart.
    for (const spec of [articleCardSpec('ja'), chapterCardSpec(shareChapters('ja')[2]!)]) {
      const png = renderPng(cardSvg(spec));
      expect(png.length).toBeLessThan(200 * 1024);
    }
  });
});
