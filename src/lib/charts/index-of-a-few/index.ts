import type { ChartDefinition } from '$lib/charts/types';
import { data, MEASURE_LABEL, type PointData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type ConcentrationState } from './states';

const chart: ChartDefinition<PointData, ConcentrationState> = {
  id: 'index-of-a-few',
  sources: [
    'spdji-shadows-of-giants-2026',
    'visualcapitalist-top10-by-decade',
    'goldman-sp500-concentration-2024',
    'janney-concentration-2020',
    'usatoday-spdji-top10-2023',
    'jpm-top10-2024',
    'clearbridge-concentration-2025',
    'ibkr-lseg-top10-2025',
    'tema-concentration-2026',
    'datatrek-mag7-2025',
    'motley-fool-mag7-2025',
    'visualcapitalist-tema-mag7-mcap'
  ],
  note: 'Selected published points, various providers; no public time series exists. Before 1957, a reconstructed broad US market. Points dated only by year are plotted mid-year. Hollow squares: derived from total market cap.',
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
