import { absoluteUrl, editions, publisher, sitePaths, type Locale } from '$lib/site';

/**
 * Structured data for search engines: a JSON-LD `NewsArticle` for the article. Emitted as a
 * `<script type="application/ld+json">` data block: browsers do not execute data blocks, so the
 * strict Content-Security-Policy (script-src 'self', no inline scripts) does not apply to it.
 */
export function newsArticle(locale: Locale): Record<string, unknown> {
  const e = editions[locale];
  const org = { '@type': publisher.type, name: publisher.name, url: absoluteUrl(sitePaths.article(locale)) };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: e.name,
    description: e.description,
    datePublished: e.published,
    dateModified: e.modified,
    author: [org],
    publisher: org,
    image: [absoluteUrl(sitePaths.cardArticle(locale))],
    inLanguage: e.lang,
    url: absoluteUrl(sitePaths.article(locale)),
    mainEntityOfPage: absoluteUrl(sitePaths.article(locale))
  };
}

/**
 * The data block's markup. `<`, `>`, `&` and the JavaScript line separators are escaped inside
 * strings, so no text can close the element early or be read as markup.
 */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
  return `<script type="application/ld+json">${json}</script>`;
}
