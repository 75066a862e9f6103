import { defineStates } from '$lib/charts/state';

export interface PriceState {
  /** Which models' bars are drawn. */
  models: 'o1' | 'both';
  /** Price per million tokens, or what a fixed budget buys. */
  view: 'price' | 'tokens';
  /** Dim the bars and say what the comparison does not show. */
  caveat: boolean;
}

/** The budget used in the "what it buys" view. */
export const BUDGET_USD = 100;

export const states = defineStates<PriceState>({
  initial: { models: 'o1', view: 'price', caveat: false },
  steps: {
    'o1-price': { models: 'o1' },
    'r1-price': { models: 'both' },
    'per-dollar': { models: 'both', view: 'tokens' },
    'price-not-cost': { models: 'both', caveat: true }
  }
});
