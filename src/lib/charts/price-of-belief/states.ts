import { defineStates } from '$lib/charts/state';

/** The episodes the chart can pick out. */
export type Episode = 'crash-1929' | 'dot-com' | 'peak-2021' | 'ai-era';

export interface CapeState {
  /** Draw the long-run average line. */
  mean: boolean;
  /** The episode in focus (drawn in the accent tone, with its numbers). */
  focus: Episode | null;
  /** Earlier episodes kept as quieter labels. */
  keep: readonly Episode[];
}

export const states = defineStates<CapeState>({
  initial: { mean: false, focus: null, keep: [] },
  steps: {
    'long-history': { mean: true },
    'crash-of-1929': { mean: true, focus: 'crash-1929' },
    'dot-com-peak': { mean: true, focus: 'dot-com', keep: ['crash-1929'] },
    'peak-2021': { mean: true, focus: 'peak-2021', keep: ['crash-1929', 'dot-com'] },
    'ai-era': { mean: true, focus: 'ai-era', keep: ['crash-1929', 'dot-com', 'peak-2021'] }
  }
});
