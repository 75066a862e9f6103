import type { ChartDefinition } from '$lib/charts/types';
import { data, type CapeData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type CapeState } from './states';

const chart: ChartDefinition<CapeData, CapeState> = {
  id: 'price-of-belief',
  sources: ['shiller-cape-data'],
  note: {
    en: 'Monthly averages of daily prices. Robert Shiller’s data as packaged by datasets/s-and-p-500 (public domain); this copy’s CAPE ends in June 2023, so the AI boom’s later years are not shown. The average is our calculation.',
    ja: '日々の株価の月平均。ロバート・シラー氏のデータ（datasets/s-and-p-500による公開版、パブリックドメイン）。このデータのCAPEは2023年6月で終わるため、AIブームのその後の年は示していない。平均は本記事の計算。'
  },
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
