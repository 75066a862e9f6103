import { loadDefaultJapaneseParser } from 'budoux';

/**
 * Japanese line breaking by phrase. Japanese has no spaces, and a browser (or our own wrapping)
 * may break a line between any two characters — inside a word like データ|センター. BudouX (a
 * small model from Google, no dictionary) splits a sentence into phrases (文節); a line may then
 * break only between phrases:
 *
 *   phrases('エヌビディアのデータセンター部門の四半期売上高')
 *     → ['エヌビディアの', 'データセンター部門の', '四半期売上高']
 *
 * One helper for the whole site: headings on the page (with <wbr> between phrases and
 * `word-break: keep-all`, src/lib/text/Phrases.svelte), card titles (src/lib/server/cards.ts) and
 * chart labels. Text without Japanese comes back whole, so English is never touched.
 */
const parser = loadDefaultJapaneseParser();

/** Hiragana, katakana, CJK ideographs and the CJK punctuation block. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

export function hasJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

/**
 * The phrases of `text`, in order; joined they are `text` again. Spaces stay where they are
 * (inside Latin runs such as "S&P 500" a break may still fall at a space, as in English).
 */
export function phrases(text: string): string[] {
  if (!hasJapanese(text)) return [text];
  return parser.parse(text).filter((p) => p !== '');
}

/** `text` as HTML with <wbr> between phrases, every character escaped (for {@html} in a heading). */
export function phrasesHtml(text: string): string {
  return phrases(text).map(escapeHtml).join('<wbr>');
}

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  );
}

/**
 * The units a line may break between: words (at spaces) for English; for Japanese, phrases —
 * with a space kept at the end of the unit before it, so `units(s).join('') === s`.
 */
export function breakUnits(text: string): string[] {
  if (!hasJapanese(text)) return text.split(/(?<=\s)(?=\S)/);
  return phrases(text).flatMap((p) => p.split(/(?<=\s)(?=\S)/));
}
