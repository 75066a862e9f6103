import { perLocale } from '$lib/charts/locales';
import { stepStates } from '$lib/charts/state';
import type { ChartDefinition, DataTable } from '$lib/charts/types';
import { data, panelRows, type LoopData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type LoopState } from './states';
import type { Locale } from '$lib/locale';
import { flowLabels, flowWords, strings } from './strings';

const nvidiaRevenue = data.flows.find((f) => f.id === 'buyers-nvidia-revenue')!.amount!;

/** The numbers behind the chart: every flow as drawn, then the revenue step's figures per year. */
function table(d: LoopData, locale: Locale): DataTable {
  const t = strings[locale];
  const flows = d.flows.map((f) => [
    f.stage,
    t.nodes[f.from],
    t.nodes[f.to],
    t.kinds[f.kind] + (f.superseded_stage ? ` (${t.table.neverSigned})` : ''),
    f.amount ?? '',
    t.table.units[f.unit],
    f.of_usd_bn ?? '',
    flowLabels(t, f)[0] ?? '',
    flowWords(t, f.id).date,
    flowWords(t, f.id).detail(f),
    f.source_ids.replaceAll(' ', '; ')
  ]);
  const panel = panelRows(d).map((r) => [
    Object.keys(states.steps).indexOf('revenue-gap') + 1,
    t.nodes.openai,
    '',
    t.table.panelKinds[r.kind],
    r.total,
    t.table.units.usd_bn,
    '',
    t.table.perYear(r.years, r.perYear),
    r.first === r.last ? String(r.first) : `${r.first}–${r.last}`,
    t.table.financial[r.id],
    d.financials[r.id].source_id
  ]);
  return { columns: t.table.columns, rows: [...flows, ...panel] };
}

const chart: ChartDefinition<LoopData, LoopState> = {
  id: 'the-loop',
  sources: [
    ...new Set([
      ...data.flows.flatMap((f) => f.source_ids.split(' ')),
      ...Object.values(data.financials).map((f) => f.source_id)
    ]),
    'machine-money-flows-compiled'
  ],
  note: perLocale(strings, (s) => s.note(nvidiaRevenue)),
  data,
  states,
  // The nodes stay still from step to step: the layout makes room for every step's caption.
  layout: (d, state, size) => layout(d, state, size, stepStates(states)),
  describe,
  table
};

export default chart;
