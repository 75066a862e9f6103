import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, dateLabel, type NasdaqData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type NasdaqState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<NasdaqData, NasdaqState> = {
  id: 'last-time',
  sources: ['fred-nasdaqcom'],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = strings[locale];
    return {
      columns: t.columns,
      rows: [
        ...d.monthly.map((r) => [dateLabel(r.month, locale), r.last_trading_day, r.close, t.monthEndNote]),
        ...[d.peak, d.trough, d.regained].map((k) => [
          dateLabel(k.date.slice(0, 7), locale),
          k.date,
          k.close,
          t.dayNote(k)
        ])
      ]
    };
  }
};

export default chart;
