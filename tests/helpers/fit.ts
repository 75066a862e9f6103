/**
 * Label fit, measured for real: SVG strings are laid out in Chromium with DejaVu Sans for Latin
 * and Noto Sans CJK JP for Japanese (Regular and Bold of each, loaded from the font files, never
 * from whatever the machine has installed; the CSS stack is DejaVu Sans first, so Noto draws only
 * what DejaVu lacks: kana, kanji, full-width punctuation) and every visible <text> is measured
 * with getBBox(). Then, in Node, each label must lie inside the frame, overlap no other label, be
 * at least 12 px and use only characters one of the two fonts has (anything else would be drawn
 * in some other font the machine happens to have).
 *
 *   const page = await openFitPage(browser);            // once: loads and checks the font
 *   const labels = await measureLabels(page, svgs);     // one page.evaluate for many SVGs
 *   const problems = findFitProblems(labels[0], size);  // pure
 *
 * Used by tests/layout (every chart × step × size); meant for the card and e2e tests too.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export const FONT_FAMILY = 'DejaVu Sans';
export const FONT_FILES = {
  normal: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
} as const;
/** Japanese: Debian's fonts-noto-cjk. Each file is a collection; its first font is the JP one. */
export const CJK_FAMILY = 'Noto Sans CJK JP';
export const CJK_FONT_FILES = {
  normal: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  bold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'
} as const;

/** Labels may touch the frame's edge; this much past it counts as clipped. */
export const FRAME_TOLERANCE = 0.5;
/** Two labels overlap when their boxes intersect by more than this in both axes. */
export const OVERLAP_TOLERANCE = 1;
export const MIN_FONT_SIZE = 12;

/**
 * The font check: this string at 100 px, no kerning, must be exactly as wide as the advance
 * widths in the font files' hmtx tables say (summed from DejaVu Sans 2.37 with a small script:
 * 31394 and 34973 font units at 2048 per em). Anything else means another font drew the text.
 */
const PROBE = { text: 'Hamburgefonstiv 0123456789', size: 100, normal: 1532.91, bold: 1707.67 };
/**
 * The same for Noto Sans CJK JP: kana and kanji are one em each in both weights (no punctuation
 * in the probe: Chromium trims the space between adjacent punctuation marks).
 */
const CJK_PROBE = { text: 'ひらがなとカタカナと漢字', size: 100, normal: 1200, bold: 1200 };

const ORIGIN = 'http://fit.test';

function readFont(file: string, pkg = 'fonts-dejavu-core'): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message} (install ${pkg})`, { cause: e });
  }
}

/**
 * The characters a TrueType file has glyphs for (its Windows Unicode BMP cmap, format 4). A label
 * with a character outside it would be drawn, and measured, in some other font the machine has.
 */
function coverage(font: Buffer): Set<number> {
  // A collection (.ttc) starts with 'ttcf' and the offsets of its fonts: read the first font.
  const at = font.toString('latin1', 0, 4) === 'ttcf' ? font.readUInt32BE(12) : 0;
  const tables = new Map<string, number>();
  for (let i = 0, n = font.readUInt16BE(at + 4); i < n; i++) {
    const rec = at + 12 + 16 * i;
    tables.set(font.toString('latin1', rec, rec + 4), font.readUInt32BE(rec + 8));
  }
  const cmap = tables.get('cmap')!;
  let sub = -1;
  for (let i = 0, n = font.readUInt16BE(cmap + 2); i < n; i++) {
    const at = cmap + 4 + 8 * i;
    if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1)
      sub = cmap + font.readUInt32BE(at + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error('font has no format-4 Unicode cmap');
  const segs = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const offsets = deltas + 2 * segs;
  const chars = new Set<number>();
  for (let i = 0; i < segs; i++) {
    const end = font.readUInt16BE(ends + 2 * i);
    const start = font.readUInt16BE(starts + 2 * i);
    const delta = font.readInt16BE(deltas + 2 * i);
    const offset = font.readUInt16BE(offsets + 2 * i);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (offset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = font.readUInt16BE(offsets + 2 * i + offset + 2 * (c - start));
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) chars.add(c);
    }
  }
  return chars;
}

interface Faces {
  normal: Buffer;
  bold: Buffer;
  covers: { normal: Set<number>; bold: Set<number> };
}
let fonts: { latin: Faces; cjk: Faces } | undefined;
function loadFonts() {
  if (!fonts) {
    const faces = (files: { normal: string; bold: string }, pkg?: string): Faces => {
      const normal = readFont(files.normal, pkg);
      const bold = readFont(files.bold, pkg);
      return { normal, bold, covers: { normal: coverage(normal), bold: coverage(bold) } };
    };
    fonts = { latin: faces(FONT_FILES), cjk: faces(CJK_FONT_FILES, 'fonts-noto-cjk') };
  }
  return fonts;
}

export interface LabelBox {
  /** Position among the SVG's <text> elements (document order = mark order). */
  index: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Computed font-size in px, in the SVG's user units. */
  fontSize: number;
  bold: boolean;
  /** Effective opacity (its own × its ancestors'), 0 < opacity ≤ 1: faded labels still count. */
  opacity: number;
}

/** A data point drawn as a small circle (radius ≤ POINT_MAX_R): no label may sit on it. */
export interface PointBox {
  cx: number;
  cy: number;
  r: number;
  /** The fill and stroke attributes as drawn ('none' when absent). */
  fill: string;
  stroke: string;
  /** Effective opacity, as for labels. */
  opacity: number;
}

/** One SVG's visible labels and data points, in its user units. */
export interface MeasuredScene {
  labels: LabelBox[];
  points: PointBox[];
}

/** Circles up to this radius are data points (bigger ones are diagram nodes that hold their label). */
export const POINT_MAX_R = 10;
/** A label covers a point when its box reaches this far inside the circle, px. */
export const COVER_TOLERANCE = 1;

export interface FitProblem {
  kind: 'frame' | 'overlap' | 'font' | 'glyph' | 'covers';
  label: LabelBox;
  /** The other label, for an overlap. */
  other?: LabelBox;
  /** One line, without the chart/size/step context, e.g. `text "NVIDIA" x −3.0..52.1 extends 3.0 px left of the frame`. */
  message: string;
}

function fontFace(family: string, weight: 400 | 700, file: string, format: string): string {
  return `@font-face { font-family: '${family}'; font-weight: ${weight}; font-style: normal; src: url('${ORIGIN}/${file}') format('${format}'); }`;
}

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><style>
${fontFace(FONT_FAMILY, 400, 'regular.ttf', 'truetype')}
${fontFace(FONT_FAMILY, 700, 'bold.ttf', 'truetype')}
${fontFace(CJK_FAMILY, 400, 'cjk-regular.ttc', 'collection')}
${fontFace(CJK_FAMILY, 700, 'cjk-bold.ttc', 'collection')}
html, body { margin: 0; }
svg { display: block; overflow: visible; }
svg text { font-family: '${FONT_FAMILY}', '${CJK_FAMILY}' !important; font-style: normal !important; }
</style></head>
<body><div id="scenes"></div></body></html>`;

/**
 * A page with DejaVu Sans and Noto Sans CJK JP loaded from the font files (served to the page by
 * a route, so nothing goes to the network and no system font is used). Throws if a font did not
 * load or measures differently from the files.
 */
export async function openFitPage(browser: Browser): Promise<Page> {
  const { latin, cjk } = loadFonts();
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const files: Record<string, Buffer> = {
    '/regular.ttf': latin.normal,
    '/bold.ttf': latin.bold,
    '/cjk-regular.ttc': cjk.normal,
    '/cjk-bold.ttc': cjk.bold
  };
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const font = files[path];
    if (font) {
      return route.fulfill({
        body: font,
        contentType: path.endsWith('.ttc') ? 'font/collection' : 'font/ttf'
      });
    }
    if (path === '/') return route.fulfill({ body: PAGE, contentType: 'text/html; charset=utf-8' });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/`);
  const probes = [
    { family: FONT_FAMILY, probe: PROBE, files: FONT_FILES, pkg: 'fonts-dejavu-core' },
    { family: CJK_FAMILY, probe: CJK_PROBE, files: CJK_FONT_FILES, pkg: 'fonts-noto-cjk' }
  ];
  for (const { family, probe, files, pkg } of probes) {
    const check = await page.evaluate(
      async ({ family, probe }) => {
        const faces = await Promise.all([
          document.fonts.load(`400 ${probe.size}px '${family}'`, probe.text).catch(() => []),
          document.fonts.load(`700 ${probe.size}px '${family}'`, probe.text).catch(() => [])
        ]);
        await document.fonts.ready;
        const loaded = [...document.fonts].map((f) => `${f.family} ${f.weight}: ${f.status}`);
        const ns = 'http://www.w3.org/2000/svg';
        const svg = document.createElementNS(ns, 'svg');
        document.body.append(svg);
        const width = (weight: string) => {
          const t = document.createElementNS(ns, 'text');
          t.setAttribute('font-size', String(probe.size));
          t.setAttribute('font-weight', weight);
          t.setAttribute('style', 'font-kerning: none');
          t.textContent = probe.text;
          svg.append(t);
          return t.getBBox().width;
        };
        const result = {
          faces: faces.map((f) => f.length),
          loaded,
          normal: width('400'),
          bold: width('700')
        };
        svg.remove();
        return result;
      },
      { family, probe }
    );
    const off = (a: number, b: number) => Math.abs(a - b) > 0.05;
    if (check.faces.some((n) => n !== 1) || off(check.normal, probe.normal) || off(check.bold, probe.bold)) {
      await page.close();
      throw new Error(
        `${family} did not load from ${files.normal} and ${files.bold} ` +
          `(install ${pkg}): "${probe.text}" at ${probe.size} px measured ` +
          `${check.normal.toFixed(2)} / ${check.bold.toFixed(2)} px, expected ${probe.normal} / ${probe.bold} ` +
          `(fonts: ${check.loaded.join(', ') || 'none'})`
      );
    }
  }
  return page;
}

/**
 * Lay out each SVG string in the page and measure its visible labels (text with content and an
 * opacity above zero, its own and its ancestors') and its visible data points (circles of radius
 * ≤ POINT_MAX_R). One evaluate for all of them; the result is one scene per SVG, in the SVGs'
 * user units.
 */
export async function measureLabels(page: Page, svgs: readonly string[]): Promise<MeasuredScene[]> {
  return page.evaluate(
    ({ svgs, maxR }) => {
      const host = document.getElementById('scenes')!;
      host.innerHTML = svgs.join('');
      const roots = [...host.children];
      if (roots.length !== svgs.length) {
        throw new Error(`expected ${svgs.length} <svg> elements, the page parsed ${roots.length}`);
      }
      // 0 when not drawn at all.
      const opacity = (el: Element) => {
        let o = 1;
        for (let e: Element | null = el; e && e !== host; e = e.parentElement) {
          const style = getComputedStyle(e);
          if (style.display === 'none' || style.visibility === 'hidden') return 0;
          o *= Number(style.opacity);
        }
        return o;
      };
      const out = roots.map((root) => ({
        labels: [...root.querySelectorAll('text')].flatMap((t, index) => {
          const text = t.textContent ?? '';
          const o = opacity(t);
          if (!text.trim() || o <= 0) return [];
          const b = t.getBBox();
          const style = getComputedStyle(t);
          return [
            {
              index,
              text,
              x: b.x,
              y: b.y,
              width: b.width,
              height: b.height,
              fontSize: parseFloat(style.fontSize),
              bold: Number(style.fontWeight) >= 600,
              opacity: o
            }
          ];
        }),
        // Not the dots that run along a loop's arrows (animateMotion): they are moving, not data.
        points: [...root.querySelectorAll<SVGCircleElement>('circle:not(.flow)')].flatMap((c) => {
          const b = c.getBBox();
          const r = b.width / 2;
          const o = opacity(c);
          if (r <= 0 || r > maxR || o <= 0) return [];
          const paint = (name: string) => c.getAttribute(name) ?? 'none';
          return [
            {
              cx: b.x + r,
              cy: b.y + b.height / 2,
              r,
              fill: paint('fill'),
              stroke: paint('stroke'),
              opacity: o
            }
          ];
        })
      }));
      host.innerHTML = '';
      return out;
    },
    { svgs, maxR: POINT_MAX_R }
  );
}

/** A number the way the messages print it: one decimal, a real minus sign. */
export const px = (n: number) => (Math.round(n * 10) / 10).toFixed(1).replace(/^-/, '−');
const whole = (n: number) => String(Math.round(n * 10) / 10).replace(/^-/, '−');
const quote = (s: string) => JSON.stringify(s);
/** `"NVIDIA"`, or `"NVIDIA" (opacity 0.12)` for a faded label. */
const name = (l: LabelBox) =>
  l.opacity < 0.995 ? `${quote(l.text)} (opacity ${Math.round(l.opacity * 100) / 100})` : quote(l.text);

/**
 * Everything wrong with one scene's labels: outside the frame (0..width × 0..height, with
 * FRAME_TOLERANCE), overlapping another label (more than OVERLAP_TOLERANCE in both axes), sitting
 * on a data point (more than COVER_TOLERANCE inside its circle: a label's halo hides the point),
 * smaller than MIN_FONT_SIZE, or with a character both fonts' files lack. `minFontSize` is in the
 * scene's own units (a card laid out at half size and drawn at 2× is still checked at its layout
 * size).
 */
export function findFitProblems(
  scene: MeasuredScene,
  size: { width: number; height: number },
  opts: { minFontSize?: number } = {}
): FitProblem[] {
  const { labels, points } = scene;
  const minFont = opts.minFontSize ?? MIN_FONT_SIZE;
  const problems: FitProblem[] = [];
  for (const l of labels) {
    const sides: string[] = [];
    const right = l.x + l.width;
    const bottom = l.y + l.height;
    if (l.x < -FRAME_TOLERANCE)
      sides.push(`x ${px(l.x)}..${px(right)} extends ${px(-l.x)} px left of the frame`);
    if (right > size.width + FRAME_TOLERANCE)
      sides.push(`x ${px(l.x)}..${px(right)} extends ${px(right - size.width)} px right of the frame`);
    if (l.y < -FRAME_TOLERANCE)
      sides.push(`y ${px(l.y)}..${px(bottom)} extends ${px(-l.y)} px above the frame`);
    if (bottom > size.height + FRAME_TOLERANCE)
      sides.push(`y ${px(l.y)}..${px(bottom)} extends ${px(bottom - size.height)} px below the frame`);
    if (sides.length) {
      problems.push({ kind: 'frame', label: l, message: `text ${name(l)} ${sides.join('; ')}` });
    }
    const { latin, cjk } = loadFonts();
    const weight = l.bold ? 'bold' : 'normal';
    const missing = [...new Set(l.text)].filter((c) => {
      const cp = c.codePointAt(0)!;
      return !latin.covers[weight].has(cp) && !cjk.covers[weight].has(cp) && !/\s/.test(c);
    });
    if (missing.length) {
      const codes = missing.map(
        (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${c}`
      );
      problems.push({
        kind: 'glyph',
        label: l,
        message: `text ${name(l)} has characters neither ${FONT_FAMILY} nor ${CJK_FAMILY} has (${codes.join(', ')}): its width depends on the reader's fonts`
      });
    }
    if (l.fontSize < minFont - 1e-6) {
      problems.push({
        kind: 'font',
        label: l,
        message: `text ${name(l)} is ${whole(l.fontSize)} px, below the ${minFont} px minimum`
      });
    }
  }
  for (const l of labels) {
    for (const p of points) {
      // The point of the label's box nearest the circle's centre.
      const nx = Math.min(Math.max(p.cx, l.x), l.x + l.width);
      const ny = Math.min(Math.max(p.cy, l.y), l.y + l.height);
      const depth = p.r - Math.hypot(p.cx - nx, p.cy - ny);
      if (depth > COVER_TOLERANCE) {
        problems.push({
          kind: 'covers',
          label: l,
          message:
            `text ${name(l)} at x ${px(l.x)}..${px(l.x + l.width)}, y ${px(l.y)}..${px(l.y + l.height)} ` +
            `covers the point at (${px(p.cx)}, ${px(p.cy)}), r ${px(p.r)}, by ${px(depth)} px`
        });
      }
    }
  }
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j]!;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > OVERLAP_TOLERANCE && dy > OVERLAP_TOLERANCE) {
        problems.push({
          kind: 'overlap',
          label: a,
          other: b,
          message:
            `text ${name(a)} at x ${px(a.x)}..${px(a.x + a.width)}, y ${px(a.y)}..${px(a.y + a.height)} ` +
            `overlaps ${name(b)} at x ${px(b.x)}..${px(b.x + b.width)}, y ${px(b.y)}..${px(b.y + b.height)} ` +
            `by ${px(dx)}×${px(dy)} px`
        });
      }
    }
  }
  return problems;
}
