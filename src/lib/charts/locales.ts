import type { Locale } from '$lib/locale';

/**
 * The editions every chart is drawn in. The site may publish fewer (LOCALES in src/lib/site.ts);
 * a chart is laid out, checked for fit and described in each of these all the same.
 */
export const CHART_LOCALES: readonly Locale[] = ['en', 'ja'];

/**
 * One value per edition, picked from a chart's strings (types.ts `ChartStrings`):
 * `note: perLocale(strings, (s) => s.note)`.
 */
export function perLocale<T, R>(strings: Readonly<Record<Locale, T>>, pick: (s: T) => R): Record<Locale, R> {
  return { en: pick(strings.en), ja: pick(strings.ja) };
}
