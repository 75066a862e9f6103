import type { ChartDefinition } from '$lib/charts/types';
import { data, type BordersData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type BordersState } from './states';

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

  note: {
    en: 'Not like-for-like; dollars at the announcement-date rate; each row’s source in the data table.',
    ja: '同じ基準の比較ではない。ドル換算は発表日のレート。各行の出典はデータ表に。'
  },
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: [
      'Kind',
      'Country / actor',
      'Date',
      'Item',
      'Amount (local)',
      'Amount (US$ billion)',
      'Exchange rate',
      'Detail',
      'Source id'
    ],
    rows: [
      ...d.subsidies.map((s) => [
        'Subsidy',
        s.country,
        s.date,
        s.programme,
        s.amount_local,
        s.usd_bn,
        s.fx,
        `${s.kind}. ${s.basis}`,
        s.source_id
      ]),
      ...d.controls.map((c) => [
        c.actor === 'China' ? 'Import block' : 'Export control',
        c.actor,
        c.date,
        c.label,
        '',
        '',
        '',
        c.detail,
        c.source_id
      ])
    ]
  })
};

export default chart;
