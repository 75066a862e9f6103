import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, type PointData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type ConcentrationState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<PointData, ConcentrationState> = {
  id: 'index-of-a-few',
  // The main providers; every point names its own provider on the chart and its source id in
  // the data table (a list of all twelve would crowd the chart on a phone).
  sources: [
    'spdji-shadows-of-giants-2026',
    'goldman-sp500-concentration-2024',
    'visualcapitalist-top10-by-decade',
    'janney-concentration-2020'
  ],

  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (rows, locale) => {
    const t = strings[locale];
    return {
      columns: t.columns,
      rows: rows.map((r) => [
        t.asOf(r),
        t.measure[r.measure],
        r.value_pct,
        t.display(r),
        t.provider(r),
        t.basis(r.basis),
        r.source_id
      ])
    };
  }
};

export default chart;
