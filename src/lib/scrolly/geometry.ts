/**
 * The active step is a function of where the steps are on screen, not of the order in which
 * scroll events arrived: after a fling, a jump, a reload or a zoom we look again and get the same
 * answer a slow reader would have got. Pure, so it is unit-tested without a browser.
 */

/** Index of the last step whose top edge is at or above the trigger line, or -1 if none is. */
export function activeIndex(tops: readonly number[], triggerY: number): number {
  let active = -1;
  for (let i = 0; i < tops.length; i++) {
    if (tops[i]! <= triggerY) active = i;
    else break;
  }
  return active;
}

/**
 * Progress 0..1 through step `i`: from its top crossing the trigger line to the next step's top
 * crossing it (or, for the last step, its own bottom).
 */
export function progressWithin(top: number, end: number, triggerY: number): number {
  const span = end - top;
  if (!(span > 0)) return 0;
  return Math.min(1, Math.max(0, (triggerY - top) / span));
}

/** Where the trigger line sits, as a fraction of the viewport height. */
export const TRIGGER = 0.6;
