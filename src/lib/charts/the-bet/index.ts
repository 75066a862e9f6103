import type { ChartDefinition } from '$lib/charts/types';
import { data, rows, type BetData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type BetState } from './states';

const chart: ChartDefinition<BetData, BetState> = {
  id: 'the-bet',
  sources: ['sec-scion-13f-2025q3'],
  note: '13F values are those of the shares underlying the options, not premiums paid. "Everything else" is derived from the rounded total.',
  data,
  states,
  layout,
  describe,
  table: () => ({
    columns: ['Holding', 'Measure', 'Value (US$ million)', 'Basis'],
    rows: rows.map((r) => [r.label, r.measure, r.value_usd_m, r.basis])
  })
};

export default chart;
