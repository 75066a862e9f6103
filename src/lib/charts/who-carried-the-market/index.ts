import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, rows, type CarriedData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type CarriedState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<CarriedData, CarriedState> = {
  id: 'who-carried-the-market',
  sources: ['jpm-eye-on-the-market-the-blob-2025'],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (_, locale) => {
    const t = strings[locale];
    return {
      columns: t.columns,
      rows: rows.map((r) => [t.measure(r), r.value_pct, t.reported(r), t.basis(r.basis)])
    };
  }
};

export default chart;
