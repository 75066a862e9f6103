import { num, pct, usd, usdT } from '$lib/charts/format';
import type { Locale } from '$lib/locale';
import type { Link, NodeId, Status } from './data';

/**
 * Every word the widening-loop diagram shows or says, by edition. A sentence with numbers in it
 * is a function of those numbers, so a translation reorders the sentence, not fragments of it.
 * Numbers go through $lib/charts/format.
 */

const money = (bn: number) => usd(bn * 1e9, { digits: 1, trim: true });
const moneyLong = (bn: number) => usd(bn * 1e9, { digits: 1, trim: true, long: true });

/** The words for one link: when, what it is, and its label if not its amount. */
export interface LinkWords {
  date: string;
  detail: (l: Link) => string;
  /** The label on the arrow, longest first, from its amount as `amount()` prints it. */
  labels?: (amount: string) => readonly string[];
}

const en = {
  nodes: {
    openai: 'ChatGPT (OpenAI)',
    azure: 'Azure',
    nvidia: 'NVIDIA',
    coreweave: 'CoreWeave',
    amd: 'AMD',
    stripe: 'Stripe',
    paypal: 'PayPal',
    etsy: 'Etsy sellers',
    shopify: 'Shopify',
    volkswagen: 'Volkswagen',
    anthropic: 'Anthropic',
    meta: 'Meta'
  } satisfies Record<NodeId, string>,
  /** Names where a frame is short of room. */
  short: { openai: 'ChatGPT' } as Partial<Record<NodeId, string>>,
  hub: 'The same few',
  /** A link to the whole box: its suppliers are not named. */
  hubTarget: 'AI suppliers (not named)',
  sectors: {
    stripe: 'Payments',
    etsy: 'Shopping',
    volkswagen: 'Manufacturing',
    anthropic: 'Other AI buyers'
  } as Partial<Record<NodeId, string>>,
  statuses: {
    live: 'live',
    committed: 'contracted',
    announced: 'announced',
    ended: 'ended'
  } satisfies Record<Status, string>,

  /** A link's amount as its arrow is labelled: "$14.2B", "≈$30B", "up to €1B", "6 GW". */
  amount(l: Pick<Link, 'amount' | 'unit' | 'approx'>): string {
    if (l.amount === null) return '';
    const v =
      l.unit === 'usd_bn'
        ? money(l.amount)
        : l.unit === 'eur_bn'
          ? `€${num(l.amount)}B`
          : `${num(l.amount)} GW`;
    return { '': v, about: `≈${v}`, 'up to': `up to ${v}` }[l.approx];
  },
  amountLong(l: Pick<Link, 'amount' | 'unit' | 'approx'>): string {
    if (l.amount === null) return '';
    const v =
      l.unit === 'usd_bn'
        ? moneyLong(l.amount)
        : l.unit === 'eur_bn'
          ? `€${num(l.amount)} billion`
          : `${num(l.amount)} gigawatts`;
    return { '': v, about: `about ${v}`, 'up to': `up to ${v}` }[l.approx];
  },

  links: {
    'stripe-chatgpt-checkout': {
      date: 'Sep 2025–Mar 2026',
      labels: () => ['Instant Checkout, ended', 'ended'],
      detail: () =>
        'ChatGPT’s Instant Checkout ran on the Agentic Commerce Protocol, built by OpenAI with Stripe, until OpenAI wound it down in March 2026 (“Instant Checkout is moving to Apps”)'
    },
    'paypal-chatgpt-wallet': {
      date: '28 Oct 2025',
      labels: () => ['wallet: launch not confirmed', 'not confirmed'],
      detail: () =>
        'PayPal announced it would be the first digital wallet in ChatGPT, due in 2026; we could not confirm that it launched'
    },
    'etsy-chatgpt-checkout': {
      date: 'Sep 2025–Mar 2026',
      labels: () => ['live at launch, ended', 'ended'],
      detail: () =>
        'US shoppers could buy from Etsy sellers inside ChatGPT from launch until checkout was wound down'
    },
    'shopify-chatgpt-checkout': {
      date: 'Sep 2025–Mar 2026',
      labels: () => ['few went live, ended', 'ended'],
      detail: () =>
        'More than a million Shopify merchants were “coming soon”; at most a few dozen went live before checkout was wound down'
    },
    'vw-ai-spending': {
      date: '9 Sep 2025',
      detail: (l) =>
        `Volkswagen: up to €${num(l.amount ?? 0)}B for AI by 2030, expecting up to four times as much in savings by 2035; suppliers not named`
    },
    'anthropic-azure-contract': {
      date: '18 Nov 2025',
      detail: (l) => `Anthropic commits to buy about ${money(l.amount ?? 0)} of Azure compute`
    },
    'meta-coreweave-contract': {
      date: '30 Sep 2025',
      detail: (l) => `Meta contracts ${money(l.amount ?? 0)} of CoreWeave capacity through 2031`
    },
    'meta-amd-gpus': {
      date: '24 Feb 2026',
      detail: (l) => `${num(l.amount ?? 0)} GW of AMD chips, with a warrant for AMD shares, as with OpenAI`
    }
  } satisfies Record<string, LinkWords> as Record<string, LinkWords>,

  /** A caption line for a new link. */
  linkLine: (from: string, to: string, label: string, date: string) => `${from} → ${to}: ${label} · ${date}`,
  /** Compact frames: the new links in one sentence, by where they go. */
  into: (froms: readonly string[], to: string) => `${froms.join(', ')} → ${to}`,
  compact: (parts: readonly string[]) => `New: ${parts.join('; ')}`,
  opening: 'The few companies at the centre of the loop',
  converge:
    'Payments, shopping, carmakers and rival AI labs: every new arrow ends at the same few companies.',
  stripeScale: (tn: number, year: number, share: number) =>
    `Stripe alone handled ${usdT(tn, { digits: 1 })} of total volume in ${year}, about ${pct(share, 1)} of world GDP.`,
  /** Under Stripe's box. */
  stripeNote: (tn: number, year: number) => `${usdT(tn, { digits: 1 })} total volume, ${year}`,
  check: 'Check: the often-quoted “€50B German carmaker” has no source.',

  describe: {
    intro: (hub: readonly string[]) =>
      `A diagram with a box of the same few AI companies in the middle (${hub.join(', ')}) and newcomers around it. Dashed arrows are contracts, dotted arrows announcements not known to be live, arrows ending in a bar links that have ended.`,
    stripe: (tn: number, year: number, share: number) =>
      `Stripe handled ${usdT(tn, { digits: 1, long: true })} of total volume in ${year}, about ${pct(share, 1)} of world GDP.`,
    link: (from: string, to: string, status: string, date: string, amount: string, detail: string) =>
      `${from} to ${to}: ${status}, ${date}${amount ? `, ${amount}` : ''}. ${detail}.`,
    check:
      'The often-quoted figure of €50 billion from a German carmaker has no source; Volkswagen’s announced figure is up to €1 billion.',
    converge: 'Every new arrow ends at the same few companies.'
  },

  table: {
    columns: [
      'Step',
      'From',
      'To',
      'Status',
      'Amount',
      'Unit',
      'As shown',
      'Date',
      'Ended',
      'What it is',
      'Sources'
    ],
    units: { usd_bn: 'US$ billion', eur_bn: '€ billion', gw: 'gigawatts', '': '' },
    stripe: (growth: number) => `reported; up ${pct(growth, 0)} on the year before`,
    stripeShown: (tn: number) => `${usdT(tn, { digits: 1 })} total volume`,
    stripeWhat: (share: number) => `≈${pct(share, 1)} of world GDP`
  },

  note: 'Arrows show who plugs into whom, with the announced amount where there is one; they are not to scale and must not be added up. Stripe’s total volume is what businesses running on Stripe processed, not money spent on AI.'
};

export type WideningStrings = typeof en;

export const strings: { en: WideningStrings } & Partial<Record<Locale, WideningStrings>> = { en };

/** The words of an edition (English where a translation is missing). */
export const stringsFor = (locale: Locale): WideningStrings => strings[locale] ?? strings.en;

/** The words for a link, or an error naming it (a link added to the data needs its words). */
export function linkWords(t: WideningStrings, id: string): LinkWords {
  const w = t.links[id];
  if (!w) throw new Error(`widening-loop/strings.ts: no words for link "${id}"`);
  return w;
}

/** The labels a link's arrow may take, longest first. */
export function linkLabels(t: WideningStrings, l: Link): string[] {
  const amount = t.amount(l);
  const w = linkWords(t, l.id);
  return [...new Set(w.labels ? w.labels(amount) : [amount])].filter(Boolean);
}
