import { defineStates } from '$lib/charts/state';

export interface PowerState {
  /** The world in terawatt-hours (IEA), or the United States as a share of its electricity (LBNL, EPRI). */
  panel: 'world' | 'us';
  /** The publishers whose figures are drawn (in the US panel: LBNL first, then EPRI too). */
  publishers: readonly string[];
}

export const states = defineStates<PowerState>({
  initial: { panel: 'world', publishers: ['IEA'] },
  steps: {
    world: { panel: 'world', publishers: ['IEA'] },
    'us-2028': { panel: 'us', publishers: ['LBNL'] },
    'us-2030': { panel: 'us', publishers: ['LBNL', 'EPRI'] }
  }
});
