import { jaAmount, num, pct, usd, usdT } from '$lib/charts/format';
import type { ChartStrings } from '$lib/charts/types';
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

const moneyJa = (bn: number) => usd(bn * 1e9, { digits: 1, trim: true, locale: 'ja' });
const euroJa = (bn: number) => `${jaAmount(bn * 1e9)}ユーロ`;

const ja: WideningStrings = {
  nodes: {
    openai: 'ChatGPT（オープンAI）',
    azure: 'Azure',
    nvidia: 'エヌビディア',
    coreweave: 'コアウィーブ',
    amd: 'AMD',
    stripe: 'ストライプ',
    paypal: 'ペイパル',
    etsy: 'エッツィーの出品者',
    shopify: 'ショッピファイ',
    volkswagen: 'フォルクスワーゲン',
    anthropic: 'アンソロピック',
    meta: 'メタ'
  },
  short: { openai: 'ChatGPT', volkswagen: 'VW', etsy: 'エッツィー' },
  hub: '同じ一握りの企業',
  hubTarget: 'AIの供給企業（名前は非公表）',
  sectors: {
    stripe: '決済',
    etsy: '買い物',
    volkswagen: '製造業',
    anthropic: 'ほかのAIの買い手'
  },
  statuses: {
    live: '稼働中',
    committed: '契約済み',
    announced: '発表のみ',
    ended: '終了'
  },

  amount(l) {
    if (l.amount === null) return '';
    const v =
      l.unit === 'usd_bn' ? moneyJa(l.amount) : l.unit === 'eur_bn' ? euroJa(l.amount) : `${num(l.amount)}GW`;
    return { '': v, about: `約${v}`, 'up to': `最大${v}` }[l.approx];
  },
  amountLong(l) {
    if (l.amount === null) return '';
    const v =
      l.unit === 'usd_bn'
        ? moneyJa(l.amount)
        : l.unit === 'eur_bn'
          ? euroJa(l.amount)
          : `${num(l.amount)}ギガワット`;
    return { '': v, about: `約${v}`, 'up to': `最大${v}` }[l.approx];
  },

  links: {
    'stripe-chatgpt-checkout': {
      date: '2025年9月〜2026年3月',
      labels: () => ['インスタント・チェックアウト、終了', '終了'],
      detail: () =>
        'ChatGPTのインスタント・チェックアウトは、オープンAIがストライプと作った「エージェント・コマース・プロトコル」で動いていたが、オープンAIは2026年3月にこれを縮小した（「インスタント・チェックアウトはアプリに移る」）'
    },
    'paypal-chatgpt-wallet': {
      date: '2025年10月28日',
      labels: () => ['ウォレット：開始は未確認', '未確認'],
      detail: () =>
        'ペイパルは、ChatGPTで使える最初のデジタルウォレットになると発表した。2026年に始まる予定だったが、始まったかどうかは確認できなかった'
    },
    'etsy-chatgpt-checkout': {
      date: '2025年9月〜2026年3月',
      labels: () => ['開始時から稼働、終了', '終了'],
      detail: () =>
        '米国の買い物客は、サービス開始から購入機能の縮小まで、ChatGPTの中でエッツィーの出品者から買うことができた'
    },
    'shopify-chatgpt-checkout': {
      date: '2025年9月〜2026年3月',
      labels: () => ['稼働はわずか、終了', '終了'],
      detail: () =>
        '100万を超えるショッピファイの店舗が「近日対応」とされたが、購入機能が縮小されるまでに実際に使えるようになったのは多くても数十店だった'
    },
    'vw-ai-spending': {
      date: '2025年9月9日',
      detail: (l) =>
        `フォルクスワーゲンは2030年までにAIに最大${euroJa(l.amount ?? 0)}を使い、2035年までにその最大4倍の節約を見込む。供給企業の名前は示していない`
    },
    'anthropic-azure-contract': {
      date: '2025年11月18日',
      detail: (l) => `アンソロピックは、約${moneyJa(l.amount ?? 0)}分のAzureの計算能力を買うことを約束した`
    },
    'meta-coreweave-contract': {
      date: '2025年9月30日',
      detail: (l) => `メタは、2031年までのコアウィーブの計算能力を${moneyJa(l.amount ?? 0)}分契約した`
    },
    'meta-amd-gpus': {
      date: '2026年2月24日',
      detail: (l) =>
        `${num(l.amount ?? 0)}ギガワット分のAMDのチップ。オープンAIと同じく、AMD株のワラントがついている`
    }
  },

  linkLine: (from, to, label, date) => `${from}→${to}：${label}（${date}）`,
  into: (froms, to) => `${froms.join('、')}→${to}`,
  compact: (parts) => `新たに：${parts.join('。')}`,
  opening: 'ループの中心にいる一握りの企業',
  converge:
    '決済、買い物、自動車メーカー、競合するAI企業。新しい矢印はどれも、同じ一握りの企業にたどり着く。',
  stripeScale: (tn, year, share) =>
    `ストライプだけで、${year}年に${usdT(tn, { digits: 1, locale: 'ja' })}の総取扱高を扱った。世界のGDPの約${pct(share, 1)}にあたる。`,
  stripeNote: (tn, year) => `総取扱高${usdT(tn, { digits: 1, locale: 'ja' })}（${year}年）`,
  check: '確認：よく引用される「ドイツの自動車メーカーの500億ユーロ」には出典がない。',

  describe: {
    intro: (hub) =>
      `真ん中に同じ一握りのAI企業の箱（${hub.join('、')}）があり、その周りに新しく加わった企業がある図です。破線の矢印は契約、点線の矢印は稼働が確認されていない発表、先が線で止まった矢印は終わったつながりです。`,
    stripe: (tn, year, share) =>
      `ストライプは${year}年に${usdT(tn, { digits: 1, locale: 'ja' })}の総取扱高を扱いました。世界のGDPの約${pct(share, 1)}にあたります。`,
    link: (from, to, status, date, amount, detail) =>
      `${from}から${to}へ：${status}、${date}${amount ? `、${amount}` : ''}。${detail}。`,
    check:
      'よく引用される、ドイツの自動車メーカーの500億ユーロという数字には出典がありません。フォルクスワーゲンが発表した数字は最大10億ユーロです。',
    converge: '新しい矢印はどれも、同じ一握りの企業にたどり着きます。'
  },

  table: {
    columns: ['段階', '出発点', '行き先', '状態', '金額', '単位', '図の表記', '日付', '終了', '内容', '出典'],
    units: { usd_bn: '10億ドル', eur_bn: '10億ユーロ', gw: 'ギガワット', '': '' },
    stripe: (growth) => `報告値。前年から${pct(growth, 0)}増`,
    stripeShown: (tn) => `総取扱高${usdT(tn, { digits: 1, locale: 'ja' })}`,
    stripeWhat: (share) => `世界のGDPの約${pct(share, 1)}`
  },

  note: '矢印は、どこがどことつながるかを示し、発表された金額があれば添えている。大きさは金額に比例せず、足し合わせてはいけない。ストライプの総取扱高は、ストライプを使う企業が処理した決済の総額で、AIに使われたお金ではない。'
};

export const strings = { en, ja } satisfies ChartStrings<WideningStrings>;

/** The words of an edition. */
export const stringsFor = (locale: Locale): WideningStrings => strings[locale];

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
