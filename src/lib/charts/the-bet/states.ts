import { defineStates } from '$lib/charts/state';

export interface BetState {
  /** Which holdings are picked out in colour. */
  highlight: 'none' | 'pltr' | 'both';
  /** Show the premium Burry said he paid beside the notional value. */
  showCost: boolean;
}

export const states = defineStates<BetState>({
  initial: { highlight: 'none', showCost: false },
  steps: {
    portfolio: {},
    palantir: { highlight: 'pltr' },
    nvidia: { highlight: 'both' },
    'notional-vs-cost': { highlight: 'both', showCost: true }
  }
});
