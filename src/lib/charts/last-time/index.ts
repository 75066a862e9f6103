import type { ChartDefinition } from '$lib/charts/types';
import { data, dateLabel, type NasdaqData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type NasdaqState } from './states';

const chart: ChartDefinition<NasdaqData, NasdaqState> = {
  id: 'last-time',
  sources: ['fred-nasdaqcom'],
  note: 'Line: month-end closes derived from FRED’s daily series. Dots and −77.9%: daily closes. Index values © Nasdaq OMX Group.',
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
