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

/**
 * A lookup for the Japanese of a chart's data text: a row's basis, detail or note, which the data
 * files keep in English, as their sources wrote it. Kept beside the chart's other Japanese
 * (strings.ts) and never passed through untranslated: a row added to a data file without its
 * Japanese stops the build, naming the chart and the text. An empty cell stays empty.
 */
export function japaneseFor(
  chart: string,
  what: string,
  japanese: Readonly<Record<string, string>>
): (english: string) => string {
  return (english) => {
    if (english === '') return '';
    const ja = japanese[english];
    if (ja === undefined)
      throw new Error(
        `${chart}: no Japanese for the ${what} "${english}" (add it to src/lib/charts/${chart}/strings.ts)`
      );
    return ja;
  };
}
