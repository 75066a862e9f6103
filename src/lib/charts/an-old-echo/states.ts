import { defineStates } from '$lib/charts/state';

export interface EchoState {
  /** Year-on-year growth of the investment, or its share of GDP. */
  measure: 'growth' | 'share';
  /** Last quarter drawn (ISO date of its first day); the time axis stays 1990–2026 throughout. */
  through: string;
  /** Which peaks are labelled: the dot-com one, or the dot-com one and today's. */
  annotate: 'none' | 'dotcom' | 'both';
}

/** The dot-com peaks are looked for before this date. */
export const DOTCOM_END = '2005-01-01';
/** The quarter the prose calls "now" for growth; the latest quarter is named beside it. */
export const NOW_GROWTH = '2025-10-01';

export const states = defineStates<EchoState>({
  initial: { measure: 'growth', through: '2003-10-01', annotate: 'none' },
  steps: {
    'dotcom-peak': { annotate: 'dotcom' },
    'above-the-peak': { through: '2026-01-01', annotate: 'both' },
    'share-of-gdp': { measure: 'share', through: '2026-01-01', annotate: 'both' }
  }
});
