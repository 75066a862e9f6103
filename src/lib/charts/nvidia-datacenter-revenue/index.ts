import type { ChartDefinition } from '$lib/charts/types';
import { quarters, type Quarter } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type NvidiaState } from './states';
import { stringsFor } from './strings';

const t = stringsFor('en');

const chart: ChartDefinition<readonly Quarter[], NvidiaState> = {
  id: 'nvidia-datacenter-revenue',
  sources: ['nvidia-quarterly-results', 'sec-nvidia-xbrl', 'nvidia-q2-fy2027-results'],
  note: {
    en: t.note,
    ja: 'データセンター事業の売上はエヌビディアの四半期決算発表による（2027年度からは新しい事業区分の定義）。売上総利益率は米証券取引委員会（SEC）のXBRLデータ、2027年度4〜6月期はエヌビディアの発表による。'
  },
  data: quarters,
  states,
  layout,
  describe,
  table: (data, locale) => {
    const t = stringsFor(locale);
    return {
      columns: [
        t.table.fiscalQuarter,
        t.table.quarterEnded,
        t.table.dataCenter,
        t.table.total,
        t.table.margin
      ],
      rows: data.map((q) => [
        q.fiscal_quarter,
        q.quarter_end,
        q.data_center_revenue_usd_bn,
        q.total_revenue_usd_m,
        q.gaap_gross_margin_pct
      ])
    };
  }
};

export default chart;
