import {
  absoluteUrl,
  editionPaths,
  editions,
  localePrefix,
  LOCALES,
  site,
  sitePaths,
  type SiteConfig
} from '$lib/site';
import { charts } from './charts';
import { allSteps, shareChapters } from './share';

/**
 * Files for crawlers and hosts, generated at build time from the site's configuration:
 * sitemap.xml, robots.txt and _headers (Netlify / Cloudflare Pages syntax; docs/deploy.md has
 * the same rules for nginx).
 */

/** The classroom pages (src/routes/{present,teach,handout,glossary,sources,cite}/). */
export const CLASSROOM_PAGES = [
  '/present/',
  '/teach/',
  '/handout/',
  '/glossary/',
  '/sources/',
  '/cite/'
] as const;

/** Every HTML page of the site, base-relative, edition by edition, in reading order. */
export function pagePaths(): string[] {
  const pages: string[] = [];
  for (const locale of LOCALES) {
    const at = localePrefix(locale);
    pages.push(sitePaths.article(locale));
    for (const c of shareChapters(locale)) pages.push(sitePaths.shareChapter(locale, c.slug));
    for (const r of allSteps(locale)) {
      pages.push(sitePaths.shareStep(locale, r.chapter.slug, r.block.chart, r.step.id));
    }
    for (const id of charts.keys()) pages.push(`${at}/tables/${id}/`);
    pages.push(...CLASSROOM_PAGES.map((p) => `${at}${p}`));
  }
  return pages;
}

const xml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
  );

/**
 * sitemap.xml: every page, and for each its editions as xhtml:link alternates (hreflang, and
 * x-default for the English page) — Google's form for a site in several languages: every URL
 * lists every edition, itself included.
 */
export function sitemapXml(config: SiteConfig = site): string {
  const pages = new Set(pagePaths());
  const urls = [...pages]
    .map((p) => {
      const lastmod = editions[localeOfPage(p)].modified;
      const alternates = Object.entries(editionPaths(p)).filter(([, q]) => pages.has(q));
      const links =
        alternates.length > 1
          ? [
              ...alternates.map(([l, q]) => [editions[l as keyof typeof editions].lang, q] as const),
              ['x-default', editionPaths(p).en!] as const
            ]
              .map(
                ([lang, q]) =>
                  `\n    <xhtml:link rel="alternate" hreflang="${lang}" href="${xml(absoluteUrl(q, config))}"/>`
              )
              .join('')
          : '';
      return `  <url>\n    <loc>${xml(absoluteUrl(p, config))}</loc>\n    <lastmod>${lastmod}</lastmod>${links}\n  </url>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`;
}

const localeOfPage = (path: string) =>
  LOCALES.find((l) => l !== 'en' && path.startsWith(`${localePrefix(l)}/`)) ?? 'en';

/**
 * robots.txt. Crawlers read it only at the root of a host: under a sub-path, add the Sitemap
 * line to the host's own robots.txt (docs/deploy.md).
 */
export function robotsTxt(config: SiteConfig = site): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitePaths.sitemap(), config)}\n`;
}

/** Cache lifetimes, in seconds. */
export const CACHE = {
  /** Content-hashed files (the charts' code, build/js/c/): a new build gives them new names. */
  immutable: 'public, max-age=31536000, immutable',
  /** HTML pages: revalidated within minutes of a deploy. */
  page: 'public, max-age=300, must-revalidate',
  /** The pages' scripts keep their names (the HTML points at them): always revalidated. */
  entry: 'public, max-age=0, must-revalidate',
  /** Cards, frames, downloads, data: same URL when a chart changes, so an hour at most. */
  image: 'public, max-age=3600'
} as const;

/** Path prefix of the pages any site may frame: /embed/<chart>/ and /embed/<chart>/<step>/. */
export const EMBED_PREFIX = '/embed/';

const pageModules = import.meta.glob('/src/routes/**/+page.svelte');

/** Path prefixes of the editions other than English ('/ja'): their pages group one level down. */
const EDITION_PREFIXES = LOCALES.map(localePrefix).filter(Boolean);

/**
 * The top-level path groups that hold HTML pages, from the routes themselves, so a new kind of
 * page is covered without editing this file. The root page is '/'. An edition's pages are
 * grouped under its prefix the same way ('/ja/', '/ja/s/*'), so its images and embeds get their
 * own rules, as the English ones do.
 */
export function pageGroups(routes: readonly string[] = Object.keys(pageModules)): string[] {
  const groups = new Set<string>();
  for (const file of routes) {
    const id = file.replace(/^\/src\/routes/, '').replace(/\/\+page\.svelte$/, '');
    let segments = id.split('/').filter((s) => s && !/^\(.*\)$/.test(s));
    const edition = EDITION_PREFIXES.find((p) => `/${segments[0]}` === p) ?? '';
    if (edition) segments = segments.slice(1);
    const first = segments[0];
    if (!first) groups.add(`${edition}/`);
    else if (/[[\]]/.test(first)) {
      throw new Error(
        `src/lib/server/deploy.ts: the page route "${id}" starts with a parameter, so _headers cannot list its pages; name the group here.`
      );
    } else groups.add(`${edition}/${first}/*`);
  }
  return [...groups].sort();
}

/**
 * The `_headers` file. Rules never overlap on a header (hosts differ on how they merge two
 * rules that set the same one): framing is forbidden page group by page group, so the embed
 * pages, which any site may frame, are simply not in those groups.
 */
export function headersFile(config: SiteConfig = site, groups: readonly string[] = pageGroups()): string {
  const b = config.base;
  const rule = (path: string, headers: Record<string, string>) =>
    `${b}${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  const noFraming = {
    'Content-Security-Policy': "frame-ancestors 'none'",
    'X-Frame-Options': 'DENY',
    'Cache-Control': CACHE.page
  };
  const rules = [
    '# Generated by the build (src/lib/server/deploy.ts): Netlify / Cloudflare Pages syntax.',
    '# Paths include BASE_PATH; under a sub-path, move this file to the root of the publish folder.',
    '',
    rule('/*', { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' })
  ];
  const prefixes = ['', ...EDITION_PREFIXES];
  for (const g of groups) {
    if (prefixes.some((e) => g.startsWith(`${e}${EMBED_PREFIX}`))) continue;
    if (prefixes.some((e) => g === `${e}/`)) {
      rules.push(rule(g, noFraming), rule(`${g}index.html`, noFraming));
    } else {
      rules.push(rule(g, noFraming));
    }
  }
  rules.push(
    ...prefixes.map((e) =>
      rule(`${e}${EMBED_PREFIX}*`, {
        'Content-Security-Policy': 'frame-ancestors *',
        'Cache-Control': CACHE.page
      })
    ),
    rule('/js/c/*', { 'Cache-Control': CACHE.immutable }),
    // SvelteKit's hashed client files: removed after the build today (scripts/postbuild.mjs),
    // covered should a page ever hydrate.
    rule('/_app/immutable/*', { 'Cache-Control': CACHE.immutable }),
    rule('/js/main.js', { 'Cache-Control': CACHE.entry }),
    rule('/js/present.js', { 'Cache-Control': CACHE.entry }),
    rule('/js/copy.js', { 'Cache-Control': CACHE.entry }),
    rule('/js/embed.js', { 'Cache-Control': CACHE.entry }),
    // The host pages' script (static/embed.js): other sites load it by this name, so revalidated.
    rule('/embed.js', { 'Cache-Control': CACHE.entry }),
    ...prefixes.flatMap((e) => [
      rule(`${e}/cards/*`, { 'Cache-Control': CACHE.image }),
      rule(`${e}/frames/*`, { 'Cache-Control': CACHE.image }),
      rule(`${e}/charts/*`, { 'Cache-Control': CACHE.image })
    ]),
    rule('/data/*', { 'Cache-Control': CACHE.image })
  );
  return rules.join('\n');
}
