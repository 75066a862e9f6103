import { defineStates } from '$lib/charts/state';

export interface ConcentrationState {
  /** Time window: the long history (from 1880) or the modern era (from 1978). */
  window: 'long' | 'modern';
  /** Which kinds of point are drawn. */
  measures: ('top10' | 'mag7' | 'mag7-mcap')[];
  /** Only points from these providers are drawn in the top-10 series (empty = all). */
  providers: string[];
  /** Points named on the chart, by id, most important first (short frames name fewer). */
  named: string[];
  /** Shade the 1880–2010 band of the decade points. */
  band: boolean;
  /** Draw the ~27% dot-com peak as a reference line. */
  dotcomLine: boolean;
  /** Fade the top-10 points (context only). */
  fadeTop10: boolean;
}

export const states = defineStates<ConcentrationState>({
  initial: {
    window: 'long',
    measures: ['top10'],
    providers: ['Finaeon/S&P/Citi'],
    named: [],
    band: false,
    dotcomLine: false,
    fadeTop10: false
  },
  steps: {
    'long-view': { band: true, named: ['finaeon-1880', 'finaeon-2024'] },
    'dot-com-peak': {
      window: 'modern',
      providers: [],
      named: ['goldman-2000', 'janney-2014', 'janney-1999', 'finaeon-2000'],
      dotcomLine: true
    },
    'forty-percent': {
      window: 'modern',
      providers: [],
      named: ['spdji-2025', 'spdji-2023', 'clearbridge-2024', 'jpm-2024', 'tema-2025'],
      dotcomLine: true
    },
    'seven-names': {
      window: 'modern',
      providers: [],
      measures: ['top10', 'mag7', 'mag7-mcap'],
      named: ['fool-2025b', 'fool-2015', 'vc-mag7-2022', 'datatrek-2024'],
      fadeTop10: true
    }
  }
});
