import { defineStates } from '$lib/charts/state';

/** The three published AI shares, in the order the prose meets them. */
export const SHARE_POINTS = ['global-2024', 'us-h1-2025', 'global-2025'] as const;
export type SharePoint = (typeof SHARE_POINTS)[number];

export interface VcState {
  /** Shares of all VC (one square = 1%), or AI vs climate tech in dollars (one square ≈ $1.3B). */
  view: 'share' | 'climate';
  /** Which published share fills the waffle; 'none' = an empty grid. */
  point: 'none' | SharePoint;
  /** How many of SHARE_POINTS are listed in the ledger beside the waffle. */
  ledger: 0 | 1 | 2 | 3;
}

export const states = defineStates<VcState>({
  initial: { view: 'share', point: 'none', ledger: 0 },
  steps: {
    'global-2024': { point: 'global-2024', ledger: 1 },
    'us-h1-2025': { point: 'us-h1-2025', ledger: 2 },
    'global-2025': { point: 'global-2025', ledger: 3 },
    'climate-tech': { view: 'climate', point: 'global-2024', ledger: 3 }
  }
});
