import { jaAmount, num, range, times, usd } from '$lib/charts/format';
import type { ChartStrings } from '$lib/charts/types';
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
  /** The shortest form of the amount, where the arrow has no room for `amount()`. */
  amountShort(f: Pick<Flow, 'amount' | 'unit' | 'approx' | 'of_usd_bn'>): string {
    return en.amount(f);
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
    /** What kind of figure each bar of the panel is (content/data/openai_financials.csv). */
    panelKinds: { actual: 'actual', plan: 'plan', commitment: 'commitment' },
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

/** Japanese dollars in 億/兆 (NOTES.md): 116億ドル; trillions as the chapters write them, 5.37兆ドル. */
const moneyJa = (bn: number) =>
  bn >= 1000
    ? `${num(bn / 1000, 2).replace(/\.?0+$/, '')}兆ドル`
    : usd(bn * 1e9, { digits: 2, trim: true, locale: 'ja' });
const money1Ja = (bn: number) => usd(bn * 1e9, { digits: 1, trim: true, locale: 'ja' });
const timesJa = (v: number) => times(v, 0, 'ja');

const ja: LoopStrings = {
  nodes: {
    microsoft: 'マイクロソフト',
    openai: 'オープンAI',
    azure: 'Azure',
    nvidia: 'エヌビディア',
    shareholders: '株主',
    oracle: 'オラクル',
    amd: 'AMD',
    coreweave: 'コアウィーブ',
    amazon: 'アマゾン',
    softbank: 'ソフトバンクグループ',
    buyers: 'クラウドと半導体の買い手'
  },
  buyersShort: '半導体の買い手すべて',
  kinds: {
    paid: '支払い済み',
    committed: '契約',
    intent: '基本合意書',
    value: '時価総額（現金ではない）'
  },

  amount(f) {
    if (f.amount === null) return '';
    const v =
      f.unit === 'usd_bn'
        ? moneyJa(f.amount)
        : f.unit === 'gw'
          ? `${num(f.amount)}GW`
          : `${jaAmount(f.amount * 1e6)}株`;
    if (f.of_usd_bn !== null) return `${moneyJa(f.of_usd_bn)}のうち${v}支払い済み`;
    return { '': v, about: `約${v}`, 'up to': `最大${v}`, 'at least': `${v}以上` }[f.approx];
  },
  amountShort(f) {
    if (f.amount !== null && f.of_usd_bn !== null) return `${moneyJa(f.amount)}支払い済み`;
    // Billions without the currency word where even the amount has no room: 約1,350億.
    return ja.amount(f).replace(/億ドル$/, '億');
  },
  amountLong(f) {
    if (f.amount === null) return '金額は非公表';
    const v =
      f.unit === 'usd_bn'
        ? moneyJa(f.amount)
        : f.unit === 'gw'
          ? `${num(f.amount)}ギガワット`
          : `${jaAmount(f.amount * 1e6)}株`;
    if (f.of_usd_bn !== null) return `約束した${moneyJa(f.of_usd_bn)}のうち${v}を支払い済み`;
    return { '': v, about: `約${v}`, 'up to': `最大${v}`, 'at least': `${v}以上` }[f.approx];
  },
  neverSigned: (label) => `${label}：結局、契約されず`,
  neverSignedShort: '契約されず',

  flows: {
    'msft-openai-funding': {
      date: '2019年〜2025年9月',
      detail: (f) =>
        `マイクロソフトは2019〜2023年に${moneyJa(f.of_usd_bn ?? 0)}を約束し、2025年9月30日までにそのうち${moneyJa(f.amount ?? 0)}を払い込んだ`
    },
    'openai-azure-contract': {
      date: '2025年10月28日',
      detail: (f) =>
        `提携の見直しに合わせて、オープンAIが追加で契約したAzureのクラウドサービス${moneyJa(f.amount ?? 0)}`
    },
    'buyers-nvidia-revenue': {
      date: '2026年度',
      label: (a) => `${a}（すべての買い手から）`,
      detail: () =>
        'エヌビディアのデータセンター事業の2026年度（2025年2月〜2026年1月）の売上で、すべての顧客を合わせたもの。どこか1社からのものではない'
    },
    'nvidia-market-value': {
      date: '2026年9月18日',
      label: (a) => `時価総額${a}`,
      detail: () => '2026年9月18日の終値でのエヌビディアの全株式の価値。値段であって、現金ではない'
    },
    'nvidia-openai-loi': {
      date: '2025年9月22日',
      detail: (f) =>
        `基本合意書：エヌビディアは、システムの導入に合わせてオープンAIに最大${moneyJa(f.amount ?? 0)}を投資する`
    },
    'openai-nvidia-systems': {
      date: '2025年9月22日',
      detail: (f) =>
        `オープンAIは${num(f.amount ?? 0)}ギガワット以上のエヌビディアのシステムを導入する。金額は非公表`
    },
    'openai-oracle-contract': {
      date: '2025年7〜9月',
      detail: (f) => `報道によると、2027年からおよそ5年間のオラクルの計算能力で、約${moneyJa(f.amount ?? 0)}`
    },
    'openai-amd-gpus': {
      date: '2025年10月6日',
      detail: (f) =>
        `${num(f.amount ?? 0)}ギガワット分のAMDの半導体。AMDの最高財務責任者によると、AMDにとって「数百億ドル」の売上になる`
    },
    'amd-openai-warrant': {
      date: '2025年10月6日',
      detail: (f) =>
        `AMD株を1株1セントで最大${jaAmount((f.amount ?? 0) * 1e6)}株買えるワラント。半導体の導入とAMDの株価の上昇に応じて権利が確定する`
    },
    'openai-coreweave-contracts': {
      date: '2025年3〜9月',
      detail: (f) => `2025年に結んだ3つの契約で、合計${moneyJa(f.amount ?? 0)}`
    },
    'nvidia-coreweave-backstop': {
      date: '2025年9月',
      label: (a) => `${a}の注文`,
      detail: (f) =>
        `2032年4月まで、コアウィーブの売れ残った計算能力をエヌビディアが買い取る義務を負う${moneyJa(f.amount ?? 0)}の注文`
    },
    'nvidia-coreweave-shares': {
      date: '2026年1月',
      label: (a) => `${a}の株式`,
      detail: (f) => `エヌビディアは${moneyJa(f.amount ?? 0)}分のコアウィーブ株を買った`
    },
    'coreweave-nvidia-gpus': {
      date: '2025年',
      label: () => 'GPU',
      detail: () => 'コアウィーブはエヌビディアの半導体を買う。金額は非公表'
    },
    'nvidia-openai-stake': {
      date: '2026年2〜3月',
      detail: (f) =>
        `契約されなかった基本合意書に代わる、オープンAIの資金調達へのエヌビディアの${moneyJa(f.amount ?? 0)}`
    },
    'amazon-openai-stake': {
      date: '2026年2〜3月',
      detail: (f) =>
        `同じ資金調達へのアマゾンの${moneyJa(f.amount ?? 0)}。大半は上場などの条件を満たしたときにだけ払われる`
    },
    'softbank-openai-stake': {
      date: '2026年2〜3月',
      detail: (f) => `同じ資金調達へのソフトバンクグループの${moneyJa(f.amount ?? 0)}`
    },
    'openai-msft-stake-value': {
      date: '2025年10月28日',
      label: (a) => `${a}の持ち分`,
      detail: (f) =>
        `マイクロソフトが持つオープンAIの約27%の株式。オープンAIの資本再編の際に約${moneyJa(f.amount ?? 0)}と評価された。時価であり、現金は動いていない`
    }
  },

  flowLine: (from, to, label, date) => `${from}→${to}：${label}（${date}）`,
  into: (froms, to) => `${froms.join('、')}→${to}`,
  compact: (parts) => `新たに：${parts.join('。')}`,
  opening: 'AIブームでは誰が誰に払っているのか。ステップごとに次の取引が加わる。',
  circle: '同じドルが3回数えられる：投資として、売上として、時価総額として。',

  panel: {
    headline: 'オープンAIの1年あたりの額：買うと約束した計算能力と、稼いでいる額',
    commitments: (total, years) =>
      `計算能力の購入の約束：約${num(years)}年で${moneyJa(total)}（アルトマン氏、2025年11月）`,
    plan: (total, first, last) => `計算能力の計画：${first}〜${last}年に${moneyJa(total)}（2026年2月の報道）`,
    revenue: '売上（2025年）',
    loss: '営業損失（2025年）',
    commitmentsShort: (total, years) => `約${num(years)}年で${moneyJa(total)}`,
    planShort: (total, first, last) => `${first}〜${last}年に${moneyJa(total)}`,
    revenueShort: '売上 2025年',
    lossShort: '損失 2025年',
    perYear: (v, approx) => `年${approx ? '約' : ''}${money1Ja(v)}`,
    amount: (v, approx) => `${approx ? '約' : ''}${money1Ja(v)}`,
    gap: (low, high) =>
      `この支払いを稼ぎでまかなうには、売上が${range(timesJa(low), timesJa(high), 'ja')}に増える必要がある`,
    note: (total, years, plan, planYears) =>
      `1年あたりの額は、総額÷対象の年数（${moneyJa(total)}÷${num(years)}、${moneyJa(plan)}÷${num(planYears)}）。売上と損失は、フィナンシャル・タイムズが報じた監査済みの決算。約束は発表された総額で、支払われた債務ではない。`
  },

  describe: {
    intro:
      'マイクロソフト、オープンAI、クラウドと半導体の買い手、エヌビディア、その株主、そしてステップごとにオラクル、AMD、コアウィーブ、アマゾン、ソフトバンクグループの間でお金がどう動くかを示す図です。実線の矢印は支払われたお金、破線は契約、点線は基本合意書、一点鎖線は現金ではなく時価総額です。',
    none: 'まだ流れは描かれていません。',
    flow: (from, to, amount, date, kind, detail) =>
      `${from}から${to}へ、${amount}（${date}、${kind}）：${detail}。`,
    flowSuperseded: (from, to, amount, date, kind, detail) =>
      `${from}から${to}へ、${amount}（${date}、${kind}、結局契約されず、置き換えられた）：${detail}。`,
    fresh: (lines) => `このステップで新たに加わったもの：${lines}`,
    old: (items) => `すでに描かれているもの：${items.join('、')}。`,
    oldItem: (from, to, label, superseded) =>
      `${from}から${to}への${label}${superseded ? '（契約されず）' : ''}`,
    panel: (commitments, plan, revenue, loss, low, high) =>
      `図は、同じ目盛りで1年あたりの額を並べた棒グラフに変わります。オープンAIが約束した計算能力の購入は、約${num(commitments.years)}年で約${moneyJa(commitments.total)}、1年あたり約${moneyJa(commitments.perYear)}です。${plan.first}〜${plan.last}年の計画の${moneyJa(plan.total)}は、1年あたり${moneyJa(plan.perYear)}です。これに対して、2025年の売上は${money1Ja(revenue)}、営業損失は${money1Ja(loss)}でした。こうした支払いを稼ぎでまかなうには、売上が${range(timesJa(low), timesJa(high), 'ja')}に増える必要があります。`,
    circle: (items) =>
      `円が強調されます：${items.join('、')}。円は、マイクロソフトが持つオープンAIの株式で閉じます。支払いではなく、評価額です。同じドルが、投資として、売上として、時価総額として数えられています。`,
    circleItem: (from, to, label) => `${from}から${to}へ（${label}）`
  },

  table: {
    columns: [
      'ステップ',
      '出発点',
      '行き先',
      '種類',
      '金額',
      '単位',
      '総額のうち（10億ドル）',
      '図の表記',
      '日付',
      '内容',
      '出典'
    ],
    units: { usd_bn: '10億ドル', gw: 'ギガワット', shares_m: '100万株', '': '' },
    neverSigned: '結局契約されず、置き換えられた',
    panelKinds: { actual: '実績', plan: '計画', commitment: '約束' },
    financial: {
      'revenue-2025': '売上（2025年）',
      'operating-loss-2025': '営業損失（2025年）',
      'compute-plan-2030': '計算能力への支出の計画',
      'compute-commitments': '計算能力の購入の約束（アルトマン氏）'
    },
    perYear: (years, perYear) => `${num(years)}年、1年あたり${moneyJa(perYear)}`
  },

  note: (nvidiaRevenue) =>
    `金額は見出しの数字。多くは上限額や複数年の合計で、流れは重なり合うため、足し合わせてはいけない。時価総額は現金ではない。エヌビディアの${moneyJa(nvidiaRevenue)}は、すべての顧客からのデータセンター事業の売上。`
};

export const strings = { en, ja } satisfies ChartStrings<LoopStrings>;

/** The words of an edition. */
export const stringsFor = (locale: Locale): LoopStrings => strings[locale];

/**
 * The label of a flow's arrow and shorter forms of it, longest first. A replaced letter keeps
 * one label saying so, on its money; its companion arrow needs none.
 */
export function flowLabels(t: LoopStrings, f: Flow, superseded = false): string[] {
  const amount = t.amount(f);
  if (superseded) return f.unit === 'usd_bn' ? [t.neverSigned(amount), t.neverSignedShort] : [];
  const w = flowWords(t, f.id);
  return [...new Set([w.label ? w.label(amount) : amount, amount, t.amountShort(f)])].filter(Boolean);
}

/** The words for a flow, or an error naming it (a flow added to the data needs its words). */
export function flowWords(t: LoopStrings, id: string): FlowWords {
  const w = t.flows[id];
  if (!w) throw new Error(`the-loop/strings.ts: no words for flow "${id}"`);
  return w;
}
