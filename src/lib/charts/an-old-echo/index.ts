import type { ChartDefinition } from '$lib/charts/types';
import { data, quarterLabel, type EchoData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type EchoState } from './states';

const chart: ChartDefinition<EchoData, EchoState> = {
  id: 'an-old-echo',
  sources: ['bea-fred-it-investment'],
  note: {
    en: 'BEA NIPA Table 5.3.5: nominal, seasonally adjusted annual rates (FRED vintage of 1 May 2026, subject to revision).',
    ja: 'BEAの国民所得・生産勘定（NIPA）表5.3.5：名目、季節調整済み年率（FREDの2026年5月1日時点のデータで、今後改定されうる）。'
  },
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: [
      'Quarter',
      'Investment (US$ bn, SAAR)',
      'GDP (US$ bn, SAAR)',
      'Share of GDP (%)',
      'Change on a year earlier (%)'
    ],
    rows: d.map((r) => [
      quarterLabel(r.date),
      r.it_equipment_software_usd_bn_saar,
      r.gdp_usd_bn_saar,
      r.it_share_of_gdp_pct,
      r.it_yoy_growth_pct
    ])
  })
};

export default chart;
