import type { ChartDefinition } from '$lib/charts/types';
import { data, type CapeData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type CapeState } from './states';
import { stringsFor } from './strings';

const t = stringsFor('en');

const chart: ChartDefinition<CapeData, CapeState> = {
  id: 'price-of-belief',
  sources: ['shiller-cape-data', 'shiller-cape-2026'],
  note: {
    en: t.note,
    ja: '日々の株価の月平均。ロバート・シラー氏のデータ：2023年6月まではdatasets/s-and-p-500による公開版（パブリックドメイン）、2023年7月からは同氏の後のファイル（shillerdata.com）で、直近の数カ月は予想利益にもとづき改定される。平均は本記事の計算。'
  },
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = stringsFor(locale);
    return {
      columns: [t.table.month, t.table.cape],
      rows: d.rows.map((r) => [r.date, r.cape])
    };
  }
};

export default chart;
