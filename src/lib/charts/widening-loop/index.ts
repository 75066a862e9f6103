import { perLocale } from '$lib/charts/locales';
import { stepStates } from '$lib/charts/state';
import type { ChartDefinition, DataTable } from '$lib/charts/types';
import { data, statusOf, type WideningData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type WideningState } from './states';
import type { Locale } from '$lib/locale';
import { linkLabels, linkWords, strings } from './strings';

/** The numbers behind the chart: every link as drawn, then Stripe's yearly volume. */
function table(d: WideningData, locale: Locale): DataTable {
  const t = strings[locale];
  const links = d.links.map((l) => [
    l.stage,
    t.nodes[l.from],
    l.to === 'hub' ? t.hubTarget : t.nodes[l.to],
    t.statuses[statusOf(l)],
    l.amount ?? '',
    t.table.units[l.unit],
    linkLabels(t, l)[0] ?? '',
    linkWords(t, l.id).date,
    l.ended,
    linkWords(t, l.id).detail(l),
    l.source_ids.replaceAll(' ', '; ')
  ]);
  const stripe = d.stripe.map((s) => [
    1,
    t.nodes.stripe,
    '',
    t.table.stripe(s.growth_pct),
    s.total_payment_volume_usd_tn * 1000,
    t.table.units.usd_bn,
    t.table.stripeShown(s.total_payment_volume_usd_tn),
    String(s.year),
    '',
    t.table.stripeWhat(s.share_of_world_gdp_pct),
    s.source_id
  ]);
  return { columns: t.table.columns, rows: [...links, ...stripe] };
}

const chart: ChartDefinition<WideningData, WideningState> = {
  id: 'widening-loop',
  data,
  states,
  describe,
  table,
  // The nodes stay still from step to step: the layout makes room for every step's caption.
  layout: (d, state, size) => layout(d, state, size, stepStates(states)),
  note: perLocale(strings, (s) => s.note),
  sources: [
    ...new Set([
      ...data.links.flatMap((l) => l.source_ids.split(' ')),
      ...data.stripe.map((s) => s.source_id)
    ]),
    'machine-widening-links-compiled'
  ]
};

export default chart;
