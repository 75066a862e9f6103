import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, quarterLabel, type EchoData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type EchoState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<EchoData, EchoState> = {
  id: 'an-old-echo',
  sources: ['bea-fred-it-investment'],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (d, locale) => ({
    columns: strings[locale].columns,
    rows: d.map((r) => [
      quarterLabel(r.date, locale),
      r.it_equipment_software_usd_bn_saar,
      r.gdp_usd_bn_saar,
      r.it_share_of_gdp_pct,
      r.it_yoy_growth_pct
    ])
  })
};

export default chart;
