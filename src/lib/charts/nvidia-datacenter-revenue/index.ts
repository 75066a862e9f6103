import type { ChartDefinition } from '$lib/charts/types';
import { quarters, type Quarter } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type NvidiaState } from './states';

const chart: ChartDefinition<readonly Quarter[], NvidiaState> = {
  id: 'nvidia-datacenter-revenue',
  sources: ['nvidia-quarterly-results', 'sec-nvidia-xbrl'],
  note: {
    en: 'Data-center revenue as reported in NVIDIA’s quarterly press releases (from FY2027 under its new segment definitions); gross margin from SEC XBRL filings.',
    ja: 'データセンター事業の売上はエヌビディアの四半期決算発表による（2027年度からは新しい事業区分の定義）。売上総利益率は米証券取引委員会（SEC）のXBRLデータによる。'
  },
  data: quarters,
  states,
  layout,
  describe,
  table: (data) => ({
    columns: [
      'Fiscal quarter',
      'Quarter ended',
      'Data-center revenue ($bn)',
      'Total revenue ($m)',
      'GAAP gross margin (%)'
    ],
    rows: data.map((q) => [
      q.fiscal_quarter,
      q.quarter_end,
      q.data_center_revenue_usd_bn,
      q.total_revenue_usd_m,
      q.gaap_gross_margin_pct
    ])
  })
};

export default chart;
