import flowsRaw from '$content/data/ai_money_loop_flows.csv?raw';
import finRaw from '$content/data/openai_financials.csv?raw';
import { matching, number, oneOf, optionalNumber, parseCsv, text } from '$lib/data/csv';

/** The companies (and NVIDIA's shareholders) the loop draws, and the group of chip buyers. */
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
  'softbank',
  'buyers'
] as const;
export type NodeId = (typeof NODE_IDS)[number];

/**
 * NVIDIA's data-center revenue comes from all its customers, so its arrow leaves a group of
 * buyers (the clouds of the diagram among them), never one company.
 */
export const BUYERS: readonly NodeId[] = ['azure', 'oracle', 'coreweave'];

/** How real a flow is: money paid, a signed commitment, a letter of intent, or market value. */
export const FLOW_KINDS = ['paid', 'committed', 'intent', 'value'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

/** What a flow's amount counts. */
export const UNITS = ['usd_bn', 'gw', 'shares_m'] as const;
export type Unit = (typeof UNITS)[number];

const sourceIds = matching(
  /^[a-z0-9]+(-[a-z0-9]+)*( [a-z0-9]+(-[a-z0-9]+)*)*$/,
  'space-separated source ids'
);
/** A date or a span of dates, ISO 8601: 2025, 2025-10, 2025-10-28, or two of them joined by "/". */
export const isoSpan = matching(
  /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/,
  'an ISO date or span (2025-10-28, 2025-03/2025-09)'
);

export function parseFlows(raw: string, file = 'content/data/ai_money_loop_flows.csv') {
  const rows = parseCsv(raw, file, {
    id: matching(/^[a-z0-9-]+$/, 'a kebab-case id'),
    stage: number({ min: 1, max: 20 }),
    from: oneOf(NODE_IDS),
    to: oneOf(NODE_IDS),
    kind: oneOf(FLOW_KINDS),
    amount: optionalNumber({ min: 0 }),
    unit: oneOf(['', ...UNITS] as const),
    approx: oneOf(['', 'about', 'up to', 'at least'] as const),
    of_usd_bn: optionalNumber({ min: 0 }),
    date: isoSpan,
    source_ids: sourceIds,
    superseded_stage: optionalNumber({ min: 1, max: 20 })
  });
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const at = `${file}:${i + 2}`;
    if (seen.has(r.id)) throw new Error(`${at}: duplicate flow id "${r.id}"`);
    if (r.from === r.to) throw new Error(`${at}: flow "${r.id}" goes from a node to itself`);
    if ((r.amount === null) !== (r.unit === ''))
      throw new Error(`${at}: an amount needs a unit, and a unit an amount`);
    // An arrow drawn as paid carries only what was paid: the rest of a commitment is `of_usd_bn`.
    if (r.of_usd_bn !== null && (r.unit !== 'usd_bn' || r.amount === null || r.of_usd_bn < r.amount))
      throw new Error(`${at}: of_usd_bn is the dollar total a smaller dollar amount is part of`);
    seen.add(r.id);
  });
  return rows;
}

const FINANCIAL_IDS = [
  'revenue-2025',
  'operating-loss-2025',
  'compute-plan-2030',
  'compute-commitments'
] as const;

export function parseFinancials(raw: string, file = 'content/data/openai_financials.csv') {
  const rows = parseCsv(raw, file, {
    id: oneOf(FINANCIAL_IDS),
    period: text(),
    metric: text(),
    value_usd_bn: number({ min: 0 }),
    kind: oneOf(['actual', 'plan', 'commitment'] as const),
    source_id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source id'),
    first_year: number({ min: 2000, max: 2100 }),
    last_year: number({ min: 2000, max: 2100 })
  });
  rows.forEach((r, i) => {
    if (r.last_year < r.first_year) throw new Error(`${file}:${i + 2}: last_year is before first_year`);
  });
  return rows;
}

export type Flow = ReturnType<typeof parseFlows>[number];
export type Financial = ReturnType<typeof parseFinancials>[number];
export type FinancialId = Financial['id'];

export interface LoopData {
  flows: readonly Flow[];
  financials: Readonly<Record<FinancialId, Financial>>;
}

function byId(list: readonly Financial[]): LoopData['financials'] {
  const out = Object.fromEntries(list.map((r) => [r.id, r])) as Partial<Record<FinancialId, Financial>>;
  for (const id of FINANCIAL_IDS) {
    if (!out[id]) throw new Error(`content/data/openai_financials.csv: missing row "${id}"`);
  }
  return out as LoopData['financials'];
}

export const data: LoopData = Object.freeze({
  flows: parseFlows(flowsRaw),
  financials: Object.freeze(byId(parseFinancials(finRaw)))
});

// ---- Derivations (read by the layout and the text alternative alike) --------------------------

/** The nodes on stage from the first frame: the circle the last step closes. */
export const CORE_NODES: readonly NodeId[] = ['microsoft', 'openai', 'azure', 'nvidia', 'shareholders'];

/**
 * The circle the last step picks out: investment → compute → chips → market value, and the
 * investor's stake, valued but never paid, back to where the money started.
 */
export const CIRCLE_FLOWS: readonly string[] = [
  'msft-openai-funding',
  'openai-azure-contract',
  'buyers-nvidia-revenue',
  'nvidia-market-value',
  'openai-msft-stake-value'
];

export interface Shown {
  flow: Flow;
  /** Added at this stage. */
  isNew: boolean;
  /** A letter replaced by a later deal (from its superseded stage on). */
  superseded: boolean;
  /** Replaced at this very stage: the step says so. */
  supersededNow: boolean;
}

/** The flows visible at a stage, and whether each is new, old or superseded. */
export function visibleFlows(data: LoopData, stage: number): Shown[] {
  return data.flows
    .filter((f) => f.stage <= stage)
    .map((f) => ({
      flow: f,
      isNew: f.stage === stage,
      superseded: f.superseded_stage !== null && stage >= f.superseded_stage,
      supersededNow: f.superseded_stage === stage
    }));
}

/** A financial total spread over the years it covers: the years, and the sum per year. */
export function perYear(r: Financial): { years: number; perYear: number } {
  const years = r.last_year - r.first_year + 1;
  return { years, perYear: r.value_usd_bn / years };
}

/** How many times its 2025 revenue OpenAI would need to pay each compute plan per year. */
export function revenueMultiples(d: LoopData): { commitments: number; plan: number } {
  const revenue = d.financials['revenue-2025'].value_usd_bn;
  return {
    commitments: perYear(d.financials['compute-commitments']).perYear / revenue,
    plan: perYear(d.financials['compute-plan-2030']).perYear / revenue
  };
}

export interface PanelRow {
  id: FinancialId;
  kind: Financial['kind'];
  total: number;
  first: number;
  last: number;
  years: number;
  /** The total divided by the years it covers: what the panel draws, all on one scale. */
  perYear: number;
}

/** The panel's bars, largest promise first: every figure per year, so one year's revenue stands beside one year of promises. */
export function panelRows(d: LoopData): PanelRow[] {
  return (['compute-commitments', 'compute-plan-2030', 'revenue-2025', 'operating-loss-2025'] as const).map(
    (id) => {
      const r = d.financials[id];
      return {
        id,
        kind: r.kind,
        total: r.value_usd_bn,
        first: r.first_year,
        last: r.last_year,
        ...perYear(r)
      };
    }
  );
}
