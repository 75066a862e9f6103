import { prefersReducedMotion } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';

/** How long a chart takes to move from one step's frame to the next. */
export const STEP_DURATION_MS = 650;
export const stepEasing = cubicInOut;

/** True when the reader asked the system for less motion: transitions become instant. */
export function reducedMotion(): boolean {
  return prefersReducedMotion.current;
}
