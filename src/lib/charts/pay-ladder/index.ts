import type { ChartDefinition } from '$lib/charts/types';
import { data, perYear, rows, type PayData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type PayState } from './states';

const chart: ChartDefinition<PayData, PayState> = {
  id: 'pay-ladder',
  sources: ['bls-oews-physics-teachers-2024', 'wsj-openai-stock-comp-2025', 'wired-meta-offers-2025'],
  note: {
    en: 'Not like-for-like: a wage statistic (BLS), an average of stock awards (WSJ) and offers reported by Wired and disputed by Meta, divided by their years.',
    ja: '同じ基準の比較ではない。賃金統計（米労働統計局）、株式報酬の平均（WSJ）、ワイアードが報じメタが否定した提示額を、それぞれ年数で割ったもの。'
  },
  data,
  states,
  layout,
  describe,
  table: () => ({
    columns: [
      'Item',
      'Kind',
      'US$ (low)',
      'US$ (high)',
      'Years',
      'US$ per year (low)',
      'US$ per year (high)',
      'Basis'
    ],
    rows: rows.map((r) => {
      const [lo, hi] = perYear(r);
      return [r.label, r.kind, r.usd_low, r.usd_high, r.years, lo, hi, r.basis];
    })
  })
};

export default chart;
