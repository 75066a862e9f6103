import type { ChartDefinition } from '$lib/charts/types';
import { data, dateLabel, type NasdaqData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type NasdaqState } from './states';

const chart: ChartDefinition<NasdaqData, NasdaqState> = {
  id: 'last-time',
  sources: ['fred-nasdaqcom'],
  note: {
    en: 'Line: month-end closes derived from FRED’s daily series. Dots and −77.9%: daily closes. Index values © Nasdaq OMX Group.',
    ja: '線：FREDの日次データから求めた月末の終値。点と−77.9%：日々の終値。指数の値の著作権はナスダックOMXグループ。'
  },
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: ['Month', 'Last trading day', 'Close (index points)', 'Note'],
    rows: [
      ...d.monthly.map((r) => [dateLabel(r.month), r.last_trading_day, r.close, 'month-end close']),
      ...[d.peak, d.trough, d.regained].map((k) => [
        dateLabel(k.date.slice(0, 7)),
        k.date,
        k.close,
        `daily close: ${k.label}`
      ])
    ]
  })
};

export default chart;
