import linksRaw from '$content/data/widening_loop_links.csv?raw';
import stripeRaw from '$content/data/stripe_payment_volume.csv?raw';
import { matching, number, oneOf, parseCsv, text } from '$lib/data/csv';

/** The few companies the new arrows end at. */
export const HUB_IDS = ['openai', 'azure', 'nvidia', 'coreweave', 'amd'] as const;
/** Newcomers from payments, shopping, manufacturing and other AI buyers. */
export const OUTER_IDS = ['stripe', 'paypal', 'etsy', 'shopify', 'volkswagen', 'anthropic', 'meta'] as const;
export type NodeId = (typeof HUB_IDS)[number] | (typeof OUTER_IDS)[number];

/** live = in use; committed = contracted; announced = said, not yet live; planned = a budget, suppliers unnamed. */
export const LINK_KINDS = ['live', 'committed', 'announced', 'planned'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

const sourceIds = matching(
  /^[a-z0-9]+(-[a-z0-9]+)*( [a-z0-9]+(-[a-z0-9]+)*)*$/,
  'space-separated source ids'
);

export function parseLinks(raw: string, file = 'content/data/widening_loop_links.csv') {
  const rows = parseCsv(raw, file, {
    id: matching(/^[a-z0-9-]+$/, 'a kebab-case id'),
    stage: number({ min: 1, max: 10 }),
    from: oneOf(OUTER_IDS),
    to: oneOf([...HUB_IDS, 'hub'] as const),
    kind: oneOf(LINK_KINDS),
    label: text(),
    detail: text(),
    date_label: text(),
    source_ids: sourceIds
  });
  const ids = new Set(rows.map((r) => r.id));
  if (ids.size !== rows.length) throw new Error(`${file}: duplicate link ids`);
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
