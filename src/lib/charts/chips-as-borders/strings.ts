import type { ChartStrings } from '$lib/charts/types';
import type { Locale } from '$lib/locale';
import type { BordersData, Control, Subsidy } from './data';
import type { BordersState } from './states';

/**
 * Every user-visible string of the chart's own (the names, amounts and details of programmes and
 * rules are data, in content/data/): titles, place names, arc labels, keys, note, table and the
 * text alternative. Sentences are functions of their (already formatted) parts. The layout and
 * describe() read them through `state.locale`.
 */
const en = {
  titles: {
    programmes: 'Public money for chips, by programme',
    restrict: 'US export controls on AI chips: the bans',
    bargain: 'US export controls: from bans to bargains'
  } as Record<BordersState['list'], string>,
  /** Place names on the map, by ISO numeric code (EU for the Union). */
  places: {
    '840': 'US',
    EU: 'EU',
    '156': 'China',
    '356': 'India',
    '392': 'Japan',
    '410': 'S. Korea',
    '158': 'Taiwan'
  } as Record<string, string>,
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** "Nov 2024". */
  monthYear: (month: string, year: number) => `${month} ${year}`,
  arc: {
    out: 'chips and tools: restricted',
    outShort: 'export controls',
    back: '15–25% of sales to Washington',
    backShort: '15–25% to Washington',
    backTiny: '15–25% of sales'
  },
  /** A programme's amount in dollars, approximate: "≈ $52.7B". */
  approx: (usd: string) => `≈ ${usd}`,
  /** "Japan · more than ¥10 trillion · Nov 2024". */
  programmeLine: (country: string, amount: string, date: string) => `${country} · ${amount} · ${date}`,
  /** "Japan · ¥10tn+ · 2024". */
  programmeShort: (name: string, amount: string, year: string) => `${name} · ${amount} · ${year}`,
  /** A rule in the timeline: "Jan 2026 · Licence and tariff". */
  controlHead: (date: string, label: string) => `${date} · ${label}`,
  key: 'Dashed: targets or packages that count private money or loans. Not like-for-like.',
  keyShort: 'Dashed: counts private money or loans',
  note: 'Not like-for-like; dollars at the announcement-date rate; each row’s source in the data table.',
  table: {
    columns: [
      'Kind',
      'Country / actor',
      'Date',
      'Item',
      'Amount (local)',
      'Amount (US$ billion)',
      'Exchange rate',
      'Detail',
      'Source id'
    ],
    subsidy: 'Subsidy',
    exportControl: 'Export control',
    importBlock: 'China’s response',
    detail: (kind: string, basis: string) => `${kind}. ${basis}`,
    /** Who acts in a timeline row, as the data names it. */
    actor: (actor: string) => actor
  },
  /** The data's own words (programmes, amounts, rules) in the edition's language; English as in the data files. */
  localize: (d: BordersData): BordersData => d,
  describe: {
    empty: 'A world map with no country highlighted yet.',
    programmes: (countries: readonly string[], items: readonly string[]) =>
      `A world map highlights ${countries.join(', ')}. The list under it ranks the programmes in dollars: ${items.join('; ')}.`,
    programme: (
      country: string,
      programme: string,
      date: string,
      amount: string,
      usd: string,
      kind: string
    ) => `${country}, ${programme} (${date}): ${amount}, about ${usd}, ${kind}`,
    notAlike:
      'The amounts are not like-for-like: some are targets that count private money, and some packages are mostly loans.',
    restrict:
      'A world map shows the United States and China, with an arrow from the US to China for export controls on AI chips and chipmaking tools.',
    bargain:
      'A world map shows the United States and China: the export-control arrow now has a dashed arrow coming back, for the share of chip sales paid to the US government.',
    timeline: (items: readonly string[]) => `Timeline: ${items.join('; ')}.`,
    control: (date: string, label: string, detail: string) => `${date}, ${label}: ${detail}`
  }
};

export type Strings = typeof en;

/** The subsidy rows' words in Japanese (content/data/chip_subsidies.csv, by id). */
const JA_SUBSIDY: Record<string, Partial<Subsidy>> = {
  'us-chips-act': {
    country: '米国',
    short_name: '米国',
    programme: 'CHIPS・科学法',
    amount_local: '527億ドル',
    amount_short: '527億ドル',
    fx: 'ドル建て（換算なし）',
    basis:
      '製造の奨励金390億ドル、研究開発と人材132億ドル、国際基金5億ドル。ほかに25%の投資税額控除（2026年から35%）'
  },
  'eu-chips-act': {
    country: 'EU',
    short_name: 'EU',
    programme: '欧州半導体法',
    amount_local: '430億ユーロ',
    amount_short: '430億ユーロ',
    fx: '1ユーロ＝1.0664ドル（2023年9月21日）',
    basis: '呼び込む官民の投資額。EU予算から出るのは33億ユーロ（35億ドル）だけ'
  },
  'japan-ai-semis': {
    country: '日本',
    short_name: '日本',
    programme: 'AI・半導体産業基盤強化フレーム',
    amount_local: '10兆円以上',
    amount_short: '10兆円超',
    fx: '1ドル＝154.73円（2024年11月12日）',
    basis: '10年間で50兆円の官民の資金を呼び込むことを目指す'
  },
  'korea-package': {
    country: '韓国',
    short_name: '韓国',
    programme: '半導体支援策',
    amount_local: '33兆ウォン',
    amount_short: '33兆ウォン',
    fx: 'ロイター通信の換算による（1ドル＝約1,419ウォン）',
    basis: '26兆ウォン（2024年5月、うち17兆ウォンは低利融資）から拡大'
  },
  'china-big-fund-3': {
    country: '中国',
    short_name: '中国',
    programme: '国家集積回路産業投資基金（第3期）',
    amount_local: '3,440億元',
    amount_short: '3,440億元',
    fx: '1ドル＝7.2425元（2024年5月24日）',
    basis: '国家集積回路産業投資基金・第3期の登録資本金'
  },
  'taiwan-chip-program': {
    country: '台湾',
    short_name: '台湾',
    programme: '半導体を基盤とする産業革新計画',
    amount_local: '3,000億台湾ドル',
    amount_short: '3,000億台湾ドル',
    fx: '台湾行政院の発表による',
    basis: 'ほかに研究開発費の25%と先端工程の設備の5%の税額控除'
  },
  'india-ism': {
    country: 'インド',
    short_name: 'インド',
    programme: 'インド半導体ミッション',
    amount_local: '7,600億ルピー',
    amount_short: '7,600億ルピー',
    fx: '1ドル＝約76ルピー（広く報じられたレート）',
    basis:
      '第1期。第2期（ISM 2.0、2026年2月1日発表）の1兆2,500億ルピーは、2026年6月30日ごろに歳出財政委員会が了承し閣議に送られた。2026年11月までに閣議決定は見つからなかった'
  }
};

/** What each programme's amount is (the data's `kind`), in Japanese. */
const JA_KIND: Record<string, string> = {
  'grants and R&D': '補助金と研究開発',
  'target to mobilise': '呼び込む目標額',
  'public support to FY2030': '2030年度までの公的支援',
  'package incl. loans': '融資を含む支援策',
  'state fund capital': '国の基金の資本金',
  'budget 2024–2033': '2024〜2033年の予算',
  'programme outlay': '計画の支出額'
};

/** The export-control rows' words in Japanese (content/data/us_export_controls.csv, by id). */
const JA_CONTROL: Record<string, Partial<Control>> = {
  'rule-2022': {
    label: '最初の半導体規則',
    detail: '最先端のAI半導体（A100・H100級）と製造装置の中国向けを禁止'
  },
  'rule-2023': { label: '基準を厳格化', detail: '新しい性能基準で、中国向けのA800とH800も対象に' },
  'rule-2024': {
    label: 'メモリーと装置',
    detail: '広帯域メモリー、24種類の装置、140社を「エンティティー・リスト」に追加'
  },
  'diffusion-2025': {
    label: 'AI拡散規則',
    detail: 'AI半導体について国を3段階に分ける。発効前の2025年5月13日に撤回'
  },
  'h20-2025': {
    label: 'H20に許可が必要に',
    detail: 'エヌビディアは45億ドルの損失を計上。AMDのMI308も同じ扱い'
  },
  'revenue-share-2025': {
    label: '15%を米政府へ',
    detail: 'H20とMI308の中国向け販売が再開。メーカーはその売上の15%を米政府に払う'
  },
  'affiliates-pause-2025': {
    label: '関連会社規則を停止',
    detail:
      '規制対象企業が半分以上を持つ会社にも禁止を広げる規則（2025年9月29日）を、2026年11月9日まで停止。その後どうなったかは見つからなかった'
  },
  'h200-2025': {
    label: 'H200は25%で',
    detail: '承認された中国の買い手へのH200の販売を、25%を米国に払う条件で認める'
  },
  'rule-2026': {
    label: '許可制と関税',
    detail: '個別審査の許可（中国向けの量は米国向けの半分まで）と、通商拡大法232条による25%の関税'
  },
  'china-block-2026': { label: '中国は拒否', detail: '中国の税関がH200の輸入を止める（報道）' },
  'china-approves-2026': {
    label: '中国が一部を容認',
    detail: 'バイトダンス、アリババ、テンセント向けに最初のH200の輸入を承認。一部は条件付き（報道）'
  }
};

export const strings = {
  en,
  ja: {
    titles: {
      programmes: '半導体への公的資金（計画ごと）',
      restrict: '米国のAI半導体の輸出規制：禁止',
      bargain: '米国の輸出規制：禁止から取引へ'
    } as Record<BordersState['list'], string>,
    places: {
      '840': '米国',
      EU: 'EU',
      '156': '中国',
      '356': 'インド',
      '392': '日本',
      '410': '韓国',
      '158': '台湾'
    } as Record<string, string>,
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    monthYear: (month, year) => `${year}年${month}`,
    arc: {
      out: '半導体と装置：規制',
      outShort: '輸出規制',
      back: '売上の15〜25%を米政府へ',
      backShort: '15〜25%を米政府へ',
      backTiny: '売上の15〜25%'
    },
    approx: (usd) => `約${usd}`,
    programmeLine: (country, amount, date) => `${country}・${amount}・${date}`,
    programmeShort: (name, amount, year) => `${name}・${amount}・${year}年`,
    controlHead: (date, label) => `${date}・${label}`,
    key: '破線：民間の資金や融資を含む目標額や支援策。同じ基準の比較ではない。',
    keyShort: '破線：民間資金や融資を含む',
    note: '同じ基準の比較ではない。ドル換算は発表日のレート。各行の出典はデータ表に。',
    table: {
      columns: [
        '種類',
        '国・主体',
        '日付',
        '項目',
        '金額（現地通貨）',
        '金額（10億ドル）',
        '為替レート',
        '詳細',
        '出典ID'
      ],
      subsidy: '補助金',
      exportControl: '輸出規制',
      importBlock: '中国の対応',
      detail: (kind, basis) => `${JA_KIND[kind] ?? kind}。${basis}`,
      actor: (actor) => ({ 'United States': '米国', China: '中国' })[actor] ?? actor
    },
    localize: (d) => ({
      ...d,
      subsidies: d.subsidies.map((s) => ({ ...s, ...JA_SUBSIDY[s.id] })),
      controls: d.controls.map((c) => ({ ...c, ...JA_CONTROL[c.id] }))
    }),
    describe: {
      empty: 'まだどの国も強調されていない世界地図です。',
      programmes: (countries, items) =>
        `世界地図で${countries.join('、')}が強調されています。下の一覧は、計画をドル換算の額の順に並べています。${items.join('、')}。`,
      programme: (country, programme, date, amount, usd, kind) =>
        `${country}の${programme}（${date}）：${amount}、約${usd}、${JA_KIND[kind] ?? kind}`,
      notAlike:
        '金額は同じ基準の比較ではありません。民間の資金を含む目標額もあれば、大半が融資の支援策もあります。',
      restrict:
        '世界地図に米国と中国が示され、AI半導体と製造装置の輸出規制を表す矢印が米国から中国へ向かいます。',
      bargain:
        '世界地図に米国と中国が示され、輸出規制の矢印に、米政府に払われる半導体の売上の分け前を表す破線の矢印が戻ってきます。',
      timeline: (items) => `年表：${items.join('。')}。`,
      control: (date, label, detail) => `${date}、${label}：${detail}`
    }
  }
} satisfies ChartStrings<Strings>;

/** The strings of an edition. */
export const stringsFor = (locale: Locale): Strings => strings[locale];
