import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, type PowerData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type PowerState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<PowerData, PowerState> = {
  id: 'datacenter-electricity',
  // The compiled file's own entry, then each figure's publication.
  sources: ['datacenter-power-compiled', ...new Set(data.map((p) => p.source_id))],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = strings[locale];
    return {
      columns: [
        t.table.geography,
        t.table.year,
        t.table.metric,
        t.table.value,
        t.table.unit,
        t.table.kind,
        t.table.publisher,
        t.table.published,
        t.table.source
      ],
      rows: d.map((p) => [
        t.table.word(p.geography),
        t.table.word(p.year_label),
        t.table.word(p.metric),
        p.low === p.high ? p.low : t.table.range(p.low, p.high),
        t.table.word(p.unit),
        t.table.word(p.kind),
        t.table.word(p.publisher),
        p.published,
        p.source_id
      ])
    };
  }
};

export default chart;
