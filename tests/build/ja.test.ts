/**
 * The Japanese edition, checked on the built site (after `npm run build`): every page of the
 * English site has its Japanese twin and each names the other (hreflang both ways, x-default
 * English) and links to it (the language switch); Japanese pages say lang="ja" and og:locale
 * ja_JP; Japanese cards and step PNGs exist, are under 200 KB and were drawn from the Japanese
 * scene; Japanese share pages send a person to the step in /ja/; headings break only between
 * phrases (<wbr>, no inline style); the article loads no web font.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleCardSpec,
  cardSvg,
  chapterCardSpec,
  downloadSvg,
  sha256,
  stepCardSpec,
  SVG_HASH_KEY
} from '$lib/server/cards';
import { charts, stepIds } from '$lib/server/charts';
import { pngSize, pngText } from '$lib/server/png';
import { allSteps, shareChapters } from '$lib/server/share';
import { absoluteUrl, pathIn, site, sitePaths } from '$lib/site';

const BUILD = 'build';
const read = (file: string) => readFileSync(join(BUILD, file), 'utf8');
const fileOfPage = (page: string) => join(page.slice(1), 'index.html');
const unescape = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function builtPages(dir = BUILD): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...builtPages(full));
    else if (name === 'index.html') out.push(`/${relative(BUILD, dir)}/`.replace(/^\/\/$/, '/'));
  }
  return out.sort();
}
const pages = builtPages();
const ja = pages.filter((p) => p.startsWith('/ja/'));
const en = pages.filter((p) => !p.startsWith('/ja/'));
/** Embed pages (/embed/…, /ja/embed/…): framed copies of share pages. */
const isEmbed = (page: string) => pathIn('en', page).startsWith('/embed/');

describe('both editions', () => {
  it('have the same pages', () => {
    expect(ja.map((p) => pathIn('en', p))).toEqual(en);
    expect(ja.length).toBeGreaterThan(100);
  });

  it.each(pages.filter((p) => !isEmbed(p)))('%s names its twin (hreflang en, ja, x-default) and links to it', (page) => {
    const html = read(fileOfPage(page));
    const head = html.slice(0, html.indexOf('</head>'));
    const alt = Object.fromEntries(
      [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, unescape(m[2]!)])
    );
    expect(alt).toEqual({
      en: absoluteUrl(pathIn('en', page)),
      ja: absoluteUrl(pathIn('ja', page)),
      'x-default': absoluteUrl(pathIn('en', page))
    });
    const lang = page.startsWith('/ja/') ? 'ja' : 'en';
    expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
    expect(head).toContain(`<meta property="og:locale" content="${lang === 'ja' ? 'ja_JP' : 'en_GB'}"`);
    // The language switch: a link to the twin, in the twin's language.
    const other = lang === 'ja' ? 'en' : 'ja';
    const link = new RegExp(`<a href="([^"]+)" hreflang="${other}" lang="${other}"`).exec(html)?.[1];
    expect(link, `${page}: no language switch`).toBeTruthy();
    expect(new URL(unescape(link!), absoluteUrl(page)).pathname).toBe(`${site.base}${pathIn(other, page)}`);
  });
});

describe('embeds in both editions', () => {
  // An embed is a framed copy of a share page (its canonical): it names no twin of its own and
  // has no language switch (a reader in someone else's page would leave it), but it is written
  // in its edition's language.
  it.each(pages.filter(isEmbed))('%s is in its edition’s language, without hreflang or a switch', (page) => {
    const html = read(fileOfPage(page));
    const head = html.slice(0, html.indexOf('</head>'));
    const lang = page.startsWith('/ja/') ? 'ja' : 'en';
    expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
    expect(head).toContain(`<meta property="og:locale" content="${lang === 'ja' ? 'ja_JP' : 'en_GB'}"`);
    expect(head).not.toMatch(/hreflang=/);
    expect(html).not.toMatch(/data-edition-switch/);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
    expect(canonical, page).toContain(absoluteUrl(`${lang === 'ja' ? '/ja' : ''}/s/`));
    // Its frames and its way back are the edition's own.
    for (const m of html.matchAll(/<img class="embed-frame" src="([^"]+)"/g)) {
      expect(new URL(unescape(m[1]!), absoluteUrl(page)).pathname.startsWith(`${site.base}${lang === 'ja' ? '/ja' : ''}/frames/`)).toBe(true);
    }
  });
});

describe('the Japanese article', () => {
  const html = read('ja/index.html');
  it('is in Japanese, with the steps and ids of the English', () => {
    const ids = (h: string) => [...h.matchAll(/<div class="step" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(html)).toEqual(ids(read('index.html')));
    expect(html).toContain('<html lang="ja"');
    // No English interface text left (proper names and sources' own titles aside).
    for (const english of ['Skip to the article', 'Contents', 'Notes', 'Data and downloads', 'Source:']) {
      expect(html, english).not.toContain(`>${english}<`);
    }
  });

  it('breaks headings only between phrases: <wbr> inside keep-all spans, no inline styles (CSP)', () => {
    // The chapters' headings (the short version's heading, short-version-title, is not one).
    const titles = [...html.matchAll(/<h2 id="(?!short-version-)[^"]+-title"[^>]*>([\s\S]*?)<\/h2>/g)].map(
      (m) => m[1]!
    );
    expect(titles.length).toBe(6);
    expect(html).toMatch(/<h1[^>]*><span class="phrases[^"]*">AIブーム、<wbr\/?>お金の<wbr\/?>流れを<wbr\/?>追う<\/span><\/h1>/);
    const chartTitles = [...html.matchAll(/<h3 class="scrolly-title"[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => m[1]!);
    expect(chartTitles.length).toBeGreaterThan(10);
    for (const t of chartTitles) expect(t).toMatch(/<wbr\/?>/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('keeps the budget: no web font, and its HTML within reach of the English (gzip)', () => {
    expect(html).not.toMatch(/\.woff2?|\.otf|\.ttf|@font-face/);
    const size = gzipSync(html).length;
    const english = gzipSync(read('index.html')).length;
    // Japanese is about 10% more bytes than English in UTF-8; the Lighthouse run (npm run bench) decides.
    expect(size).toBeLessThan(english * 1.3);
  });
});

describe('Japanese cards and step PNGs', () => {
  const cards = [
    { path: sitePaths.cardArticle('ja'), svg: () => cardSvg(articleCardSpec('ja')) },
    ...shareChapters('ja').map((c) => ({ path: sitePaths.cardChapter('ja', c.slug), svg: () => cardSvg(chapterCardSpec(c)) })),
    ...allSteps('ja').map((r) => ({
      path: sitePaths.cardStep('ja', r.chapter.slug, r.block.chart, r.step.id),
      svg: () => cardSvg(stepCardSpec(r))
    }))
  ];
  it.each(cards.map((c) => [c.path, c] as const))('%s is a 1200×630 PNG of at most 200 KB drawn from the Japanese scene', (path, c) => {
    const png = readFileSync(join(BUILD, path));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThanOrEqual(200 * 1024);
    expect(pngText(png)[SVG_HASH_KEY]).toBe(sha256(c.svg()));
  });

  const files = [...charts.values()].flatMap((chart) => ['opening', ...stepIds(chart)].map((step) => [chart.id, step] as const));
  it.each(files)('/ja/charts/%s/%s.png is drawn in Japanese', (chart, step) => {
    const png = readFileSync(join(BUILD, `ja/charts/${chart}/${step}.png`));
    expect(pngSize(png)).toEqual({ width: 1600, height: 1200 });
    expect(pngText(png)[SVG_HASH_KEY]).toBe(sha256(downloadSvg('ja', chart, step === 'opening' ? null : step)));
    expect(existsSync(join(BUILD, `ja/charts/${chart}/${step}.svg`))).toBe(true);
    expect(existsSync(join(BUILD, `ja/frames/${chart}/${step}.svg`))).toBe(true);
  });
});

describe('Japanese share pages', () => {
  const article = read('ja/index.html');
  const ids = new Set([...article.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  it.each(allSteps('ja').map((r) => [`${r.chapter.slug}/${r.block.chart}/${r.step.id}`, r] as const))(
    '/ja/s/%s/ sends a person to that step in /ja/, in Japanese',
    (key, r) => {
      const page = sitePaths.shareStep('ja', r.chapter.slug, r.block.chart, r.step.id);
      const html = read(fileOfPage(page));
      const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
      expect(new URL(unescape(refresh!), absoluteUrl(page)).href).toBe(absoluteUrl(`/ja/#${key}`));
      expect(ids.has(key)).toBe(true);
      expect(html).toContain('記事で続きを読む');
      expect(html).toContain(`ja/frames/${r.block.chart}/${r.step.id}.svg`);
      expect(html).toContain(`<meta property="og:image" content="${absoluteUrl(sitePaths.cardStep('ja', r.chapter.slug, r.block.chart, r.step.id))}"`);
    }
  );
});
