import { defineStates } from '$lib/charts/state';

export interface CarriedState {
  /** How many of the three measures (returns, earnings, capex — in that order) are filled in. */
  filled: 0 | 1 | 2 | 3;
  /** Add the fourth waffle (how few companies the basket holds) and the note on what it is. */
  basket: boolean;
}

export const states = defineStates<CarriedState>({
  initial: { filled: 0, basket: false },
  steps: {
    returns: { filled: 1 },
    earnings: { filled: 2 },
    capex: { filled: 3 },
    'the-basket': { filled: 3, basket: true }
  }
});
