import type { ChartDefinition } from '$lib/charts/types';
import { data, rows, type CarriedData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type CarriedState } from './states';

const chart: ChartDefinition<CarriedData, CarriedState> = {
  id: 'who-carried-the-market',
  sources: ['jpm-eye-on-the-market-the-blob-2025'],
  note: {
    en: 'Shares as reported from J.P. Morgan’s own basket of ~40 AI-linked S&P 500 stocks (rounded; its summaries give 70–80% for returns and earnings, over 90% for capex). The company share (~40 of ~500) is our approximation.',
    ja: 'JPモルガンが独自に選んだ、S&P500のAI関連約40銘柄について報告された割合（四捨五入。同社の要約では、上昇と利益は70〜80%、設備投資は90%超）。企業数の割合（約500社のうち約40社）は本記事による概算。'
  },
  data,
  states,
  layout,
  describe,
  table: () => ({
    columns: ['Measure', 'Share (%)', 'As reported', 'Basis'],
    rows: rows.map((r) => [r.label, r.value_pct, r.reported_as, r.basis])
  })
};

export default chart;
