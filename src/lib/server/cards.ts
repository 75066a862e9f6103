import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { palette } from '$lib/charts/palette';
import { SURFACE_SIZES } from '$lib/charts/sizes';
import { sceneFor } from '$lib/charts/state';
import { markNode, toSvgString, type SvgNode } from '$lib/charts/svg';
import type { Size, Tone } from '$lib/charts/types';
import { CARD, editions, LOCALES, type Locale } from '$lib/site';
import { strings } from '$lib/strings';
import { getChart, stepIds } from './charts';
import {
  ALL_FONT_FILES,
  CJK_FONT_FAMILY,
  FONT_FAMILY,
  fontDigest,
  measure,
  wrapClipped,
  type Face,
  type Weight
} from './fonts';
import { pngText, withText } from './png';
import { charts } from './charts';
import {
  allSteps,
  articleCardStep,
  chapterCardStep,
  chapterLabel,
  findBlock,
  shareChapters,
  sourceLineText,
  type ShareChapter,
  type StepRef
} from './share';

/**
 * Social cards (1200×630 PNG) and step PNG downloads (1600×1200), drawn at build time by resvg
 * from the same scene as the step's frame: the chart's own layout function at a fixed size
 * (SURFACE_SIZES.card for cards, SURFACE_SIZES.tablet inside a download), scaled up, with the
 * chart title, the chapter, the site name and the source line around it.
 *
 * Text on a card is ≥ 28 px, so it reads in a 600×315 thumbnail: the chart is laid out at
 * 480×168 and drawn at 7/3, which lifts the smallest chart text (12 px) to 28 px.
 *
 * PNGs are cached by content: the key is the SVG string (plus renderer, fonts and zoom), so a
 * rebuild without chart or text changes reads every image back from `.cache/png/` instead of
 * drawing it. Every PNG carries the SHA-256 of its SVG in a tEXt chunk (SVG_HASH_KEY).
 */

const ink = palette.light;
const color = (t: Tone) => ink[t];

/** The tEXt keyword holding the SHA-256 of the SVG a PNG was drawn from. */
export const SVG_HASH_KEY = 'ai-boom:svg-sha256';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// ---------------------------------------------------------------------------------------------
// Card composition (px at 1200×630)

const PAD = 40;
const STRIP = 8;
const KICKER = { size: 28, baseline: 60 };
const TITLE = { size: 36, lineHeight: 44, gap: 14 };
const FOOTER = { size: 28, baseline: CARD.height - 26 };
/** The chart inside a card: laid out at SURFACE_SIZES.card, drawn this many times larger. */
export const CARD_CHART: Size = SURFACE_SIZES.card;
export const CARD_SCALE = (CARD.width - 2 * PAD) / CARD_CHART.width;
/** The smallest text anywhere on a card, in px at 1200 wide. */
export const CARD_MIN_TEXT = 28;

const ASCENT = 0.76;
const DESCENT = 0.24;

export interface CardSpec {
  /** The edition: a Japanese card sets its own text in Noto Sans CJK JP and breaks it between phrases. */
  locale: Locale;
  /** The line above the title: `lead` in bold accent, then ` · rest` in muted. */
  kicker: { lead: string; rest?: string };
  title: string;
  /** A chart at a step (null: before the first step). */
  chart?: { id: string; step: string | null };
  /** Text instead of a chart (a chapter without one). */
  body?: string;
  /** The bottom line: the chart's sources, or for a text card the byline. */
  footer: string;
}

/** The face a card's own text is set in, and the font-family attribute that says so. */
const faceOf = (locale: Locale): Face => (locale === 'ja' ? 'cjk' : 'latin');
const familyOf = (face: Face) => (face === 'cjk' ? CJK_FONT_FAMILY : undefined);

function text(
  x: number,
  y: number,
  content: string,
  size: number,
  fill: Tone,
  weight: Weight = 'normal',
  anchor?: 'end',
  face: Face = 'latin'
): SvgNode {
  return {
    tag: 'text',
    attrs: {
      x,
      y,
      'font-family': familyOf(face),
      'font-size': size,
      'font-weight': weight === 'bold' ? 700 : undefined,
      'text-anchor': anchor,
      fill: color(fill)
    },
    text: content
  };
}

/** The kicker line, fitted to the width: the rest is cut at a word if it must be. */
function kicker(k: CardSpec['kicker'], width: number, face: Face): SvgNode {
  const lead = measure(k.lead, KICKER.size, 'bold', face);
  const children: SvgNode[] = [
    { tag: 'tspan', attrs: { 'font-weight': 700, fill: color('accent') }, text: k.lead }
  ];
  if (k.rest) {
    const room = width - lead - measure(' ', KICKER.size, 'normal', face);
    const [rest] = wrapClipped(`· ${k.rest}`, room, KICKER.size, 1, 'normal', face);
    if (rest && rest !== '·…')
      children.push({ tag: 'tspan', attrs: { fill: color('muted') }, text: ` ${rest}` });
  }
  return {
    tag: 'text',
    attrs: { x: PAD, y: KICKER.baseline, 'font-family': familyOf(face), 'font-size': KICKER.size },
    children
  };
}

/** The whole card as a standalone SVG string (what resvg draws, and what the cache keys on). */
export function cardSvg(spec: CardSpec): string {
  return toSvgString(cardTree(spec));
}

/** The card's SVG as a tree (tests walk it to check every text's drawn size). */
export function cardTree(spec: CardSpec): SvgNode {
  const width = CARD.width - 2 * PAD;
  const face = faceOf(spec.locale);
  const children: SvgNode[] = [
    { tag: 'rect', attrs: { width: CARD.width, height: CARD.height, fill: color('paper') } },
    { tag: 'rect', attrs: { width: CARD.width, height: STRIP, fill: color('accent') } },
    kicker(spec.kicker, width, face)
  ];
  const footerTop = FOOTER.baseline - ASCENT * FOOTER.size;
  const [footer] = wrapClipped(spec.footer, width, FOOTER.size, 1, 'normal', face);
  children.push(text(PAD, FOOTER.baseline, footer ?? '', FOOTER.size, 'muted', 'normal', undefined, face));

  if (spec.chart) {
    const titleLines = wrapClipped(spec.title, width, TITLE.size, 2, 'bold', face);
    const first = KICKER.baseline + DESCENT * KICKER.size + TITLE.gap + ASCENT * TITLE.size;
    titleLines.forEach((line, i) =>
      children.push(
        text(PAD, round(first + i * TITLE.lineHeight), line, TITLE.size, 'ink', 'bold', undefined, face)
      )
    );
    const titleBottom = first + (titleLines.length - 1) * TITLE.lineHeight + DESCENT * TITLE.size;
    const chartHeight = CARD_CHART.height * CARD_SCALE;
    const top = titleBottom + 14;
    const room = footerTop - 12 - top;
    const y = round(top + Math.max(0, (room - chartHeight) / 2));
    children.push(
      chartGroup(spec.chart.id, spec.chart.step, CARD_CHART, PAD, y, CARD_SCALE, 'card', spec.locale)
    );
  } else {
    // A text card: the title and the body, as one block centred between kicker and footer.
    const size = 60;
    const bodySize = 36;
    const lineHeight = Math.round(bodySize * 1.35);
    const titleLines = wrapClipped(spec.title, width, size, 2, 'bold', face);
    const bodyLines = wrapClipped(spec.body ?? '', width, bodySize, 5, 'normal', face);
    const top = KICKER.baseline + DESCENT * KICKER.size + 24;
    const height =
      (titleLines.length - 1) * size * 1.15 + size + 24 + (bodyLines.length - 1) * lineHeight + bodySize;
    let y = top + Math.max(0, (footerTop - 24 - top - height) / 2) + ASCENT * size;
    for (const line of titleLines) {
      children.push(text(PAD, round(y), line, size, 'ink', 'bold', undefined, face));
      y += size * 1.15;
    }
    y += 24 - size * 1.15 + DESCENT * size + ASCENT * bodySize;
    for (const line of bodyLines) {
      children.push(text(PAD, round(y), line, bodySize, 'ink', 'normal', undefined, face));
      y += lineHeight;
    }
  }
  return {
    tag: 'svg',
    attrs: {
      xmlns: 'http://www.w3.org/2000/svg',
      width: CARD.width,
      height: CARD.height,
      viewBox: `0 0 ${CARD.width} ${CARD.height}`,
      'font-family': FONT_FAMILY
    },
    children
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A chart's scene at `size`, drawn at (x, y) and scaled by `scale`, clipped to its frame. */
function chartGroup(
  chartId: string,
  step: string | null,
  size: Size,
  x: number,
  y: number,
  scale: number,
  clipId: string,
  locale: Locale = 'en'
): SvgNode {
  // The chart in the card's edition (its labels from the chart strings of that locale).
  const { scene } = sceneFor(getChart(chartId), step, size, locale);
  return {
    tag: 'g',
    attrs: { transform: `translate(${x} ${y}) scale(${round(scale * 10000) / 10000})` },
    children: [
      {
        tag: 'clipPath',
        attrs: { id: clipId },
        children: [{ tag: 'rect', attrs: { width: size.width, height: size.height } }]
      },
      {
        tag: 'g',
        attrs: { 'clip-path': `url(#${clipId})` },
        children: scene.marks.map((m) => markNode(m, { standalone: true }))
      }
    ]
  };
}

/** Fits the source line to a card's width, counting the publishers that do not fit. */
function cardSourceLine(chartId: string, locale: Locale): string {
  const width = CARD.width - 2 * PAD;
  return sourceLineText(
    chartId,
    (line) => measure(line, FOOTER.size, 'normal', faceOf(locale)) <= width,
    locale
  );
}

const siteName = (locale: Locale) => editions[locale].name;

/** A step's card: the chart at that step, its title, the chapter, the site name, the sources. */
export function stepCardSpec(ref: StepRef): CardSpec {
  return {
    locale: ref.chapter.locale,
    kicker: { lead: siteName(ref.chapter.locale), rest: chapterLabel(ref.chapter) },
    title: ref.block.title,
    chart: { id: ref.block.chart, step: ref.step.id },
    footer: cardSourceLine(ref.block.chart, ref.chapter.locale)
  };
}

/** A chapter's card: its first chart at its last step under the chapter's name; else its summary. */
export function chapterCardSpec(chapter: ShareChapter): CardSpec {
  const ref = chapterCardStep(chapter);
  const lead = siteName(chapter.locale);
  const locale = chapter.locale;
  if (!ref) {
    return {
      locale,
      kicker: { lead },
      title: chapterLabel(chapter),
      body: chapter.summary,
      footer: editions[chapter.locale].tagline
    };
  }
  // Japanese chart titles often carry a colon of their own (「循環：…」): the chapter goes in the
  // kicker rather than before the title.
  if (locale === 'ja') {
    return {
      locale,
      kicker: { lead, rest: chapterLabel(chapter) },
      title: ref.block.title,
      chart: { id: ref.block.chart, step: ref.step.id },
      footer: cardSourceLine(ref.block.chart, locale)
    };
  }
  return {
    locale,
    kicker: { lead },
    title: `${chapterLabel(chapter)} — ${ref.block.title}`,
    chart: { id: ref.block.chart, step: ref.step.id },
    footer: cardSourceLine(ref.block.chart, locale)
  };
}

/** The article's card: the site's name over the chart step named in src/lib/site.ts. */
export function articleCardSpec(locale: Locale): CardSpec {
  const ref = articleCardStep(locale);
  return {
    locale,
    kicker: { lead: editions[locale].tagline, rest: ref.block.title },
    title: siteName(locale),
    chart: { id: ref.block.chart, step: ref.step.id },
    footer: cardSourceLine(ref.block.chart, locale)
  };
}

// ---------------------------------------------------------------------------------------------
// Step downloads: 1600×1200 PNG (800×600 drawn at 2×) with the chart title and sources drawn in

export const DOWNLOAD_PNG = { width: 800, height: 600, zoom: 2 } as const;
/** The chart inside a download: the tablet size, one every layout is already checked at. */
export const DOWNLOAD_CHART: Size = SURFACE_SIZES.tablet;

/** The download's SVG: title (from the chart's <Scrolly title>), chart at the step, sources, site. */
export function downloadSvg(locale: Locale, chartId: string, step: string | null): string {
  const chart = getChart(chartId);
  if (step !== null && !stepIds(chart).includes(step))
    throw new Error(`Chart "${chartId}" has no step "${step}"`);
  const found = findBlock(locale, chartId);
  if (!found) throw new Error(`Chart "${chartId}" is not told in any chapter, so it has no title`);
  const { width: W, height: H } = DOWNLOAD_PNG;
  const pad = (W - DOWNLOAD_CHART.width) / 2;
  const inner = W - 2 * pad;
  const children: SvgNode[] = [{ tag: 'rect', attrs: { width: W, height: H, fill: color('paper') } }];
  const face = faceOf(locale);
  const titleSize = 22;
  const titleLines = wrapClipped(found.block.title, inner, titleSize, 2, 'bold', face);
  let y = 20 + ASCENT * titleSize;
  for (const line of titleLines) {
    children.push(text(pad, round(y), line, titleSize, 'ink', 'bold', undefined, face));
    y += 28;
  }
  const titleBottom = y - 28 + DESCENT * titleSize;
  const small = 13;
  const sources = sourceLineText(chartId, undefined, locale);
  const stop = strings[locale].stop;
  const footLines = wrapClipped(
    `${sources}${stop}${locale === 'ja' ? '' : ' '}${siteName(locale)}${stop}`,
    inner,
    small,
    2,
    'normal',
    face
  );
  const footBase = H - 14 - (footLines.length - 1) * 17;
  footLines.forEach((line, i) =>
    children.push(text(pad, round(footBase + i * 17), line, small, 'muted', 'normal', undefined, face))
  );
  const footTop = footBase - ASCENT * small;
  const room = footTop - 8 - (titleBottom + 8);
  const cy = round(titleBottom + 8 + Math.max(0, (room - DOWNLOAD_CHART.height) / 2));
  children.push(chartGroup(chartId, step, DOWNLOAD_CHART, pad, cy, 1, 'chart', locale));
  return toSvgString({
    tag: 'svg',
    attrs: {
      xmlns: 'http://www.w3.org/2000/svg',
      width: W,
      height: H,
      viewBox: `0 0 ${W} ${H}`,
      'font-family': FONT_FAMILY
    },
    children
  });
}

// ---------------------------------------------------------------------------------------------
// Rendering, cached by content

const require = createRequire(import.meta.url);
/** Bump when the drawing code changes in a way the key cannot see (post-processing), to redraw every image. */
const RENDER_VERSION = 1;
let renderSalt: string | undefined;
function salt(): string {
  renderSalt ??= [
    RENDER_VERSION,
    (require('@resvg/resvg-js/package.json') as { version: string }).version,
    fontDigest()
  ].join('|');
  return renderSalt;
}

export function cacheDir(): string | null {
  if (process.env.CARD_CACHE === 'off') return null;
  return process.env.CARD_CACHE_DIR ?? join(process.cwd(), '.cache', 'png');
}

export const renderStats = { drawn: 0, cached: 0 };

/** resvg's options; font paths relative to the project (the cache key must not depend on where it is checked out). */
function options(zoom: number, root = process.cwd()): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: ALL_FONT_FILES.map((f) => join(root, f)),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY
    }
  };
}

/** The cache file for an image: named by everything that decides its pixels. */
function cacheFile(svg: string, zoom: number): string | null {
  const dir = cacheDir();
  return dir && join(dir, `${sha256(`${salt()}|${JSON.stringify(options(zoom, '.'))}|${svg}`)}.png`);
}

function finish(svg: string, png: Uint8Array, file: string | null): Buffer {
  const out = withText(png, { [SVG_HASH_KEY]: sha256(svg) });
  renderStats.drawn++;
  if (file) {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.${renderStats.drawn}.tmp`;
    writeFileSync(tmp, out);
    renameSync(tmp, file);
  }
  return out;
}

/**
 * A cached image, if there is one that is whole and names this SVG (a truncated or swapped file
 * is drawn again, not served).
 */
function fromCache(file: string, svg: string): Buffer | null {
  if (!existsSync(file)) return null;
  const png = readFileSync(file);
  try {
    if (pngText(png)[SVG_HASH_KEY] !== sha256(svg)) return null;
  } catch {
    return null;
  }
  renderStats.cached++;
  return png;
}

/** `svg` as a PNG at `zoom`, with the SVG's SHA-256 in a tEXt chunk; from the cache when there. */
export function renderPng(svg: string, zoom = 1): Buffer {
  const file = cacheFile(svg, zoom);
  const cached = file && fromCache(file, svg);
  if (cached) return cached;
  return finish(svg, new Resvg(svg, options(zoom)).render().asPng(), file);
}

// The build asks for one file at a time; drawing is done on libuv's thread pool, a few at a time,
// and started for every image as soon as the first is asked for, so the site's pages are
// rendered on the main thread while the other core draws.
const inflight = new Map<string, Promise<Buffer>>();
const queue: (() => void)[] = [];
let running = 0;
const LIMIT = Math.max(1, Math.min(4, availableParallelism()));

function schedule<T>(job: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const start = () => {
      running++;
      job()
        .then(resolve, reject)
        .finally(() => {
          running--;
          queue.shift()?.();
        });
    };
    if (running < LIMIT) start();
    else queue.push(start);
  });
}

/** As renderPng, off the main thread. */
export function renderPngAsync(svg: string, zoom = 1): Promise<Buffer> {
  const file = cacheFile(svg, zoom);
  const key = file ?? sha256(`${zoom}|${svg}`);
  let p = inflight.get(key);
  if (!p) {
    const cached = file && fromCache(file, svg);
    if (cached) {
      p = Promise.resolve(cached);
    } else {
      p = schedule(async () => finish(svg, (await renderAsync(svg, options(zoom))).asPng(), file));
    }
    inflight.set(key, p);
    p.catch(() => {}); // awaited (and reported) by the request that needs it
  }
  return p;
}

/** Every card and step download the site serves, as (svg, zoom). */
export function allImages(locale: Locale = 'en'): { svg: string; zoom: number }[] {
  const cards = [
    articleCardSpec(locale),
    ...shareChapters(locale).map(chapterCardSpec),
    ...allSteps(locale).map(stepCardSpec)
  ].map((spec) => ({ svg: cardSvg(spec), zoom: 1 }));
  const downloads = [...charts.values()].flatMap((chart) =>
    [null, ...stepIds(chart)].map((step) => ({
      svg: downloadSvg(locale, chart.id, step),
      zoom: DOWNLOAD_PNG.zoom
    }))
  );
  return [...cards, ...downloads];
}

let warmed = false;
/** Start drawing every image not in the cache (once per build). */
export function prewarm(): void {
  if (warmed) return;
  warmed = true;
  for (const locale of LOCALES) for (const { svg, zoom } of allImages(locale)) void renderPngAsync(svg, zoom);
}
