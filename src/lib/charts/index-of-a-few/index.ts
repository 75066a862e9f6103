import type { ChartDefinition } from '$lib/charts/types';
import { data, MEASURE_LABEL, type PointData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type ConcentrationState } from './states';

const chart: ChartDefinition<PointData, ConcentrationState> = {
  id: 'index-of-a-few',
  // The main providers; every point names its own provider on the chart and its source id in
  // the data table (a list of all twelve would crowd the chart on a phone).
  sources: [
    'spdji-shadows-of-giants-2026',
    'goldman-sp500-concentration-2024',
    'visualcapitalist-top10-by-decade',
    'janney-concentration-2020'
  ],

  note: {
    en: 'Selected published points, various providers; each point’s source is in the data table.',
    ja: '複数の機関が公表した点から選んだもの。各点の出典はデータ表に。'
  },
  data,
  states,
  layout,
  describe,
  table: (rows) => ({
    columns: ['Date', 'Measure', 'Value (%)', 'As published', 'Provider', 'Basis', 'Source id'],
    rows: rows.map((r) => [
      r.as_of,
      MEASURE_LABEL[r.measure],
      r.value_pct,
      r.display,
      r.provider,
      r.basis,
      r.source_id
    ])
  })
};

export default chart;
