import { defineStates } from '$lib/charts/state';

export interface WideningState {
  /** Links whose stage is ≤ this are drawn; those equal to it are new. 0 = the hub alone. */
  stage: number;
  /** Light up the hub the arrows converge on. */
  converge: boolean;
}

export const states = defineStates<WideningState>({
  initial: { stage: 0, converge: false },
  steps: {
    payments: { stage: 1 },
    shopping: { stage: 2 },
    manufacturing: { stage: 3 },
    'same-few': { stage: 4, converge: true }
  }
});
