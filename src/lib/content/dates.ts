import type { Locale } from './outline';

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

/**
 * A registry date as readers write it: 2025-11-03 → 3 Nov 2025; 2025-11 → Nov 2025; 2025 → 2025.
 * Throws on anything else, so a malformed date in a source entry fails the build.
 */
export function formatDate(date: string, locale: Locale = 'en'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  const month = m?.[2] ? MONTHS[locale][Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) throw new Error(`Not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}
