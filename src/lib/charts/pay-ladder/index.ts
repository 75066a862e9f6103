import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, perYear, rows, type PayData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type PayState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<PayData, PayState> = {
  id: 'pay-ladder',
  sources: ['bls-oews-physics-teachers-2024', 'wsj-openai-stock-comp-2025', 'wired-meta-offers-2025'],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (_, locale) => {
    const t = strings[locale];
    return {
      columns: t.columns,
      rows: rows.map((r) => {
        const [lo, hi] = perYear(r);
        return [t.item(r), t.kind(r), r.usd_low, r.usd_high, r.years, lo, hi, t.basis(r.basis)];
      })
    };
  }
};

export default chart;
