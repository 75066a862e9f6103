import { defineStates } from '$lib/charts/state';

export interface PayState {
  /** How many rungs of the ladder are shown: 1 faculty, 2 + OpenAI's average, 3 + Meta's reported offers. */
  rungs: 0 | 1 | 2 | 3;
}

export const states = defineStates<PayState>({
  initial: { rungs: 0 },
  steps: {
    'faculty-pay': { rungs: 1 },
    'lab-average': { rungs: 2 },
    'reported-offers': { rungs: 3 }
  }
});
