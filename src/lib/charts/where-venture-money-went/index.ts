import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, periodLabel, rows, type VcData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type VcState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<VcData, VcState> = {
  id: 'where-venture-money-went',
  sources: [
    'pitchbook-ai-vc-2024',
    'pitchbook-nvca-venture-monitor-q2-2025',
    'oecd-ai-vc-2025',
    'pitchbook-climate-tech-2024',
    'sightline-climate-2024'
  ],
  // The share view rounds each share to whole squares; the climate view draws dollars to scale.
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (_, locale) => {
    const t = strings[locale];
    return {
      columns: t.columns,
      rows: rows.map((r) => [
        periodLabel(r.period, locale),
        t.geography(r.geography),
        t.provider(r.provider),
        t.sector(r.sector),
        r.sector_usd_bn ?? '',
        r.total_usd_bn ?? '',
        r.share_pct ?? '',
        t.basis(r.basis)
      ])
    };
  }
};

export default chart;
