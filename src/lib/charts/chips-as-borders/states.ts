import { defineStates } from '$lib/charts/state';

export interface BordersState {
  /** Subsidy programmes lit on the map and listed (by id). */
  programmes: string[];
  /** What the list under the map shows. */
  list: 'programmes' | 'restrict' | 'bargain';
  /** Draw the US → China export-control arc (and, for bargains, the revenue cut coming back). */
  arc: 'none' | 'restrict' | 'bargain';
}

export const ALL_PROGRAMMES = [
  'us-chips-act',
  'eu-chips-act',
  'japan-ai-semis',
  'korea-package',
  'china-big-fund-3',
  'taiwan-chip-program',
  'india-ism'
];

export const states = defineStates<BordersState>({
  initial: { programmes: [], list: 'programmes', arc: 'none' },
  steps: {
    'chips-act': { programmes: ['us-chips-act'] },
    'subsidy-race': { programmes: ALL_PROGRAMMES },
    'export-controls': { programmes: [], list: 'restrict', arc: 'restrict' },
    bargains: { programmes: [], list: 'bargain', arc: 'bargain' }
  }
});
