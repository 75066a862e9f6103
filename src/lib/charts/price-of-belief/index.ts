import type { ChartDefinition } from '$lib/charts/types';
import { data, type CapeData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type CapeState } from './states';

const chart: ChartDefinition<CapeData, CapeState> = {
  id: 'price-of-belief',
  sources: ['shiller-cape-data'],
  note: 'Monthly averages of daily prices. Robert Shiller’s data as packaged by datasets/s-and-p-500 (public domain); this copy’s CAPE ends in June 2023, so the AI boom’s later years are not shown. The average is our calculation.',
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: ['Month', 'CAPE (PE10)'],
    rows: d.rows.map((r) => [r.date, r.cape])
  })
};

export default chart;
