import type { ChartDefinition } from '$lib/charts/types';
import { data, type ValuationData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type ValuationState } from './states';
import { stringsFor } from './strings';

const t = stringsFor('en');

const chart: ChartDefinition<ValuationData, ValuationState> = {
  id: 'openai-valuation',
  // The compiled file's own entry, then each deal's source (the data table names them row by row).
  sources: ['openai-valuation-compiled', ...new Set(data.map((d) => d.source_id))],
  note: {
    en: t.note,
    ja: '資金調達ラウンドは調達後の企業価値で、オープンAIに新たに入る資金。株式公開買い付けと社員株の売却は、既存の株式が取引された価格。日付が報じられていないものは月で示した。各取引の出典はデータ表に。'
  },
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = stringsFor(locale);
    return {
      columns: [t.table.date, t.table.kind, t.table.valuation, t.table.money, t.table.detail, t.table.source],
      rows: d.map((r) => [
        r.date,
        t.kind[r.kind],
        r.valuation_usd_bn ?? '',
        r.new_money_usd_bn ?? '',
        r.detail,
        r.source_id
      ])
    };
  }
};

export default chart;
