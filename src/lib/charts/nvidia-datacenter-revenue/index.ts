import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { quarters, type Quarter } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type NvidiaState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<readonly Quarter[], NvidiaState> = {
  id: 'nvidia-datacenter-revenue',
  // The quarterly releases' entry runs to Q2 FY2027, so that quarter's release is cited in the prose only.
  sources: ['nvidia-quarterly-results', 'sec-nvidia-xbrl'],
  note: perLocale(strings, (s) => s.note),
  data: quarters,
  states,
  layout,
  describe,
  table: (data, locale) => {
    const t = strings[locale];
    return {
      columns: [
        t.table.fiscalQuarter,
        t.table.quarterEnded,
        t.table.dataCenter,
        t.table.total,
        t.table.margin
      ],
      rows: data.map((q) => [
        t.fiscalQuarterName(q.fiscal_quarter),
        q.quarter_end,
        q.data_center_revenue_usd_bn,
        q.total_revenue_usd_m,
        q.gaap_gross_margin_pct
      ])
    };
  }
};

export default chart;
