import { breakUnits, hasJapanese } from '$lib/text/phrases';

/**
 * Short text for link previews: meta descriptions, card lines and share-page titles must fit
 * the space a platform gives them, cut at a word, never mid-word, with an ellipsis.
 */

/**
 * Collapse whitespace; cut to at most `max` characters at a word boundary, ending with "…".
 * Japanese (no spaces to cut at) is cut between phrases (src/lib/text/phrases.ts).
 */
export function clipText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= max) return clean;
  if (hasJapanese(clean)) {
    let cut = '';
    for (const unit of breakUnits(clean)) {
      if ([...cut].length + [...unit].length > max - 1) break;
      cut += unit;
    }
    if (!cut) cut = [...clean].slice(0, max - 1).join('');
    return `${cut.replace(/[\s、。，,;:・–—-]+$/u, '')}…`;
  }
  const chars = [...clean].slice(0, max); // the ellipsis takes the last place
  let cut = chars.join('');
  const space = cut.lastIndexOf(' ');
  // Cut at the last word boundary; a single word longer than the limit is cut where it must be.
  cut = space > 0 ? cut.slice(0, space) : chars.slice(0, max - 1).join('');
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * The first sentence of `text`: for Japanese, up to the first 。！？ (outside 「」); otherwise up to the first ".", "!" or "?" followed by a capital or a digit
 * that does not end an abbreviation ("J.P. Morgan", "U.S.", "AI" stays whole: a word with a dot
 * in it, or of one or two capitals); all of the text if there is none.
 */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (hasJapanese(clean)) {
    let depth = 0;
    for (let i = 0; i < clean.length; i++) {
      const c = clean[i]!;
      if (c === '「' || c === '『') depth++;
      else if ((c === '」' || c === '』') && depth > 0) depth--;
      else if (depth === 0 && '。！？'.includes(c)) return clean.slice(0, i + 1);
    }
    return clean;
  }
  for (const m of clean.matchAll(/[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9$€£¥])/g)) {
    const at = m.index ?? 0;
    const word = clean.slice(clean.lastIndexOf(' ', at) + 1, at).replace(/^["“‘(]+|["”’)]+$/g, '');
    const abbreviation = word.includes('.') || /^[A-Z]{1,2}$/.test(word) || word === '';
    if (!abbreviation && at >= 10) return clean.slice(0, at + m[0].length);
  }
  return clean;
}
