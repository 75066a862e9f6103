import { num, times, usd } from '$lib/charts/format';
import type { Locale } from '$lib/locale';
import type { Flow, FlowKind, NodeId } from './data';

/**
 * Every word the loop diagram shows or says, by edition. A sentence with numbers in it is a
 * function of those numbers, so a translation reorders the sentence, not fragments of it.
 * Numbers go through $lib/charts/format.
 */

/** Dollars given in billions, scaled to B or T, up to two decimals: $11.6B, $13B, $5.37T. */
const money = (bn: number) => usd(bn * 1e9, { digits: 2, trim: true });
const moneyLong = (bn: number) => usd(bn * 1e9, { digits: 2, trim: true, long: true });
/** The same to one decimal, for the panel's bars: $175B, $13.1B. */
const money1 = (bn: number) => usd(bn * 1e9, { digits: 1, trim: true });
const money1Long = (bn: number) => usd(bn * 1e9, { digits: 1, trim: true, long: true });

/** The words for one flow: when it happened, what it is, and any label other than its amount. */
export interface FlowWords {
  date: string;
  detail: (f: Flow) => string;
  /** The label on the arrow, from its amount as `amount()` prints it; default the amount alone. */
  label?: (amount: string) => string;
}

const en = {
  nodes: {
    microsoft: 'Microsoft',
    openai: 'OpenAI',
    azure: 'Azure',
    nvidia: 'NVIDIA',
    shareholders: 'Shareholders',
    oracle: 'Oracle',
    amd: 'AMD',
    coreweave: 'CoreWeave',
    amazon: 'Amazon',
    softbank: 'SoftBank',
    buyers: 'Clouds and other chip buyers'
  } satisfies Record<NodeId, string>,
  /** The group's name where it stands as a single box (small frames). */
  buyersShort: 'All chip buyers',
  kinds: {
    paid: 'paid',
    committed: 'contracted',
    intent: 'letter of intent',
    value: 'market value, not cash'
  } satisfies Record<FlowKind, string>,

  /** A flow's amount as its arrow is labelled: "$11.6B paid of $13B", "up to $100B", "6 GW". */
  amount(f: Pick<Flow, 'amount' | 'unit' | 'approx' | 'of_usd_bn'>): string {
    if (f.amount === null) return '';
    const v =
      f.unit === 'usd_bn'
        ? money(f.amount)
        : f.unit === 'gw'
          ? `${num(f.amount)} GW`
          : `${num(f.amount)}M shares`;
    if (f.of_usd_bn !== null) return `${v} paid of ${money(f.of_usd_bn)}`;
    return { '': v, about: `≈${v}`, 'up to': `up to ${v}`, 'at least': `at least ${v}` }[f.approx];
  },
  /** The same, in words, for the text alternative. */
  amountLong(f: Pick<Flow, 'amount' | 'unit' | 'approx' | 'of_usd_bn'>): string {
    if (f.amount === null) return 'amount not disclosed';
    const v =
      f.unit === 'usd_bn'
        ? moneyLong(f.amount)
        : f.unit === 'gw'
          ? `${num(f.amount)} gigawatts`
          : `${num(f.amount)} million shares`;
    if (f.of_usd_bn !== null) return `${v} paid of ${moneyLong(f.of_usd_bn)} committed`;
    return { '': v, about: `about ${v}`, 'up to': `up to ${v}`, 'at least': `at least ${v}` }[f.approx];
  },
  neverSigned: (label: string) => `${label}: never signed`,
  neverSignedShort: 'never signed',

  flows: {
    'msft-openai-funding': {
      date: '2019–Sep 2025',
      detail: (f) =>
        `Microsoft committed ${money(f.of_usd_bn ?? 0)} in 2019–2023; by 30 Sep 2025 it had paid in ${money(f.amount ?? 0)} of it`
    },
    'openai-azure-contract': {
      date: '28 Oct 2025',
      detail: (f) =>
        `An extra ${money(f.amount ?? 0)} of Azure cloud services, contracted by OpenAI as the partnership was rewritten`
    },
    'buyers-nvidia-revenue': {
      date: 'FY2026',
      label: (a) => `${a} from all buyers`,
      detail: () =>
        'NVIDIA’s data-center revenue in fiscal 2026 (Feb 2025–Jan 2026), from all its customers together, not from any one of them'
    },
    'nvidia-market-value': {
      date: '18 Sep 2026',
      label: (a) => `${a} market value`,
      detail: () => 'All NVIDIA’s shares together at the close of 18 Sep 2026: a price, not cash'
    },
    'nvidia-openai-loi': {
      date: '22 Sep 2025',
      detail: (f) =>
        `A letter of intent: NVIDIA would invest up to ${money(f.amount ?? 0)} in OpenAI as its systems go in`
    },
    'openai-nvidia-systems': {
      date: '22 Sep 2025',
      detail: (f) =>
        `OpenAI to deploy at least ${num(f.amount ?? 0)} GW of NVIDIA systems; value not disclosed`
    },
    'openai-oracle-contract': {
      date: 'Jul–Sep 2025',
      detail: (f) =>
        `About ${money(f.amount ?? 0)} of Oracle computing power over roughly five years from 2027, as reported`
    },
    'openai-amd-gpus': {
      date: '6 Oct 2025',
      detail: (f) =>
        `${num(f.amount ?? 0)} GW of AMD chips, worth “tens of billions of dollars” in revenue to AMD (its finance chief)`
    },
    'amd-openai-warrant': {
      date: '6 Oct 2025',
      detail: (f) =>
        `A warrant for up to ${num(f.amount ?? 0)} million AMD shares at one cent each, vesting as the chips go in and AMD’s share price rises`
    },
    'openai-coreweave-contracts': {
      date: 'Mar–Sep 2025',
      detail: (f) => `Three contracts signed in 2025, ${money(f.amount ?? 0)} in all`
    },
    'nvidia-coreweave-backstop': {
      date: 'Sep 2025',
      label: (a) => `${a} order`,
      detail: (f) =>
        `A ${money(f.amount ?? 0)} order obliging NVIDIA to buy CoreWeave’s unsold capacity through Apr 2032`
    },
    'nvidia-coreweave-shares': {
      date: 'Jan 2026',
      label: (a) => `${a} shares`,
      detail: (f) => `NVIDIA bought ${money(f.amount ?? 0)} of CoreWeave shares`
    },
    'coreweave-nvidia-gpus': {
      date: '2025',
      label: () => 'GPUs',
      detail: () => 'CoreWeave buys NVIDIA chips; amount not disclosed'
    },
    'nvidia-openai-stake': {
      date: 'Feb–Mar 2026',
      detail: (f) =>
        `NVIDIA’s ${money(f.amount ?? 0)} in OpenAI’s funding round, in place of the never-signed letter`
    },
    'amazon-openai-stake': {
      date: 'Feb–Mar 2026',
      detail: (f) =>
        `Amazon’s ${money(f.amount ?? 0)} in the same round, most of it due only on a listing or another condition`
    },
    'softbank-openai-stake': {
      date: 'Feb–Mar 2026',
      detail: (f) => `SoftBank’s ${money(f.amount ?? 0)} in the same round`
    },
    'openai-msft-stake-value': {
      date: '28 Oct 2025',
      label: (a) => `${a} stake`,
      detail: (f) =>
        `Microsoft’s ~27% of OpenAI, valued at about ${money(f.amount ?? 0)} when OpenAI was recapitalised: market value; no cash moved`
    }
  } satisfies Record<string, FlowWords> as Record<string, FlowWords>,

  /** A caption line for a new flow. */
  flowLine: (from: string, to: string, label: string, date: string) => `${from} → ${to}: ${label} · ${date}`,
  /** Compact frames: the new flows in one sentence, by where they go. */
  into: (froms: readonly string[], to: string) => `${froms.join(', ')} → ${to}`,
  compact: (parts: readonly string[]) => `New: ${parts.join('; ')}`,
  opening: 'Who pays whom in the AI boom. Each step adds the next deal.',
  circle: 'The same dollars, counted three times: as investment, as revenue, as market value.',

  panel: {
    headline: 'OpenAI, per year: the computing it has promised to buy, against what it earns',
    commitments: (total: number, years: number) =>
      `Compute commitments: ${money(total)} over ~${num(years)} years (Altman, Nov 2025)`,
    plan: (total: number, first: number, last: number) =>
      `Compute plan: ${money(total)} for ${first}–${last} (reported Feb 2026)`,
    revenue: 'Revenue, 2025',
    loss: 'Operating loss, 2025',
    /** Shorter names, beside the bars on short frames (the headline says what they are). */
    commitmentsShort: (total: number, years: number) => `${money(total)} over ~${num(years)} years`,
    planShort: (total: number, first: number, last: number) => `${money(total)}, ${first}–${last}`,
    revenueShort: 'Revenue 2025',
    lossShort: 'Loss 2025',
    perYear: (v: number, approx: boolean) => `${approx ? '≈' : ''}${money1(v)} a year`,
    amount: (v: number, approx: boolean) => `${approx ? '≈' : ''}${money1(v)}`,
    gap: (low: number, high: number) =>
      `To pay these bills from its takings, revenue would have to grow ${times(low)}–${times(high)}`,
    note: (total: number, years: number, plan: number, planYears: number) =>
      `Each commitment per year: its total ÷ the years it covers (${money(total)} ÷ ${num(years)}, ${money(plan)} ÷ ${num(planYears)}). Revenue and loss: audited accounts, as reported by the Financial Times. Commitments are announced totals, not obligations paid.`
  },

  describe: {
    intro:
      'A diagram of money moving between Microsoft, OpenAI, the clouds and other chip buyers, NVIDIA, its shareholders and, step by step, Oracle, AMD, CoreWeave, Amazon and SoftBank. Solid arrows are money paid, dashed arrows contracts, dotted arrows letters of intent, dash-dot arrows market value rather than cash.',
    none: 'No flows are drawn yet.',
    flow: (from: string, to: string, amount: string, date: string, kind: string, detail: string) =>
      `${from} to ${to}, ${amount} (${date}; ${kind}): ${detail}.`,
    flowSuperseded: (from: string, to: string, amount: string, date: string, kind: string, detail: string) =>
      `${from} to ${to}, ${amount} (${date}; ${kind}; never signed, replaced): ${detail}.`,
    fresh: (lines: string) => `New in this step: ${lines}`,
    old: (items: readonly string[]) => `Already drawn: ${items.join('; ')}.`,
    oldItem: (from: string, to: string, label: string, superseded: boolean) =>
      `${from} to ${to} ${label}${superseded ? ' (never signed)' : ''}`,
    panel: (
      commitments: { total: number; years: number; perYear: number },
      plan: { total: number; first: number; last: number; perYear: number },
      revenue: number,
      loss: number,
      low: number,
      high: number
    ) =>
      `The diagram gives way to bars on one scale, per year. OpenAI’s compute commitments of about ${moneyLong(commitments.total)} over about ${num(commitments.years)} years come to about ${moneyLong(commitments.perYear)} a year; its plan of ${moneyLong(plan.total)} for ${plan.first}–${plan.last} to ${moneyLong(plan.perYear)} a year. Against them, 2025 revenue of ${money1Long(revenue)} and an operating loss of ${money1Long(loss)}. To pay such bills from its takings, revenue would have to grow ${times(low)} to ${times(high)}.`,
    circle: (items: readonly string[]) =>
      `The circle is highlighted: ${items.join(', ')}. It closes with Microsoft’s stake in OpenAI, a value, not a payment. The same dollars are counted as investment, as revenue and as market value.`,
    circleItem: (from: string, to: string, label: string) => `${from} to ${to} (${label})`
  },

  table: {
    columns: [
      'Step',
      'From',
      'To',
      'Kind',
      'Amount',
      'Unit',
      'Of a total (US$ billion)',
      'As shown',
      'Date',
      'What it is',
      'Sources'
    ],
    units: { usd_bn: 'US$ billion', gw: 'gigawatts', shares_m: 'million shares', '': '' },
    neverSigned: 'never signed; replaced',
    financial: {
      'revenue-2025': 'Revenue, 2025',
      'operating-loss-2025': 'Operating loss, 2025',
      'compute-plan-2030': 'Planned compute spending',
      'compute-commitments': 'Compute commitments (Altman)'
    },
    perYear: (years: number, perYear: number) => `${num(years)} years; ${money(perYear)} a year`
  },

  note: (nvidiaRevenue: number) =>
    `Amounts are headline figures: many are ceilings or multi-year totals, and flows overlap, so they must not be added up. Market values are not cash. NVIDIA’s ${money(nvidiaRevenue)} is its data-center revenue from all its customers.`
};

export type LoopStrings = typeof en;

export const strings: { en: LoopStrings } & Partial<Record<Locale, LoopStrings>> = { en };

/** The words of an edition (English where a translation is missing). */
export const stringsFor = (locale: Locale): LoopStrings => strings[locale] ?? strings.en;

/**
 * The label of a flow's arrow and shorter forms of it, longest first. A replaced letter keeps
 * one label saying so, on its money; its companion arrow needs none.
 */
export function flowLabels(t: LoopStrings, f: Flow, superseded = false): string[] {
  const amount = t.amount(f);
  if (superseded) return f.unit === 'usd_bn' ? [t.neverSigned(amount), t.neverSignedShort] : [];
  const w = flowWords(t, f.id);
  return [...new Set([w.label ? w.label(amount) : amount, amount])].filter(Boolean);
}

/** The words for a flow, or an error naming it (a flow added to the data needs its words). */
export function flowWords(t: LoopStrings, id: string): FlowWords {
  const w = t.flows[id];
  if (!w) throw new Error(`the-loop/strings.ts: no words for flow "${id}"`);
  return w;
}
