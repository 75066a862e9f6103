/** How long a chart takes to move from one step's frame to the next. */
export const STEP_DURATION_MS = 650;

/** Ease in and out (cubic): starts and lands gently, so an interrupted move never jerks. */
export function stepEasing(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
}

const query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** True when the reader asked the system for less motion: transitions become instant. */
export function reducedMotion(): boolean {
  return query?.matches ?? false;
}
