import { articleCard, editionPaths, editions, sitePaths, type Locale } from '$lib/site';
import { newsArticle } from './jsonld';

/**
 * The article page's meta, ready to spread into <PageMeta>:
 *
 *   <PageMeta {...articleMeta('en')} />
 *
 * Title and description are the edition's name and dek; the image is the article's card
 * (src/lib/server/cards.ts draws it from `articleCard` in src/lib/site.ts); JSON-LD NewsArticle
 * rides along.
 */
export function articleMeta(locale: Locale) {
  const e = editions[locale];
  return {
    locale,
    title: e.name,
    description: e.description,
    path: sitePaths.article(locale),
    alternates: editionPaths(sitePaths.article(locale)),
    image: { path: sitePaths.cardArticle(locale), alt: articleCard.alt[locale] },
    type: 'article' as const,
    jsonLd: newsArticle(locale)
  };
}
