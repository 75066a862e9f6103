import type { ChartDefinition } from '$lib/charts/types';
import { data, type BordersData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type BordersState } from './states';

const chart: ChartDefinition<BordersData, BordersState> = {
  id: 'chips-as-borders',
  sources: [
    'us-chips-act-2022',
    'eu-chips-act-2023',
    'japan-ai-semiconductor-framework-2024',
    'korea-chip-package-2025',
    'china-big-fund-iii-2024',
    'taiwan-chip-program-2023',
    'india-semiconductor-mission-2021',
    'fed-h10-exchange-rates',
    'bis-advanced-computing-rule-2022',
    'bis-advanced-computing-update-2023',
    'bis-fdpr-hbm-2024',
    'bis-ai-diffusion-2025',
    'nvidia-8k-h20-2025',
    'h20-revenue-share-2025',
    'h200-china-2025',
    'bis-h200-rule-2026',
    'reuters-china-blocks-h200-2026',
    'natural-earth-110m'
  ],
  note: 'Programmes are not like-for-like (budgets, fund capital, loan packages, targets that include private money). Dollar values at the exchange rate of the announcement date. Map: Natural Earth 1:110m, Equal Earth projection.',
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: [
      'Kind',
      'Country / actor',
      'Date',
      'Item',
      'Amount (local)',
      'Amount (US$ billion)',
      'Exchange rate',
      'Detail',
      'Source id'
    ],
    rows: [
      ...d.subsidies.map((s) => [
        'Subsidy',
        s.country,
        s.date,
        s.programme,
        s.amount_local,
        s.usd_bn,
        s.fx,
        `${s.kind}. ${s.basis}`,
        s.source_id
      ]),
      ...d.controls.map((c) => [
        c.actor === 'China' ? 'Import block' : 'Export control',
        c.actor,
        c.date,
        c.label,
        '',
        '',
        '',
        c.detail,
        c.source_id
      ])
    ]
  })
};

export default chart;
