import { perLocale } from '$lib/charts/locales';
import type { ChartDefinition } from '$lib/charts/types';
import { data, type ChipData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type ComputeState } from './states';
import { strings } from './strings';

const tera = (v: number | null) => (v === null ? '' : Math.round((v / 1e12) * 10) / 10);

const chart: ChartDefinition<ChipData, ComputeState> = {
  id: 'compute-per-chip',
  sources: ['epoch-ml-hardware'],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (rows, locale) => ({
    columns: strings[locale].columns,
    rows: rows.map((r) => [
      r.chip,
      strings[locale].maker(r.manufacturer),
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
