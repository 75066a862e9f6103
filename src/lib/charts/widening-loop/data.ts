import linksRaw from '$content/data/widening_loop_links.csv?raw';
import stripeRaw from '$content/data/stripe_payment_volume.csv?raw';
import { matching, number, oneOf, optionalNumber, parseCsv } from '$lib/data/csv';

/** The few companies the new arrows end at. */
export const HUB_IDS = ['openai', 'azure', 'nvidia', 'coreweave', 'amd'] as const;
/** Newcomers from payments, shopping, manufacturing and other AI buyers. */
export const OUTER_IDS = ['stripe', 'paypal', 'etsy', 'shopify', 'volkswagen', 'anthropic', 'meta'] as const;
export type HubId = (typeof HUB_IDS)[number];
export type NodeId = HubId | (typeof OUTER_IDS)[number];

/** live = in use; committed = contracted; announced = said, not (known to be) live; planned = a budget, suppliers unnamed. */
export const LINK_KINDS = ['live', 'committed', 'announced', 'planned'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** How a link stands now: what the chart draws and its legend names. */
export const STATUSES = ['live', 'committed', 'announced', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

const sourceIds = matching(
  /^[a-z0-9]+(-[a-z0-9]+)*( [a-z0-9]+(-[a-z0-9]+)*)*$/,
  'space-separated source ids'
);
const isoish = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parseLinks(raw: string, file = 'content/data/widening_loop_links.csv') {
  const rows = parseCsv(raw, file, {
    id: matching(/^[a-z0-9-]+$/, 'a kebab-case id'),
    stage: number({ min: 1, max: 10 }),
    from: oneOf(OUTER_IDS),
    to: oneOf([...HUB_IDS, 'hub'] as const),
    kind: oneOf(LINK_KINDS),
    amount: optionalNumber({ min: 0 }),
    unit: oneOf(['', 'usd_bn', 'eur_bn', 'gw'] as const),
    approx: oneOf(['', 'about', 'up to'] as const),
    date: matching(isoish, 'an ISO date (2025-09-29, 2025-09)'),
    ended: matching(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'empty or an ISO date'),
    source_ids: sourceIds
  });
  const ids = new Set(rows.map((r) => r.id));
  if (ids.size !== rows.length) throw new Error(`${file}: duplicate link ids`);
  rows.forEach((r, i) => {
    if ((r.amount === null) !== (r.unit === ''))
      throw new Error(`${file}:${i + 2}: an amount needs a unit, and a unit an amount`);
    if (r.ended && r.ended < r.date) throw new Error(`${file}:${i + 2}: ended before it began`);
  });
  return rows;
}

export function parseStripe(raw: string, file = 'content/data/stripe_payment_volume.csv') {
  return parseCsv(raw, file, {
    year: number({ min: 2010, max: 2030 }),
    total_payment_volume_usd_tn: number({ min: 0, max: 100 }),
    growth_pct: number({ min: -100, max: 1000 }),
    share_of_world_gdp_pct: number({ min: 0, max: 100 }),
    source_id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source id')
  });
}

export type Link = ReturnType<typeof parseLinks>[number];
export type StripeYear = ReturnType<typeof parseStripe>[number];

export interface WideningData {
  links: readonly Link[];
  stripe: readonly StripeYear[];
}

export const data: WideningData = Object.freeze({
  links: parseLinks(linksRaw),
  stripe: parseStripe(stripeRaw)
});

// ---- Derivations (read by the layout and the text alternative alike) --------------------------

/** A link as it stands now: ended if it was wound down, a plan counted as announced. */
export const statusOf = (l: Link): Status =>
  l.ended ? 'ended' : l.kind === 'planned' ? 'announced' : l.kind;

/** The kinds of line the chart draws at all, in legend order. */
export const statusesUsed = (d: WideningData): Status[] =>
  STATUSES.filter((s) => d.links.some((l) => statusOf(l) === s));

/** Links visible at a stage, and whether each is new. */
export function visibleLinks(d: WideningData, stage: number) {
  return d.links.filter((l) => l.stage <= stage).map((l) => ({ link: l, isNew: l.stage === stage }));
}

/** Stripe's latest year: the scale of the first newcomer. */
export const latestStripe = (d: WideningData): StripeYear =>
  d.stripe.reduce((a, b) => (b.year > a.year ? b : a));
