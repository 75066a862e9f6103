import { defineStates } from '$lib/charts/state';

export interface LoopState {
  /** Flows whose stage is ≤ this are drawn; those equal to it are the step's new flows. 0 = nodes only. */
  stage: number;
  /** Overlay OpenAI's revenue and losses against its compute commitments. */
  revenuePanel: boolean;
  /** Pick out the core circle (Microsoft → OpenAI → cloud → NVIDIA → shareholders → Microsoft). */
  circle: boolean;
}

export const states = defineStates<LoopState>({
  initial: { stage: 0, revenuePanel: false, circle: false },
  steps: {
    'microsoft-invests': { stage: 1 },
    'azure-contract': { stage: 2 },
    chips: { stage: 3 },
    'market-value': { stage: 4 },
    'nvidia-letter': { stage: 5 },
    oracle: { stage: 6 },
    amd: { stage: 7 },
    coreweave: { stage: 8 },
    'round-2026': { stage: 9 },
    'revenue-gap': { stage: 9, revenuePanel: true },
    'circle-closes': { stage: 11, circle: true }
  }
});
