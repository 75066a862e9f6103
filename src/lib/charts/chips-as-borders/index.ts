import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, type BordersData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type BordersState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<BordersData, BordersState> = {
  id: 'chips-as-borders',
  // The four sources that own the chart's data; each programme and rule has its own source in the
  // data table (source id column) and in the chapter's footnotes. A long list here would crowd
  // the chart out of a phone's sticky panel.
  sources: [
    'us-chips-act-2022',
    'bis-advanced-computing-rule-2022',
    'fed-h10-exchange-rates',
    'natural-earth-110m'
  ],

  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = strings[locale];
    const words = t.localize(d);
    return {
      columns: t.table.columns,
      rows: [
        ...words.subsidies.map((s) => [
          t.table.subsidy,
          s.country,
          s.date,
          s.programme,
          s.amount_local,
          s.usd_bn,
          s.fx,
          t.table.detail(s.kind, s.basis),
          s.source_id
        ]),
        ...words.controls.map((c) => [
          c.actor === 'China' ? t.table.importBlock : t.table.exportControl,
          t.table.actor(c.actor),
          c.date,
          c.label,
          '',
          '',
          '',
          c.detail,
          c.source_id
        ])
      ]
    };
  }
};

export default chart;
