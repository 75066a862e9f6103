import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, type ValuationData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type ValuationState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<ValuationData, ValuationState> = {
  id: 'openai-valuation',
  // The compiled file's own entry, then each deal's source (the data table names them row by row).
  sources: ['openai-valuation-compiled', ...new Set(data.map((d) => d.source_id))],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = strings[locale];
    return {
      columns: [t.table.date, t.table.kind, t.table.valuation, t.table.money, t.table.detail, t.table.source],
      rows: d.map((r) => [
        r.date,
        t.kind[r.kind],
        r.valuation_usd_bn ?? '',
        r.new_money_usd_bn ?? '',
        t.dealDetail(r.detail),
        r.source_id
      ])
    };
  }
};

export default chart;
