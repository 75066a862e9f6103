import type { Locale } from '$lib/site';

/** The props of <PageMeta>: what a page says about itself to previews and search engines. */
export interface PageMetaProps {
  locale: Locale;
  /** The page's <title> and og:title. */
  title: string;
  /** Meta and og:description; cut at a word to 200 characters. */
  description: string;
  /** The page's own path, base-relative ('/s/machine/'): canonical and og:url. */
  path: string;
  /** The preview image: a base-relative path, its text alternative, its size (default: a card). */
  image: { path: string; alt: string; width?: number; height?: number };
  /** og:type; default 'article'. */
  type?: 'article' | 'website';
  /**
   * The same page in each edition, base-relative paths keyed by locale (editionPaths(path) in
   * src/lib/site.ts): rel="alternate" hreflang links both ways, and x-default (English). Only for
   * pages that exist in every edition listed.
   */
  alternates?: Partial<Record<Locale, string>>;
  /** Structured data (JSON-LD), e.g. newsArticle(locale) for the article. */
  jsonLd?: Record<string, unknown>;
}
