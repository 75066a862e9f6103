import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, type CapeData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type CapeState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<CapeData, CapeState> = {
  id: 'price-of-belief',
  sources: ['shiller-cape-data', 'shiller-cape-2026'],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = strings[locale];
    return {
      columns: [t.table.month, t.table.cape],
      rows: d.rows.map((r) => [r.date, r.cape])
    };
  }
};

export default chart;
