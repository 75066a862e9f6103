import type { Locale } from './outline';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A registry date as readers write it. English: 2025-11-03 → 3 Nov 2025; 2025-11 → Nov 2025;
 * 2025 → 2025. Japanese: 2025年11月3日, 2025年11月, 2025年. Throws on anything else, so a
 * malformed date in a source entry fails the build.
 */
export function formatDate(date: string, locale: Locale = 'en'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  const month = m?.[2] ? Number(m[2]) : undefined;
  if (!m || (month !== undefined && !(month >= 1 && month <= 12))) {
    throw new Error(`Not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
  }
  const day = m[3] ? Number(m[3]) : undefined;
  if (locale === 'ja') return `${m[1]}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  if (!month) return m[1]!;
  return day ? `${day} ${MONTHS[month - 1]} ${m[1]}` : `${MONTHS[month - 1]} ${m[1]}`;
}
