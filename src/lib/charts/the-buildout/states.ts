import { defineStates } from '$lib/charts/state';

export interface BuildoutState {
  /** Last quarter drawn, e.g. "2022Q4". */
  through: string;
  /** Top of the value axis, US$ billion per quarter (the axis rescales between steps). */
  yMax: number;
  /** Which annotation set to show. */
  note: 'none' | 'flat' | 'take-off' | 'record';
  /** Show 2026 guidance beside 2025 actuals (inset). */
  guidance: boolean;
}

export const states = defineStates<BuildoutState>({
  initial: { through: '2022Q4', yMax: 45, note: 'none', guidance: false },
  steps: {
    'steady-years': { through: '2022Q4', yMax: 45, note: 'flat' },
    'take-off': { through: '2024Q4', yMax: 140, note: 'take-off' },
    'record-2025': { through: '2026Q2', yMax: 180, note: 'record' },
    'guidance-2026': { through: '2026Q2', yMax: 180, note: 'record', guidance: true }
  }
});
