import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, monthLabel, yearTotals, type ConstructionData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type ConstructionState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<ConstructionData, ConstructionState> = {
  id: 'concrete-and-power',
  sources: ['census-c30-data-centers', 'owid-datacenter-construction'],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = strings[locale].table;
    return {
      columns: t.columns,
      rows: [
        ...d.map((m) => [monthLabel(m.month, locale), Math.round(m.usd_2021 / 1e5) / 10, t.month]),
        ...yearTotals(d).map((y) => [String(y.year), Math.round(y.usd_2021 / 1e5) / 10, t.year])
      ]
    };
  }
};

export default chart;
