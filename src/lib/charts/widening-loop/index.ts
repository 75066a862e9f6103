import type { ChartDefinition } from '$lib/charts/types';
import { data, type WideningData } from './data';
import { describe } from './describe';
import { KIND_STYLE, layout, nodeLabel } from './layout';
import { states, type WideningState } from './states';

const chart: ChartDefinition<WideningData, WideningState> = {
  id: 'widening-loop',
  sources: [
    ...new Set([
      ...data.links.flatMap((l) => l.source_ids.split(' ')),
      ...data.stripe.map((s) => s.source_id)
    ]),
    'machine-widening-links-compiled'
  ],
  note: {
    en: 'Arrows show who plugs into whom, with the announced amount where there is one; they are not to scale and must not be added up. Stripe’s volume is payments it processes for all its clients, not money spent on AI.',
    ja: '矢印は、どこがどことつながるかを示し、発表された金額があれば添えている。大きさは金額に比例せず、足し合わせてはいけない。ストライプの取扱高は全顧客のために処理した決済額で、AIに使われたお金ではない。'
  },
  data,
  states,
  layout,
  describe,
  table: (d) => ({
    columns: ['Step', 'From', 'To', 'Status', 'As shown', 'Date', 'What it is', 'Sources'],
    rows: [
      ...d.links.map((l) => [
        l.stage,
        nodeLabel(l.from),
        nodeLabel(l.to),
        KIND_STYLE[l.kind].legend,
        l.label,
        l.date_label,
        l.detail,
        l.source_ids.replaceAll(' ', '; ')
      ]),
      ...d.stripe.map((s) => [
        1,
        'Stripe',
        '',
        'reported',
        `$${s.total_payment_volume_usd_tn}T payment volume (+${s.growth_pct}%)`,
        String(s.year),
        `≈${s.share_of_world_gdp_pct}% of world GDP`,
        s.source_id
      ])
    ]
  })
};

export default chart;
