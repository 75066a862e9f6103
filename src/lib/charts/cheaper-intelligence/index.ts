import type { ChartDefinition } from '$lib/charts/types';
import { data, type PriceData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type PriceState } from './states';

const chart: ChartDefinition<PriceData, PriceState> = {
  id: 'cheaper-intelligence',
  sources: ['deepseek-api-pricing', 'openai-api-pricing-o1', 'deepseek-v3-report-2024'],
  note: {
    en: 'List prices in early 2025 (R1 input at the cache-miss rate); both later changed.',
    ja: '2025年初めの公表料金（R1の入力はキャッシュミス時の料金）。どちらも後に変更された。'
  },
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: [
      'Model',
      'API name',
      'Price as of',
      'Input (US$ per million tokens)',
      'Output (US$ per million tokens)',
      'Basis'
    ],
    rows: d.rows.map((r) => [r.model, r.api_name, r.as_of, r.input_usd_per_m, r.output_usd_per_m, r.basis])
  })
};

export default chart;
