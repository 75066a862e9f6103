/**
 * Sharing, checked on the built site (run after `npm run build`, with the same PUBLIC_SITE_URL and
 * BASE_PATH): every page's meta is complete and its absolute URLs resolve inside build/; every
 * card and step PNG exists at its size and was drawn from that step's scene, laid out afresh
 * here; share pages send a person to the right step; sitemap, robots.txt and _headers cover
 * every page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSource } from '$lib/content/sources';
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
import { allSteps, findBlock, shareChapters } from '$lib/server/share';
import { absoluteUrl, site, sitePaths } from '$lib/site';

const BUILD = 'build';
const prefix = `${site.origin}${site.base}`;
const read = (file: string) => readFileSync(join(BUILD, file), 'utf8');

/** An absolute URL on this site → its file in build/ (null for other origins). */
function fileOf(url: string): string | null {
  if (!url.startsWith(`${prefix}/`)) return null;
  let path = decodeURI(url.slice(prefix.length).split(/[?#]/)[0]!);
  if (path.endsWith('/')) path += 'index.html';
  return join(BUILD, path);
}

/** Every built HTML page, as its base-relative path ('/', '/s/machine/'). */
function builtPages(dir = BUILD): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...builtPages(full));
    else if (name === 'index.html') out.push(`/${relative(BUILD, dir)}/`.replace(/^\/\/$/, '/'));
  }
  return out.sort();
}
const fileOfPage = (page: string) => join(page.slice(1), 'index.html');

interface Head {
  title: string | undefined;
  meta: Map<string, string>;
  canonical: string | undefined;
  jsonLd: string[];
  refresh: string | undefined;
}

const unescape = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)) out[m[1]!.toLowerCase()] = unescape(m[2]!);
  return out;
}

function parseHead(html: string): Head {
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = new Map<string, string>();
  let refresh: string | undefined;
  for (const m of head.matchAll(/<meta\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const key = a.property ?? a.name;
    if (key) {
      if (meta.has(key)) throw new Error(`duplicate <meta> ${key}`);
      meta.set(key, a.content ?? '');
    }
    if (a['http-equiv'] === 'refresh') refresh = a.content;
  }
  const canonical = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => attrs(m[0])).find((a) => a.rel === 'canonical')?.href;
  return {
    title: /<title>([^<]*)<\/title>/.exec(head)?.[1]?.trim(),
    meta,
    canonical,
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
    refresh
  };
}

const pages = builtPages();
const article = read('index.html');

/** Embed pages (/embed/<chart>/, /embed/<chart>/<step>/): any site may frame them. */
const isEmbed = (page: string) => page.startsWith('/embed/');

/**
 * A page's canonical URL: itself, except for an embed, which is a framed copy of a step's share
 * page (src/lib/server/embed.ts): that step's, or for a whole chart its first step's.
 */
function canonicalOf(page: string): string {
  if (!isEmbed(page)) return absoluteUrl(page);
  const [chart, step] = page.split('/').slice(2, -1);
  const found = findBlock('en', chart!);
  expect(found, `${page}: no chart "${chart}" in the article`).toBeTruthy();
  const id = step ?? found!.block.steps[0]!.id;
  return absoluteUrl(sitePaths.shareStep('en', found!.chapter.slug, chart!, id));
}

/**
 * Pages whose meta is not placed yet, each with who places it. A listed page that gains meta
 * fails the test, so the list cannot outlive the work.
 */
const AWAITING_META: Record<string, string> = {};

describe('every page', () => {
  it('is in the build (the list is not empty)', () => {
    expect(pages.length).toBeGreaterThan(80);
    expect(pages).toContain('/');
  });

  it.each(pages)('%s has complete meta, absolute URLs that resolve inside the build, and JSON-LD that parses', (page) => {
    const html = read(fileOfPage(page));
    const head = parseHead(html);
    for (const block of head.jsonLd) expect(() => JSON.parse(block)).not.toThrow();
    if (AWAITING_META[page]) {
      expect(head.meta.has('og:title'), `${page} now has meta: remove it from AWAITING_META`).toBe(false);
      return;
    }
    const m = head.meta;
    const self = canonicalOf(page);
    expect(head.title).toBeTruthy();
    expect(m.get('og:title')).toBe(unescape(head.title!));
    const description = m.get('description') ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect([...description].length).toBeLessThanOrEqual(200);
    expect(m.get('og:description')).toBe(description);
    expect(head.canonical).toBe(self);
    expect(m.get('og:url')).toBe(self);
    expect(['article', 'website']).toContain(m.get('og:type'));
    expect(m.get('og:site_name')).toBeTruthy();
    expect(m.get('og:locale')).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(m.get('twitter:card')).toBe('summary_large_image');
    expect(m.get('og:image:alt')!.length).toBeGreaterThan(20);
    expect(m.get('og:image:type')).toBe('image/png');
    const image = fileOf(m.get('og:image') ?? '');
    expect(image, `og:image ${m.get('og:image')} is not on ${prefix}`).toBeTruthy();
    expect(existsSync(image!), `${image} missing`).toBe(true);
    const size = pngSize(readFileSync(image!));
    expect([String(size.width), String(size.height)]).toEqual([m.get('og:image:width'), m.get('og:image:height')]);
    // Every absolute URL that names this site resolves to a file in the build.
    // Braces end a URL too: BibTeX on /cite/ wraps addresses in them (\url{…}).
    for (const url of html.match(/https?:\/\/[^"'\s<>){}]+/g) ?? []) {
      const file = fileOf(unescape(url));
      if (file) expect(existsSync(file), `${url} → ${file}`).toBe(true);
    }
  });

  it.each(pages)('%s links only to files that exist (relative links, any base)', (page) => {
    const html = read(fileOfPage(page));
    const base = new URL(`http://x${page}`);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const ref = unescape(m[1]!);
      if (/^(https?:|mailto:|data:|#)/.test(ref)) continue;
      const url = new URL(ref, base);
      let path = decodeURI(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      expect(existsSync(join(BUILD, path)), `${page}: ${ref}`).toBe(true);
    }
  });
});

describe('cards', () => {
  const cards = [
    { path: sitePaths.cardArticle('en'), svg: () => cardSvg(articleCardSpec('en')) },
    ...shareChapters('en').map((c) => ({
      path: sitePaths.cardChapter('en', c.slug),
      svg: () => cardSvg(chapterCardSpec(c))
    })),
    ...allSteps('en').map((r) => ({
      path: sitePaths.cardStep('en', r.chapter.slug, r.block.chart, r.step.id),
      svg: () => cardSvg(stepCardSpec(r))
    }))
  ];

  it('cover the article, every chapter and every step', () => {
    expect(cards.length).toBe(1 + shareChapters('en').length + allSteps('en').length);
  });

  it.each(cards.map((c) => [c.path, c] as const))(
    '%s is a 1200×630 PNG of at most 200 KB drawn from that scene',
    (path, c) => {
      const png = readFileSync(join(BUILD, path));
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeLessThanOrEqual(200 * 1024);
      // The hash of the SVG it was drawn from, against the step laid out afresh now.
      expect(pngText(png)[SVG_HASH_KEY]).toBe(sha256(c.svg()));
    }
  );
});

describe('step downloads', () => {
  const files = [...charts.values()].flatMap((chart) =>
    ['opening', ...stepIds(chart)].map((step) => [chart.id, step] as const)
  );

  it.each(files)('/charts/%s/%s.png is 1600×1200, drawn from that step with its title and sources', (chart, step) => {
    const png = readFileSync(join(BUILD, `charts/${chart}/${step}.png`));
    expect(pngSize(png)).toEqual({ width: 1600, height: 1200 });
    expect(pngText(png)[SVG_HASH_KEY]).toBe(sha256(downloadSvg('en', chart, step === 'opening' ? null : step)));
    expect(existsSync(join(BUILD, `charts/${chart}/${step}.svg`))).toBe(true);
  });
});

describe('share pages', () => {
  const ids = new Set([...article.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

  const landing = (page: string) => {
    const html = read(fileOfPage(page));
    const head = parseHead(html);
    const m = /^0; url=(.+)$/.exec(head.refresh ?? '');
    expect(m, `${page}: no immediate refresh`).toBeTruthy();
    return { html, head, target: new URL(m![1]!, absoluteUrl(page)).href };
  };

  it.each(allSteps('en').map((r) => [`${r.chapter.slug}/${r.block.chart}/${r.step.id}`, r] as const))(
    '/s/%s/ sends a person to that step in the article and shows the step',
    (key, r) => {
      const page = sitePaths.shareStep('en', r.chapter.slug, r.block.chart, r.step.id);
      const { html, head, target } = landing(page);
      expect(target).toBe(absoluteUrl(`/#${key}`));
      expect(ids.has(key), `the article has no element id="${key}"`).toBe(true);
      // The visible way on, for browsers that block the refresh.
      const link = /<a href="([^"]+)"[^>]*>Read it in the article/.exec(html)?.[1];
      expect(new URL(unescape(link!), absoluteUrl(page)).href).toBe(target);
      expect(head.title!.startsWith(`${r.block.title} — `)).toBe(true);
      expect(head.meta.get('og:image')).toBe(absoluteUrl(sitePaths.cardStep('en', r.chapter.slug, r.block.chart, r.step.id)));
      expect(html).toContain(`frames/${r.block.chart}/${r.step.id}.svg`);
      // Footnotes carry the article's numbers: note n of the chapter is the source the step cites.
      const cited = [...r.step.markdown.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!);
      const notes = [...html.matchAll(/<sup class="cite"><a href="([^"]+)"/g)].map((m) => new URL(unescape(m[1]!), absoluteUrl(page)));
      expect(notes.length).toBe(cited.length);
      notes.forEach((url, i) => {
        expect(url.pathname).toBe(`${site.base}/`);
        const id = url.hash.slice(1);
        const note = new RegExp(`<li id="${id}">([\\s\\S]*?)</li>`).exec(article)?.[1];
        expect(note, `article note ${id}`).toBeTruthy();
        expect(unescape(note!)).toContain(getSource(cited[i]!).url);
      });
    }
  );

  it.each(shareChapters('en').map((c) => [c.slug] as const))('/s/%s/ sends a person to the chapter', (slug) => {
    const { target } = landing(sitePaths.shareChapter('en', slug));
    expect(target).toBe(absoluteUrl(`/#${slug}`));
    expect(ids.has(slug)).toBe(true);
  });
});

describe('for crawlers and hosts', () => {
  it('sitemap.xml lists exactly the built pages that are their own canonical (not the embeds)', () => {
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => unescape(m[1]!));
    expect(pages.some(isEmbed)).toBe(true);
    expect(locs.map((u) => u.slice(prefix.length)).sort()).toEqual(pages.filter((p) => !isEmbed(p)));
  });

  it('robots.txt points at the sitemap by absolute URL', () => {
    const url = /^Sitemap: (\S+)$/m.exec(read('robots.txt'))?.[1];
    expect(url).toBe(absoluteUrl('/sitemap.xml'));
    expect(existsSync(fileOf(url!)!)).toBe(true);
  });

  it('_headers lets any site frame the embeds and no other page, and caches hashed assets for a year', () => {
    const rules: { path: string; headers: string[] }[] = [];
    for (const line of read('_headers').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      if (/^\s/.test(line)) rules.at(-1)!.headers.push(line.trim());
      else rules.push({ path: line.trim(), headers: [] });
    }
    const match = (p: string, path: string) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : p === path);
    const headersOf = (path: string) => rules.filter((r) => match(r.path, path)).flatMap((r) => r.headers);
    for (const page of pages) {
      const path = `${site.base}${page}`;
      const headers = headersOf(path);
      // Each header once per path: hosts merge two rules that set the same one differently.
      const names = headers.map((h) => h.split(':')[0]!.toLowerCase());
      expect(new Set(names).size, `${path}: ${headers.join(' | ')}`).toBe(names.length);
      if (isEmbed(page)) {
        expect(headers, path).toContain('Content-Security-Policy: frame-ancestors *');
        expect(headers.some((h) => h.startsWith('X-Frame-Options')), path).toBe(false);
      } else {
        expect(headers, path).toContain("Content-Security-Policy: frame-ancestors 'none'");
        expect(headers, path).toContain('X-Frame-Options: DENY');
      }
    }
    // The scripts other sites and the embeds load by a fixed name are revalidated, never kept.
    for (const file of ['/embed.js', '/js/embed.js', '/js/main.js']) {
      expect(existsSync(join(BUILD, file)), file).toBe(true);
      expect(headersOf(`${site.base}${file}`), file).toContain('Cache-Control: public, max-age=0, must-revalidate');
    }
    const immutable = rules.filter((r) => r.headers.some((h) => h.includes('immutable'))).map((r) => r.path);
    expect(immutable).toEqual([`${site.base}/js/c/*`, `${site.base}/_app/immutable/*`]);
    // The charts' code really is there, under hashed names.
    expect(readdirSync(join(BUILD, 'js/c')).every((f) => /\.[\w-]{8,}\.js$/.test(f))).toBe(true);
  });
});
