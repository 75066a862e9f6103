import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { palette } from '$lib/charts/palette';
import type { SvgNode } from '$lib/charts/svg';
import {
  articleCardSpec,
  CARD_MIN_TEXT,
  cardSvg,
  cardTree,
  chapterCardSpec,
  downloadSvg,
  renderPng,
  renderPngAsync,
  renderStats,
  sha256,
  stepCardSpec,
  SVG_HASH_KEY,
  type CardSpec
} from '$lib/server/cards';
import { FONT_FAMILY, FONT_FILES, measure, wrapClipped } from '$lib/server/fonts';
import { pngSize, pngText } from '$lib/server/png';
import { allSteps, shareChapters } from '$lib/server/share';
import { CARD } from '$lib/site';

const cards: [string, CardSpec][] = [
  ['article', articleCardSpec('en')],
  ...shareChapters('en').map((c): [string, CardSpec] => [`chapter ${c.slug}`, chapterCardSpec(c)]),
  ...allSteps('en').map((r): [string, CardSpec] => [
    `step ${r.chapter.slug}/${r.block.chart}/${r.step.id}`,
    stepCardSpec(r)
  ])
];

/**
 * Charts whose layouts draw text under 12 px, so under 28 px on a card. The chart layouts own the
 * fix (src/lib/charts/<chart>/layout.ts); this list must only shrink: a chart listed here that
 * no longer needs to be fails the test too.
 */
const SMALL_TEXT_KNOWN: Record<string, string> = {};

/** Every text in the tree with the size it is drawn at (font-size × the scales above it). */
function drawnTexts(node: SvgNode, scale = 1, size?: number): { text: string; px: number }[] {
  const s = /scale\(([\d.]+)\)/.exec(String(node.attrs.transform ?? ''));
  const k = scale * (s ? Number(s[1]) : 1);
  const fs = node.attrs['font-size'] !== undefined ? Number(node.attrs['font-size']) : size;
  const own = node.text !== undefined && fs !== undefined ? [{ text: node.text, px: fs * k }] : [];
  return [...own, ...(node.children ?? []).flatMap((c) => drawnTexts(c, k, fs))];
}

describe.each(cards)('the %s card', (_, spec) => {
  it(`draws every text at ≥ ${CARD_MIN_TEXT} px (readable as a 600×315 thumbnail)`, () => {
    const small = drawnTexts(cardTree(spec)).filter((t) => t.px < CARD_MIN_TEXT - 0.01);
    const known = spec.chart && SMALL_TEXT_KNOWN[spec.chart.id];
    if (known) {
      expect(
        small.length,
        `${spec.chart!.id} is listed in SMALL_TEXT_KNOWN but draws no small text`
      ).toBeGreaterThan(0);
      return;
    }
    expect(small).toEqual([]);
  });

  it('keeps its margins clear: no text runs off the card or over the edges', () => {
    const { width, height } = CARD;
    const image = new Resvg(cardSvg(spec), {
      font: { loadSystemFonts: false, fontFiles: Object.values(FONT_FILES), defaultFontFamily: FONT_FAMILY }
    }).render();
    expect([image.width, image.height]).toEqual([width, height]);
    const pixels = image.pixels; // a getter that copies: read it once
    const paper = palette.light.paper.match(/\w\w/g)!.map((h) => parseInt(h, 16));
    const dirty: string[] = [];
    const check = (x: number, y: number) => {
      const i = 4 * (y * width + x);
      const px = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (px.some((v, j) => Math.abs(v - paper[j]!) > 2)) dirty.push(`${x},${y}`);
    };
    for (let y = 8; y < height; y++) {
      for (let x = 0; x < 36; x++) check(x, y); // left margin (text starts at 40)
      for (let x = width - 36; x < width; x++) check(x, y); // right margin
    }
    for (let y = height - 10; y < height; y++) for (let x = 0; x < width; x++) check(x, y); // bottom
    expect(dirty.slice(0, 5)).toEqual([]);
  });
});

describe('card text', () => {
  it('is measured with the shipped font: a fitted line fits when resvg draws it', () => {
    const line = 'Sources: S&P Dow Jones Indices (T. Edwards); Goldman Sachs — WWWWW mmm 0123456789';
    const w = measure(line, 28);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="60"><text x="0" y="40" font-size="28" font-family="${FONT_FAMILY}">${line.replace(/&/g, '&amp;')}</text></svg>`;
    const bbox = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: Object.values(FONT_FILES) }
    }).getBBox();
    expect(bbox).toBeTruthy();
    expect(bbox!.width).toBeLessThanOrEqual(w + 0.5); // ink is never wider than the advance widths
    expect(bbox!.width).toBeGreaterThan(w * 0.95);
  });

  it('wraps and clips with an ellipsis inside the width', () => {
    const lines = wrapClipped('word '.repeat(200), 500, 36, 2, 'bold');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(measure(l, 36, 'bold')).toBeLessThanOrEqual(500);
  });
});

describe('rendering', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cards-'));
    process.env.CARD_CACHE_DIR = dir;
  });
  afterAll(() => {
    delete process.env.CARD_CACHE_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives a 1200×630 PNG that names the SVG it was drawn from', () => {
    const svg = cardSvg(cards[0]![1]);
    const png = renderPng(svg);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(pngText(png)[SVG_HASH_KEY]).toBe(sha256(svg));
  });

  it('draws once per content: the same SVG comes back from the cache, a changed one is drawn', () => {
    const svg = cardSvg(cards[1]![1]);
    const before = { ...renderStats };
    const a = renderPng(svg);
    const b = renderPng(svg);
    expect(renderStats.drawn - before.drawn).toBe(1);
    expect(renderStats.cached - before.cached).toBe(1);
    expect(b.equals(a)).toBe(true);
    const changed = svg.replace('</svg>', '<rect width="1" height="1"/></svg>');
    renderPng(changed);
    expect(renderStats.drawn - before.drawn).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2 + 1);
  });

  it('draws the same bytes off the main thread, once however often it is asked', async () => {
    const svg = cardSvg(cards[2]![1]);
    const before = renderStats.drawn;
    const [a, b] = await Promise.all([renderPngAsync(svg), renderPngAsync(svg)]);
    expect(renderStats.drawn - before).toBe(1);
    expect(b).toBe(a);
    expect(renderPng(svg).equals(a)).toBe(true);
    process.env.CARD_CACHE = 'off';
    try {
      expect(renderPng(svg).equals(a)).toBe(true); // drawn again, without the cache: same pixels
    } finally {
      delete process.env.CARD_CACHE;
    }
  });

  it('never serves a cached file that is damaged or shows something else: it draws it again', () => {
    const a = cardSvg(cards[3]![1]);
    const b = cardSvg(cards[4]![1]);
    const pngB = renderPng(b);
    renderPng(a);
    const [fileA] = readdirSync(dir)
      .map((f) => join(dir, f))
      .filter((f) => readFileSync(f).equals(renderPng(a)));
    for (const bad of [pngB, renderPng(a).subarray(0, 1000)]) {
      writeFileSync(fileA!, bad);
      const before = renderStats.drawn;
      const again = renderPng(a);
      expect(renderStats.drawn - before).toBe(1);
      expect(pngText(again)[SVG_HASH_KEY]).toBe(sha256(a));
    }
  });

  it('draws step downloads at 1600×1200 with the chart title and sources in them', () => {
    const svg = downloadSvg('en', 'nvidia-datacenter-revenue', 'take-off');
    expect(svg).toContain('>NVIDIA data-center revenue by quarter</text>');
    expect(svg).toMatch(/>Sources?: NVIDIA/);
    expect(pngSize(renderPng(svg, 2))).toEqual({ width: 1600, height: 1200 });
    expect(() => downloadSvg('en', 'nvidia-datacenter-revenue', 'no-such-step')).toThrow(/no step/);
  });
});
