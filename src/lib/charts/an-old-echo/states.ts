import { defineStates } from '$lib/charts/state';
import type { Measure } from './data';

export interface EchoState {
  /** Year-on-year growth of the investment, or its share of GDP. */
  measure: Measure;
  /** Last quarter drawn (ISO date of its first day); the time axis stays 1990–2026 throughout. */
  through: string;
  /** Which peaks are labelled: the dot-com one, or the dot-com one and today's. */
  annotate: 'none' | 'dotcom' | 'both';
}

export const states = defineStates<EchoState>({
  initial: { measure: 'growth', through: '2003-10-01', annotate: 'none' },
  steps: {
    'dotcom-peak': { annotate: 'dotcom' },
    'above-the-peak': { through: '2026-01-01', annotate: 'both' },
    'share-of-gdp': { measure: 'share', through: '2026-01-01', annotate: 'both' }
  }
});
