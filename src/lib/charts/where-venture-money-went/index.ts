import type { ChartDefinition } from '$lib/charts/types';
import { data, periodLabel, rows, type VcData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type VcState } from './states';

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
  note: {
    en: 'Published figures from different providers (PitchBook, PitchBook-NVCA, OECD with Preqin data), each with its own definitions; shares rounded to whole squares. Comparing AI with climate tech, a square is a hundredth of AI’s 2024 sum and climate tech is drawn to the same scale, its last square partial.',
    ja: '定義の異なる複数の機関の公表値（ピッチブック、ピッチブックとNVCA、プレキンのデータを使ったOECD）。割合は四角の数に丸めている。AIと気候テックの比較では、四角1つがAIの2024年の合計の100分の1で、気候テックも同じ縮尺（最後の四角は一部だけ）。'
  },
  data,
  states,
  layout,
  describe,
  table: () => ({
    columns: [
      'Period',
      'Geography',
      'Provider',
      'Sector',
      'Sector VC (US$ bn)',
      'Total VC (US$ bn)',
      'AI share (%)',
      'Basis'
    ],
    rows: rows.map((r) => [
      periodLabel(r.period),
      r.geography,
      r.provider,
      r.sector,
      r.sector_usd_bn ?? '',
      r.total_usd_bn ?? '',
      r.share_pct ?? '',
      r.basis
    ])
  })
};

export default chart;
