import { getContext, setContext } from 'svelte';

/**
 * The editions: English at the site's root, Japanese under /ja/. A page sets its locale once
 * (setLocale); the components under it read it (useLocale) to pick strings, dates, numbers and
 * content. Step and chapter ids are the same in both editions, so a URL fragment means the same
 * place in either.
 */
export type Locale = 'en' | 'ja';

const LOCALE = Symbol('locale');

export function setLocale(locale: Locale): Locale {
  return setContext(LOCALE, locale);
}

/** The page's locale ('en' when a page set none). */
export function useLocale(): Locale {
  return getContext<Locale | undefined>(LOCALE) ?? 'en';
}
