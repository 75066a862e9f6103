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

/** Where the trigger line sits when the page's CSS does not say (a fraction of the viewport height). */
export const DEFAULT_TRIGGER = 0.6;

/**
 * The trigger line as a fraction of the viewport height. The layout decides it (app.css sets
 * `--trigger` on `.scrolly`): on a phone the chart fills the top of the screen and a step counts
 * once its text is well into the part below; beside the chart, at 60%. Reading a custom property
 * costs a style lookup, not a layout, and happens only on resize.
 */
export function triggerFraction(el: Element): number {
  const value = Number.parseFloat(getComputedStyle(el).getPropertyValue('--trigger'));
  return value > 0 && value < 1 ? value : DEFAULT_TRIGGER;
}
