import { defineStates } from '$lib/charts/state';

export interface ConstructionState {
  /** Monthly spending as a line, or calendar-year sums as bars. */
  view: 'monthly' | 'annual';
  /** Last month drawn in the monthly view (ISO date, first of the month). */
  through: string;
  /** Which numbers are labelled. */
  annotate: 'none' | 'cloud' | 'chatgpt';
}

/** The month ChatGPT was released (30 Nov 2022): the boundary between the two steps. */
export const CHATGPT_MONTH = '2022-11-01';

export const states = defineStates<ConstructionState>({
  initial: { view: 'monthly', through: CHATGPT_MONTH, annotate: 'none' },
  steps: {
    'cloud-era': { annotate: 'cloud' },
    'after-chatgpt': { through: '2026-01-01', annotate: 'chatgpt' },
    'per-year': { view: 'annual', through: '2026-01-01', annotate: 'none' }
  }
});
