import type { ChartStrings } from '$lib/charts/types';

/** The words of compute-per-chip, per edition. Figures arrive formatted (format.ts, same locale). */
const en = {
  note: 'Data-sheet peaks (dense, no sparsity) as listed by Epoch AI, CC BY 4.0; one point per chip.',
  title: 'Peak throughput per AI chip, by release date',
  subtitleShort: 'Dense 16-bit (FP16/BF16) unless marked. Log scale: each gridline ×10',
  subtitle:
    'Dense 16-bit (FP16/BF16) figures unless marked. Log scale: each gridline is 10× the one below; 1 PFLOP/s = a million billion operations a second.',
  /** Operations per second, given the count formatted by format.ts's si(). */
  flopsUnit: 'FLOP/s',
  chip: (name: string, value: string) => `${name}: ${value}`,
  multiple: (multiple: string, years: string) => `B200 vs V100: ${multiple} in ${years} years`,
  china: (share: string) =>
    `H20, built for China under the 2023 rules: ${share} of the H100's FP16 rate. Blue: Huawei.`,
  gpt3: 'GPT-3 (2020) was trained on V100s',
  describe: {
    intro: (n: number, from: string, to: string) =>
      `Dots on a logarithmic scale show the peak dense FP16/BF16 throughput of ${n} data-centre AI chips released from ${from} to ${to}, from Epoch AI's hardware database.`,
    /** "V100 (2017) 125 TFLOP/s" */
    named: (chip: string, year: string, value: string) => `${chip} (${year}) ${value}`,
    namedList: (items: string[]) => `Named: ${items.join('; ')}.`,
    chatgpt: 'A dashed line marks the launch of ChatGPT on 30 November 2022.',
    multiple: (multiple: string, years: string) =>
      `The B200 does about ${multiple} the V100's figure, ${years} years later.`,
    china: (chips: string, share: string) =>
      `Highlighted are the versions NVIDIA made for China under US export rules (${chips}); the H20 reaches ${share} of the H100's FP16 rate. Huawei's Ascend chips are shown for comparison.`,
    /** One chip's figures at each precision it has: "H100 989 TFLOP/s at FP16, 1.98 PFLOP/s at FP8". */
    precisions: (chip: string, fp16: string, fp8: string | null, fp4: string | null) =>
      `${chip} ${fp16} at FP16${fp8 ? `, ${fp8} at FP8` : ''}${fp4 ? `, ${fp4} at FP4` : ''}`,
    precisionList: (items: string[]) =>
      `Rings and squares add the same chips' FP8 and FP4 figures: ${items.join('; ')}. Fewer bits per number means more operations per second, not the same work done faster.`
  },
  columns: [
    'Chip',
    'Maker',
    'Release date',
    'FP16/BF16 (TFLOP/s)',
    'FP8 (TFLOP/s)',
    'FP4 (TFLOP/s)',
    'TDP (W)',
    'Name in Epoch AI database'
  ],
  maker: (name: string) => name
};

const MAKERS: Record<string, string> = {
  NVIDIA: 'エヌビディア',
  Google: 'グーグル',
  AMD: 'AMD',
  Intel: 'インテル',
  'Amazon AWS': 'アマゾン（AWS）',
  Microsoft: 'マイクロソフト',
  Huawei: 'ファーウェイ'
};

export const strings = {
  en,
  ja: {
    note: 'エポックAIが掲載する仕様上のピーク性能（密行列、スパース性なし）、CC BY 4.0。点1つが半導体1種類。',
    title: 'AI半導体1個のピーク性能（発売時期別）',
    subtitleShort: '印のない点は16ビット（FP16/BF16）。対数目盛り：線1本ごとに10倍',
    subtitle:
      '印のない点は16ビット（FP16/BF16）での値。対数目盛りで、目盛り線が1本上がるごとに10倍。1秒あたりの計算回数で示す。',
    flopsUnit: '回/秒',
    chip: (name, value) => `${name}：${value}`,
    multiple: (multiple, years) => `B200はV100の${multiple}（${years}年で）`,
    china: (share) => `H20（2023年の規制に合わせた中国向け）：H100のFP16性能の${share}。青はファーウェイ。`,
    gpt3: 'GPT-3（2020年）はV100で学習',
    describe: {
      intro: (n, from, to) =>
        `対数目盛りの点は、エポックAIのハードウェア・データベースにある、データセンター向けAI半導体${n}種類の16ビット（FP16/BF16）でのピーク性能です。発売は${from}年から${to}までです。`,
      named: (chip, year, value) => `${chip}（${year}年）は1秒に${value}`,
      namedList: (items) => `${items.join('、')}です。`,
      chatgpt: '破線は、2022年11月30日のChatGPTの公開を示します。',
      multiple: (multiple, years) => `B200の値はV100の約${multiple}で、${years}年後のことです。`,
      china: (chips, share) =>
        `エヌビディアが米国の輸出規制に合わせて中国向けにつくった半導体（${chips}）が強調されます。H20の性能は、FP16でH100の${share}です。ファーウェイのAscendは比較のために示しています。`,
      precisions: (chip, fp16, fp8, fp4) =>
        `${chip}はFP16で1秒に${fp16}${fp8 ? `、FP8で${fp8}` : ''}${fp4 ? `、FP4で${fp4}` : ''}`,
      precisionList: (items) =>
        `輪と四角で、同じ半導体のFP8とFP4での値が加わります。${items.join('、')}です。数値のビット数が少ないほど1秒あたりの計算回数は増えますが、同じ仕事が速く終わるという意味ではありません。`
    },
    columns: [
      '半導体',
      'メーカー',
      '発売日',
      'FP16/BF16（TFLOP/s）',
      'FP8（TFLOP/s）',
      'FP4（TFLOP/s）',
      '熱設計電力（W）',
      'エポックAIのデータベースでの名称'
    ],
    maker: (name) => MAKERS[name] ?? name
  }
} satisfies ChartStrings<typeof en>;
