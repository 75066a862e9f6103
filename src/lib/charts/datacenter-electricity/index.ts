import type { ChartDefinition } from '$lib/charts/types';
import { data, type PowerData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type PowerState } from './states';
import { stringsFor } from './strings';

const t = stringsFor('en');

const chart: ChartDefinition<PowerData, PowerState> = {
  id: 'datacenter-electricity',
  // The compiled file's own entry, then each figure's publication.
  sources: ['datacenter-power-compiled', ...new Set(data.map((p) => p.source_id))],
  note: {
    en: t.note,
    ja: '数字はそれぞれの発表から取り、一つずつ示して線では結ばない。手法も範囲も異なる。世界：国際エネルギー機関（IEA、CC BY 4.0）。米国：ローレンス・バークレー国立研究所（電力消費に占める割合）、米電力研究所（EPRI、発電量に占める割合）。'
  },
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = stringsFor(locale);
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
        p.geography,
        p.year_label,
        p.metric,
        p.low === p.high ? p.low : `${p.low}–${p.high}`,
        p.unit,
        p.kind,
        p.publisher,
        p.published,
        p.source_id
      ])
    };
  }
};

export default chart;
