import type { ChartDefinition } from '$lib/charts/types';
import { COMPANIES, COMPANY_NAMES, data, type BuildoutData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type BuildoutState } from './states';

const chart: ChartDefinition<BuildoutData, BuildoutState> = {
  id: 'the-buildout',
  sources: [
    'sec-big4-capex-xbrl',
    ...new Set(data.guidance.map((g) => g.source_id)),
    'machine-capex-guidance-compiled'
  ],
  note: {
    en: 'Cash purchases of property and equipment from SEC filings, by calendar quarter; finance leases excluded, which understates Microsoft in particular. Year totals are sums of quarters. Guidance is what companies said they plan to spend, not spending; Microsoft guides by fiscal year and is left out of the inset.',
    ja: '米証券取引委員会（SEC）への提出書類による、有形固定資産の取得のための現金支出（暦年の四半期ごと）。ファイナンス・リースは含まず、特にマイクロソフトは小さく表れる。年の合計は四半期の合計。計画は各社が示した支出の予定で、支出そのものではない。マイクロソフトは会計年度で計画を示すため、小さなグラフには含めていない。'
  },
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: [
      'Quarter end',
      ...COMPANIES.map((c) => `${COMPANY_NAMES[c]} (US$ bn)`),
      'Total of four (US$ bn)',
      '2026 guidance'
    ],
    rows: [
      ...d.quarters.map((q) => [q.end, ...COMPANIES.map((c) => q.values[c] ?? ''), q.total ?? '', '']),
      ...d.guidance.map((g) => [
        `2026 (${g.company})`,
        '',
        '',
        '',
        '',
        '',
        `${g.guidance_text} (2025 actual $${g.actual_2025_usd_bn}B; guided ${g.guidance_date})`
      ])
    ]
  })
};

export default chart;
