import type { ChartDefinition } from '$lib/charts/types';
import { data, monthLabel, yearTotals, type ConstructionData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type ConstructionState } from './states';

const chart: ChartDefinition<ConstructionData, ConstructionState> = {
  id: 'concrete-and-power',
  sources: ['census-c30-data-centers', 'owid-datacenter-construction'],
  note: 'Value of construction put in place, buildings only (no servers, chips or land). Adjusted by Our World in Data to 2021 prices with the producer price index for new office buildings; not seasonally adjusted. Yearly bars are our sums of the months.',
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
