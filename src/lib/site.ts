import { outline, type Locale } from './content/outline';
import { strings } from './strings';

export type { Locale };

/**
 * Who the site is and where it lives: the one place that knows the public origin, the base path,
 * the site's name per language and the publication dates. Every absolute URL (canonical, og:*,
 * JSON-LD, sitemap, robots.txt, _headers) is built here, from a path relative to the base.
 *
 *   PUBLIC_SITE_URL  the public origin, scheme and host only: https://example.org
 *                    (unset: http://localhost:4173, what `npm run preview` serves; the build warns)
 *   BASE_PATH        the sub-path the site is served under: /ai-boom (unset: the root). The same
 *                    variable sets SvelteKit's paths.base in svelte.config.js, so links and
 *                    absolute URLs cannot disagree.
 *   PUBLIC_CORRECTIONS_EMAIL  where readers report errors (the Sources & Methods page); unset in
 *                    a preview build, which then gives no address.
 *
 * A malformed origin or base stops the build with a message saying what to write instead.
 * Read at build time only (every page is prerendered and none is hydrated).
 */

/** The editions. The Japanese one (/ja/) joins once the English text is settled. */
export const LOCALES: readonly Locale[] = ['en'];

/** Where `npm run preview` serves the build: the origin used when PUBLIC_SITE_URL is unset. */
export const PREVIEW_ORIGIN = 'http://localhost:4173';

export interface SiteConfig {
  /** scheme://host[:port], no trailing slash. */
  origin: string;
  /** '' or '/sub/path' (starts with a slash, does not end with one), as SvelteKit's paths.base. */
  base: string;
  /** False when PUBLIC_SITE_URL was unset and the preview origin stands in. */
  originConfigured: boolean;
  /** Where readers report errors (PUBLIC_CORRECTIONS_EMAIL); null when this build has none. */
  corrections: string | null;
}

export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** Validates PUBLIC_SITE_URL. Accepts `https://example.org` (a trailing slash is dropped). */
export function parseOrigin(raw: string | undefined): { origin: string; configured: boolean } {
  const value = raw?.trim();
  if (!value) return { origin: PREVIEW_ORIGIN, configured: false };
  const hint = `PUBLIC_SITE_URL must be the public origin, scheme and host only, e.g. PUBLIC_SITE_URL=https://example.org (the sub-path goes in BASE_PATH).`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteConfigError(`PUBLIC_SITE_URL="${value}" is not a URL. ${hint}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteConfigError(`PUBLIC_SITE_URL="${value}" must start with https:// (or http://). ${hint}`);
  }
  if (url.username || url.password) {
    throw new SiteConfigError(`PUBLIC_SITE_URL="${value}" must not contain a user name or password. ${hint}`);
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw new SiteConfigError(`PUBLIC_SITE_URL="${value}" must not contain a query or fragment. ${hint}`);
  }
  if (url.pathname !== '/') {
    throw new SiteConfigError(
      `PUBLIC_SITE_URL="${value}" has a path ("${url.pathname}"). ${hint} Here: PUBLIC_SITE_URL=${url.origin} BASE_PATH=${url.pathname.replace(/\/+$/, '')}`
    );
  }
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(url.host) || url.hostname.startsWith('.') || url.hostname.endsWith('.')) {
    throw new SiteConfigError(`PUBLIC_SITE_URL="${value}" has a malformed host "${url.host}". ${hint}`);
  }
  return { origin: url.origin, configured: true };
}

/** Validates BASE_PATH with SvelteKit's own rule for paths.base. */
export function parseBase(raw: string | undefined): string {
  const value = raw ?? '';
  if (value === '') return '';
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(value)) {
    throw new SiteConfigError(
      `BASE_PATH="${value}" must be empty or a path that starts but does not end with "/", made of letters, digits, ".", "_", "~" and "-", e.g. BASE_PATH=/ai-boom.`
    );
  }
  return value;
}

/** Validates PUBLIC_CORRECTIONS_EMAIL: an email address, or unset. */
export function parseCorrections(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(value)) {
    throw new SiteConfigError(
      `PUBLIC_CORRECTIONS_EMAIL="${value}" is not an email address (e.g. PUBLIC_CORRECTIONS_EMAIL=corrections@your.host).`
    );
  }
  return value;
}

export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const { origin, configured } = parseOrigin(env.PUBLIC_SITE_URL);
  return {
    origin,
    base: parseBase(env.BASE_PATH),
    originConfigured: configured,
    corrections: parseCorrections(env.PUBLIC_CORRECTIONS_EMAIL)
  };
}

const processEnv: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;

/** This build's site. Importing this module with a malformed PUBLIC_SITE_URL or BASE_PATH throws. */
export const site: SiteConfig = readSiteConfig(processEnv);

const WARNED = Symbol.for('ai-boom.site.warned');
const flags = globalThis as unknown as Record<symbol, boolean>;
if (!site.originConfigured && typeof process !== 'undefined' && !processEnv.VITEST && !flags[WARNED]) {
  flags[WARNED] = true;
  console.warn(
    `\n[site] PUBLIC_SITE_URL is not set: canonical, og:* and sitemap URLs point at ${PREVIEW_ORIGIN} (local preview only).` +
      `\n[site] For a public build: PUBLIC_SITE_URL=https://your.host [BASE_PATH=/sub/path] npm run build\n`
  );
}
if (!site.corrections && site.originConfigured && !processEnv.VITEST) {
  // A public build should say where readers report errors (the Sources & Methods page).
  console.warn('[site] PUBLIC_CORRECTIONS_EMAIL is not set: /sources/ gives no address for corrections.');
}

/** `/ja` for the Japanese edition, '' for English (served at the root of the base). */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '' : `/${locale}`;
}

/** Absolute URL of a site path ('/s/machine/'): origin + base + path. */
export function absoluteUrl(path: string, config: SiteConfig = site): string {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl: "${path}" must start with "/"`);
  return `${config.origin}${config.base}${path}`;
}

/**
 * Relative URL from the page at `from` to the site path `to` (both base-relative, starting with
 * '/'; a page path ends with '/'). Share pages link this way, so they work under any base and
 * on any host (a preview server, a mirror) without knowing either.
 */
export function relativeUrl(from: string, to: string): string {
  const depth = from.split('/').length - 2;
  const up = depth > 0 ? '../'.repeat(depth) : './';
  return `${up}${to.replace(/^\//, '')}` || './';
}

/** The edition's strings and publication facts. */
export interface Edition {
  locale: Locale;
  /** BCP 47 tag for <html lang> and JSON-LD inLanguage. */
  lang: string;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
  name: string;
  description: string;
  /** What the site is, in a few words: on cards that have no chart title to show. */
  tagline: string;
  /** ISO 8601 dates: first publication and the last substantive change (bump it with the text). */
  published: string;
  modified: string;
}

export const editions: Record<Locale, Edition> = {
  en: {
    locale: 'en',
    lang: 'en',
    ogLocale: 'en_GB',
    name: strings.en.siteTitle,
    description: strings.en.dek,
    tagline: 'An interactive essay with data',
    // The opening chapter's frontmatter is the one place the dates are written.
    published: publishedDate(),
    modified: openingDate('modified') ?? publishedDate()
  },
  ja: {
    locale: 'ja',
    lang: 'ja',
    ogLocale: 'ja_JP',
    name: strings.ja.siteTitle,
    description: strings.ja.dek,
    tagline: 'データで読むインタラクティブ・エッセイ',
    published: publishedDate(),
    modified: openingDate('modified') ?? publishedDate()
  }
};

/** A date from the opening chapter's frontmatter (content/en/chapters/00-opening.md). */
function openingDate(key: string): string | undefined {
  return outline[0]?.meta[key];
}

function publishedDate(): string {
  const value = openingDate('published');
  if (!value) throw new Error(`${outline[0]?.file ?? 'content/en/chapters'}:1: no "published" date`);
  return value;
}

/** The publisher and author named in JSON-LD: the team behind the site, until bylines exist. */
export const publisher = { type: 'Organization', name: strings.en.siteTitle } as const;

/** Site paths (base-relative) of everything shareable, by locale. Pages end with '/'. */
export const sitePaths = {
  article: (locale: Locale) => `${localePrefix(locale)}/`,
  /** The article at a chapter or a step: the fragment is the element id. */
  articleAt: (locale: Locale, fragment: string) => `${localePrefix(locale)}/#${fragment}`,
  shareChapter: (locale: Locale, chapter: string) => `${localePrefix(locale)}/s/${chapter}/`,
  shareStep: (locale: Locale, chapter: string, chart: string, step: string) =>
    `${localePrefix(locale)}/s/${chapter}/${chart}/${step}/`,
  cardArticle: (locale: Locale) => `${localePrefix(locale)}/cards/article.png`,
  cardChapter: (locale: Locale, chapter: string) => `${localePrefix(locale)}/cards/${chapter}.png`,
  cardStep: (locale: Locale, chapter: string, chart: string, step: string) =>
    `${localePrefix(locale)}/cards/${chapter}/${chart}/${step}.png`,
  /** Step downloads (language-neutral apart from the drawn title: English for now). */
  stepSvg: (chart: string, step: string) => `/charts/${chart}/${step}.svg`,
  stepPng: (chart: string, step: string) => `/charts/${chart}/${step}.png`,
  frame: (chart: string, step: string) => `/frames/${chart}/${step}.svg`,
  /** Embeds (any site may frame them): a chart stepped by buttons, or one step's frame. */
  embedChart: (locale: Locale, chart: string) => `${localePrefix(locale)}/embed/${chart}/`,
  embedStep: (locale: Locale, chart: string, step: string) =>
    `${localePrefix(locale)}/embed/${chart}/${step}/`,
  /** The script a host page loads to size our iframes to their content (static/embed.js). */
  embedHostScript: () => '/embed.js',
  sitemap: () => '/sitemap.xml'
};

/** Card images: the size every card is drawn at (Open Graph's recommended 1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;

/**
 * The article's own card shows this step (the build fails if it no longer exists), and says so
 * in its text alternative.
 */
export const articleCard = {
  chapter: 'machine',
  chart: 'nvidia-datacenter-revenue',
  step: 'thirteen-fold',
  alt: {
    en: "Title card: NVIDIA's data-center revenue by quarter, which grew about thirteen-fold from fiscal 2023 to fiscal 2026.",
    ja: 'タイトルカード：エヌビディアのデータセンター部門の四半期売上高。2023年度から2026年度までに約13倍に増えました。'
  } satisfies Record<Locale, string>
} as const;
