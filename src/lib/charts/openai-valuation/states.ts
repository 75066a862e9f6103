import { defineStates } from '$lib/charts/state';

export interface ValuationState {
  /** Last month drawn (YYYY-MM): deals after it are not shown yet. */
  through: string;
  /** Top of the value axis, US$ billion (the axis stretches between steps). */
  yMax: number;
  /** The deals the step is about (ids in the data): their labels in ink and bold, the others quieter. */
  focus: readonly string[];
  /** Say how many times the first price the newest one is. */
  multiple: boolean;
}

export const states = defineStates<ValuationState>({
  initial: { through: '2019-12', yMax: 100, focus: ['microsoft-2019'], multiple: false },
  steps: {
    'no-price': { through: '2019-12', yMax: 100, focus: ['microsoft-2019'] },
    tenders: { through: '2024-01', yMax: 100, focus: ['tender-2023', 'tender-2024'] },
    rounds: { through: '2025-03', yMax: 350, focus: ['round-2024', 'round-2025'] },
    'by-2026': { through: '2026-03', yMax: 900, focus: ['staff-sale-2025', 'round-2026'], multiple: true }
  }
});
