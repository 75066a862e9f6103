import type { ChartDefinition } from '$lib/charts/types';
import { data, type LoopData } from './data';
import { describe } from './describe';
import { KIND_STYLE, layout, nodeLabel } from './layout';
import { states, type LoopState } from './states';

const sourceIds = [
  ...new Set([
    ...data.flows.flatMap((f) => f.source_ids.split(' ')),
    ...Object.values(data.financials).map((f) => f.source_id)
  ])
];

const chart: ChartDefinition<LoopData, LoopState> = {
  id: 'the-loop',
  sources: [...sourceIds, 'machine-money-flows-compiled'],
  note: {
    en: 'Amounts are headline figures: many are ceilings or multi-year totals, and flows overlap, so they must not be added up. Market values are not cash. NVIDIA’s $193.7B is its data-center revenue from all customers.',
    ja: '金額は見出しの数字。多くは上限額や複数年の合計で、流れは重なり合うため、足し合わせてはいけない。時価総額は現金ではない。エヌビディアの1,937億ドルは、すべての顧客からのデータセンター事業の売上。'
  },
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: [
      'Step',
      'From',
      'To',
      'Kind',
      'Amount (US$ billion)',
      'As shown',
      'Date',
      'What it is',
      'Sources'
    ],
    rows: [
      ...d.flows.map((f) => [
        f.stage,
        nodeLabel(f.from),
        nodeLabel(f.to),
        KIND_STYLE[f.kind].legend + (f.superseded_stage ? ' (never signed; replaced)' : ''),
        f.amount_usd_bn ?? '',
        f.label,
        f.date_label,
        f.detail,
        f.source_ids.replaceAll(' ', '; ')
      ]),
      ...Object.values(d.financials).map((f) => [
        10,
        'OpenAI',
        '',
        f.kind,
        f.value_usd_bn,
        f.metric,
        f.period,
        f.metric,
        f.source_id
      ])
    ]
  })
};

export default chart;
