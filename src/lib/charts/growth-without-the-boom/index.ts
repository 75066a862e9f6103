import type { ChartDefinition } from '$lib/charts/types';
import { data, type GrowthData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type GrowthState } from './states';

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

const chart: ChartDefinition<GrowthData, GrowthState> = {
  id: 'growth-without-the-boom',
  sources: ['bea-nipa-gdp-it-investment', 'gospel-it-share-of-growth-calculation'],
  note: {
    en: 'Split by level differences in chained 2017 dollars (the method behind the widely quoted 92%); an accounting attribution, not cause and effect. Imports are not netted out. BEA data as of 1 June 2026; subject to revision.',
    ja: '2017年連鎖ドルでの水準の差による分解（広く引用される92%と同じ方法）。会計上の割り振りで、因果関係ではない。輸入は差し引いていない。米商務省経済分析局（BEA）の2026年6月1日時点のデータで、今後改定されうる。'
  },
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: [
      'Quarter',
      'Real GDP growth, % annual rate (from levels)',
      'BEA published growth, %',
      'IT investment part, points',
      'Everything else, points',
      'BEA contribution of all equipment + IP products, points',
      'BEA contribution of imports, points'
    ],
    rows: d.quarters.map((q) => [
      q.quarter,
      round(q.growth),
      q.beaGrowth,
      round(q.it),
      round(q.other),
      round(q.beaEquipmentIpp),
      q.beaImports
    ])
  })
};

export default chart;
