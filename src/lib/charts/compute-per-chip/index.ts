import type { ChartDefinition } from '$lib/charts/types';
import { data, type ChipData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type ComputeState } from './states';

const tera = (v: number | null) => (v === null ? '' : Math.round((v / 1e12) * 10) / 10);

const chart: ChartDefinition<ChipData, ComputeState> = {
  id: 'compute-per-chip',
  sources: ['epoch-ml-hardware'],
  note: {
    en: 'Data-sheet peaks (dense, no sparsity) as listed by Epoch AI, CC BY 4.0; one point per chip.',
    ja: 'エポックAIが掲載する仕様上のピーク性能（密行列、スパース性なし）、CC BY 4.0。点1つが半導体1種類。'
  },
  data,
  states,
  layout,
  describe,
  table: (rows) => ({
    columns: [
      'Chip',
      'Maker',
      'Release date',
      'FP16/BF16 (TFLOP/s)',
      'FP8 (TFLOP/s)',
      'FP4 (TFLOP/s)',
      'TDP (W)',
      'Name in Epoch AI database'
    ],
    rows: rows.map((r) => [
      r.chip,
      r.manufacturer,
      r.release_date,
      tera(r.fp16_flops),
      tera(r.fp8_flops),
      tera(r.fp4_flops),
      r.tdp_w ?? '',
      r.epoch_name
    ])
  })
};

export default chart;
