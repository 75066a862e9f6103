import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, rows, type BetData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type BetState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<BetData, BetState> = {
  id: 'the-bet',
  sources: ['sec-scion-13f-2025q3'],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (_, locale) => {
    const t = strings[locale];
    return {
      columns: t.columns,
      rows: rows.map((r) => [t.holding(r), t.measure(r), r.value_usd_m, t.basis(r.basis)])
    };
  }
};

export default chart;
