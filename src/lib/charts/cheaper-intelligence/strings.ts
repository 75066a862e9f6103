import { japaneseFor } from '$lib/charts/locales';
import type { ChartStrings } from '$lib/charts/types';
import type { PriceRow } from './data';

/** The words of cheaper-intelligence, per edition. Figures and dates arrive formatted. */
const en = {
  note: 'List prices in early 2025 (R1 input at the cache-miss rate); both later changed.',
  titleTokens: (budget: string) => `Output tokens that ${budget} buys at list price`,
  titlePrice: 'API list price, US$ per million tokens',
  /** On compact frames: what the bars measure, and when. */
  subtitleShort: (title: string, month: string) => `${title}, ${month}`,
  subtitle: (month: string) => `OpenAI o1 vs DeepSeek-R1 (deepseek-reasoner), prices as of ${month}`,
  model: (r: PriceRow) => r.model as string,
  /** On phones, where the subtitle has already named the companies. */
  modelShort: (r: PriceRow) => r.model as string,
  bar: (model: string, kind: 'input' | 'output', cacheMiss: boolean) =>
    `${model}, ${kind}${cacheMiss ? ' (cache miss)' : ''}`,
  tokensBar: (model: string) => `${model}, output tokens`,
  /** Millions of tokens, formatted: "1.67" → "1.67 million". */
  tokens: (millions: string) => `${millions} million`,
  ratioTiny: (input: string, output: string) => `R1: ${input} and ${output} of o1's prices`,
  ratio: (input: string, output: string, about: string) =>
    `R1's price is ${input} of o1's for input and ${output} for output: about ${about}.`,
  ratioTokens: (budget: string, times: string) => `The same ${budget} buys about ${times} as many R1 tokens.`,
  caveatHead: 'A price, not a training cost.',
  caveatV3:
    "DeepSeek's widely quoted ~$5.6 million is one final training run of V3 on 2,048 H800 chips, priced at an assumed $2 per GPU-hour, leaving out research and earlier runs. OpenAI publishes no training cost.",
  caveatDates: 'Both companies changed these list prices later in 2025.',
  describe: {
    price: (input: string, output: string) =>
      `Bars show API list prices per million tokens in early 2025: OpenAI o1 ${input} for input and ${output} for output.`,
    both: (input: string, output: string, inPct: string, outPct: string, about: string) =>
      `DeepSeek-R1 charged ${input} (input, cache miss) and ${output} (output): ${inPct} and ${outPct} of o1's prices, about ${about}.`,
    tokens: (budget: string, o1: string, r1: string, times: string) =>
      `Bars show how many output tokens ${budget} bought at those list prices: ${o1} million from o1, ${r1} million from R1, about ${times} as many.`,
    caveat:
      "The bars are dimmed beside a note: these are prices, not training costs. DeepSeek's quoted ~$5.6 million covers one final training run of V3 on 2,048 H800 chips, priced at an assumed $2 per GPU-hour, excluding research and earlier runs; OpenAI publishes no training cost. Both price lists changed later in 2025."
  },
  /** A row's basis, as the data file words it. */
  basis: (s: string) => s,
  columns: [
    'Model',
    'API name',
    'Price as of',
    'Input (US$ per million tokens)',
    'Output (US$ per million tokens)',
    'Basis'
  ]
};

/** The rows' bases in Japanese (the data files keep them in English), by the English. */
const JA_BASIS: Record<string, string> = {
  'List price per million tokens, Jan–Aug 2025': '100万トークンあたりの表示価格（2025年1〜8月）',
  'List price per million tokens (input on cache miss), Jan–Aug 2025':
    '100万トークンあたりの表示価格（入力はキャッシュミス時の価格）、2025年1〜8月'
};

export const strings = {
  en,
  ja: {
    note: '2025年初めの公表料金（R1の入力はキャッシュミス時の料金）。どちらも後に変更された。',
    titleTokens: (budget) => `${budget}で買える出力トークン（公表料金）`,
    titlePrice: 'APIの公表料金（100万トークンあたりのドル）',
    subtitleShort: (title, month) => `${title}、${month}`,
    subtitle: (month) => `オープンAIのo1とディープシークのR1（deepseek-reasoner）、${month}時点の料金`,
    model: (r) => (r.model === 'OpenAI o1' ? 'オープンAIのo1' : 'ディープシークのR1'),
    modelShort: (r) => (r.model === 'OpenAI o1' ? 'o1' : 'R1'),
    bar: (model, kind, cacheMiss) =>
      `${model}：${kind === 'input' ? '入力' : '出力'}${cacheMiss ? '（キャッシュミス時）' : ''}`,
    tokensBar: (model) => `${model}：出力トークン`,
    tokens: (millions) => millions,
    ratioTiny: (input, output) => `R1：o1の料金の${input}と${output}`,
    ratio: (input, output, about) => `R1の料金は、入力でo1の${input}、出力で${output}：約${about}。`,
    ratioTokens: (budget, times) => `同じ${budget}で、R1なら約${times}のトークンが買える。`,
    caveatHead: '値段であって、学習の費用ではない。',
    caveatV3:
      'よく引用されるディープシークの約560万ドルは、H800を2,048個使ったV3の最後の学習1回分で、GPU1時間あたり2ドルと仮定した計算。研究やそれ以前の学習は含まない。オープンAIは学習の費用を公表していない。',
    caveatDates: '両社とも、2025年のうちにこの公表料金を変更した。',
    describe: {
      price: (input, output) =>
        `棒は、2025年初めのAPIの公表料金（100万トークンあたり）です。オープンAIのo1は、入力が${input}、出力が${output}です。`,
      both: (input, output, inPct, outPct, about) =>
        `ディープシークのR1は${input}（入力、キャッシュミス時）と${output}（出力）で、o1の料金の${inPct}と${outPct}、約${about}です。`,
      tokens: (budget, o1, r1, times) =>
        `棒は、その公表料金で${budget}あたり買えた出力トークンの量です。o1なら${o1}、R1なら${r1}で、約${times}になります。`,
      caveat:
        '棒が薄くなり、注記が重なります。これは値段であって、学習の費用ではありません。よく引用されるディープシークの約560万ドルは、H800を2,048個使ったV3の最後の学習1回分だけで、GPU1時間あたり2ドルと仮定して計算したものです。研究やそれ以前の学習は含みません。オープンAIは学習の費用を公表していません。どちらの料金表も、2025年のうちに変わりました。'
    },
    basis: japaneseFor('cheaper-intelligence', 'basis', JA_BASIS),
    columns: [
      'モデル',
      'API名',
      '料金の時点',
      '入力（100万トークンあたりのドル）',
      '出力（100万トークンあたりのドル）',
      '根拠'
    ]
  }
} satisfies ChartStrings<typeof en>;
