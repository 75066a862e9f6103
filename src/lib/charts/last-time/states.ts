import { defineStates } from '$lib/charts/state';

export interface NasdaqState {
  /** Last month drawn (YYYY-MM); the time axis stays 1995–2016 throughout. */
  through: string;
  /** Which part of the story is annotated. */
  show: 'none' | 'run-up' | 'fall' | 'recovery';
}

export const states = defineStates<NasdaqState>({
  initial: { through: '2000-03', show: 'none' },
  steps: {
    'run-up': { show: 'run-up' },
    'the-fall': { through: '2002-10', show: 'fall' },
    'fifteen-years': { through: '2016-12', show: 'recovery' }
  }
});
