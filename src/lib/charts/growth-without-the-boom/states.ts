import { defineStates } from '$lib/charts/state';

export interface GrowthState {
  /** Last quarter drawn (inclusive); the chart always starts at 2022Q1. */
  through: string;
  /** Split each quarter's bar into IT investment and everything else. */
  split: boolean;
  /** Pick out the first half of 2025 and show its summary bar. */
  h1: boolean;
  /** Show the caveats: later quarters, BEA's own contribution method, imports. */
  caveats: boolean;
}

export const states = defineStates<GrowthState>({
  initial: { through: '2025Q2', split: false, h1: false, caveats: false },
  steps: {
    'quarterly-growth': {},
    'it-slice': { split: true },
    'first-half-2025': { split: true, h1: true },
    'growth-caveats': { through: '2026Q1', split: true, h1: true, caveats: true }
  }
});
