import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, type PriceData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type PriceState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<PriceData, PriceState> = {
  id: 'cheaper-intelligence',
  sources: ['deepseek-api-pricing', 'openai-api-pricing-o1', 'deepseek-v3-report-2024'],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = strings[locale];
    return {
      columns: t.columns,
      rows: d.rows.map((r) => [
        locale === 'en' ? r.model : t.model(r),
        r.api_name,
        r.as_of,
        r.input_usd_per_m,
        r.output_usd_per_m,
        t.basis(r.basis)
      ])
    };
  }
};

export default chart;
