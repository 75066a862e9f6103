/**
 * Deliberate differences in figures between the English and Japanese chapters: each names the
 * chapter, the unit (as `npm run parity` prints it), the figures it lets through (normalised, as
 * the report prints them) and why. Keep it short: everything else must match. An entry that no
 * longer matches anything fails the test, so the list cannot go stale. content/ja/NOTES.md §3
 * lists the editors' deliberate differences; most carry no figure (names, images, quotations),
 * and the number words of §3.11 (twice → 2倍, October → 10月, a share → 1株, first quarter →
 * 1〜3月期) are normalised by src/lib/content/parity.js, not listed here.
 *
 * @type {import('../../src/lib/content/parity.js').Allowed[]}
 */
export const PARITY_ALLOW = [
  {
    // The Japanese introduces the index it is about to quote — 「S&P500は、米国の主要企業500社で
    // つくる株価指数です」 — for readers who know the name but not what it counts. The 500 is the
    // one in the index's name (stripped from both texts as a name), not a new figure.
    chapter: 'gospel',
    key: '¶13',
    en: [],
    ja: ['500'],
    reason: 'the Japanese glosses S&P500 as 「米国の主要企業500社でつくる株価指数」'
  }
];
