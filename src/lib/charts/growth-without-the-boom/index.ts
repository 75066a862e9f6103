import { quarter } from '$lib/charts/format';
import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, type GrowthData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type GrowthState } from './states';
import { strings } from './strings';

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

const chart: ChartDefinition<GrowthData, GrowthState> = {
  id: 'growth-without-the-boom',
  sources: ['bea-nipa-gdp-it-investment', 'gospel-it-share-of-growth-calculation'],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (d, locale) => ({
    columns: strings[locale].columns,
    rows: d.quarters.map((q) => [
      locale === 'en' ? q.quarter : quarter(q.quarter, locale),
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
