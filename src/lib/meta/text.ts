/**
 * Short text for link previews: meta descriptions, card lines and share-page titles must fit
 * the space a platform gives them, cut at a word, never mid-word, with an ellipsis.
 */

/** Collapse whitespace; cut to at most `max` characters at a word boundary, ending with "…". */
export function clipText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= max) return clean;
  const chars = [...clean].slice(0, max); // the ellipsis takes the last place
  let cut = chars.join('');
  const space = cut.lastIndexOf(' ');
  // Cut at the last word boundary; a single word longer than the limit is cut where it must be.
  cut = space > 0 ? cut.slice(0, space) : chars.slice(0, max - 1).join('');
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** The first sentence of `text` (up to ". ", "! " or "? ", or all of it). */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const m = /^.+?[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9$€£¥])/.exec(clean);
  return m ? m[0] : clean;
}
