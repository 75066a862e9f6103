import type { ChartDefinition } from '$lib/charts/types';
import { data, monthLabel, yearTotals, type ConstructionData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type ConstructionState } from './states';

const chart: ChartDefinition<ConstructionData, ConstructionState> = {
  id: 'concrete-and-power',
  sources: ['census-c30-data-centers', 'owid-datacenter-construction'],
  note: {
    en: 'Buildings only (no servers, chips or land), at 2021 prices as adjusted by Our World in Data; not seasonally adjusted; yearly bars are our sums.',
    ja: '建物のみ（サーバー、半導体、土地は含まない）。アワー・ワールド・イン・データが2021年価格に換算した値で、季節調整なし。年ごとの棒は本記事の合計。'
  },
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: ['Period', 'Spending (US$ million, 2021 prices)', 'Basis'],
    rows: [
      ...d.map((m) => [monthLabel(m.month), Math.round(m.usd_2021 / 1e5) / 10, 'month, as published']),
      ...yearTotals(d).map((y) => [
        String(y.year),
        Math.round(y.usd_2021 / 1e5) / 10,
        'calendar year, sum of months (derived)'
      ])
    ]
  })
};

export default chart;
