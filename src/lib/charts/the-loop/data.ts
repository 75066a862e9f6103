import flowsRaw from '$content/data/ai_money_loop_flows.csv?raw';
import finRaw from '$content/data/openai_financials.csv?raw';
import { matching, number, oneOf, optionalNumber, parseCsv, text } from '$lib/data/csv';

export const NODE_IDS = [
  'microsoft',
  'openai',
  'azure',
  'nvidia',
  'shareholders',
  'oracle',
  'amd',
  'coreweave',
  'amazon',
  'softbank'
] as const;
export type NodeId = (typeof NODE_IDS)[number];

/** How real a flow is: money paid, a signed commitment, a letter of intent, or market value. */
export const FLOW_KINDS = ['paid', 'committed', 'intent', 'value'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

const sourceIds = matching(
  /^[a-z0-9]+(-[a-z0-9]+)*( [a-z0-9]+(-[a-z0-9]+)*)*$/,
  'space-separated source ids'
);

export function parseFlows(raw: string, file = 'content/data/ai_money_loop_flows.csv') {
  const rows = parseCsv(raw, file, {
    id: matching(/^[a-z0-9-]+$/, 'a kebab-case id'),
    stage: number({ min: 1, max: 20 }),
    from: oneOf(NODE_IDS),
    to: oneOf(NODE_IDS),
    kind: oneOf(FLOW_KINDS),
    amount_usd_bn: optionalNumber({ min: 0 }),
    label: text(),
    detail: text(),
    date_label: text(),
    source_ids: sourceIds,
    superseded_stage: optionalNumber({ min: 1, max: 20 })
  });
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id)) throw new Error(`${file}: duplicate flow id "${r.id}"`);
    if (r.from === r.to) throw new Error(`${file}: flow "${r.id}" goes from a node to itself`);
    seen.add(r.id);
  }
  return rows;
}

export function parseFinancials(raw: string, file = 'content/data/openai_financials.csv') {
  return parseCsv(raw, file, {
    id: oneOf(['revenue-2025', 'operating-loss-2025', 'compute-plan-2030', 'compute-commitments'] as const),
    period: text(),
    metric: text(),
    value_usd_bn: number({ min: 0 }),
    kind: oneOf(['actual', 'plan', 'commitment'] as const),
    source_id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source id')
  });
}

export type Flow = ReturnType<typeof parseFlows>[number];
export type Financial = ReturnType<typeof parseFinancials>[number];

export interface LoopData {
  flows: readonly Flow[];
  financials: Readonly<Record<Financial['id'], Financial>>;
}

function byId(list: readonly Financial[]): LoopData['financials'] {
  const out = Object.fromEntries(list.map((r) => [r.id, r])) as Partial<Record<Financial['id'], Financial>>;
  for (const id of [
    'revenue-2025',
    'operating-loss-2025',
    'compute-plan-2030',
    'compute-commitments'
  ] as const) {
    if (!out[id]) throw new Error(`content/data/openai_financials.csv: missing row "${id}"`);
  }
  return out as LoopData['financials'];
}

export const data: LoopData = Object.freeze({
  flows: parseFlows(flowsRaw),
  financials: Object.freeze(byId(parseFinancials(finRaw)))
});
