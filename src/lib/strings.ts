import { useLocale, type Locale } from './locale';

/**
 * Every user-interface string, in one place, per language, so that the Japanese edition is a
 * translation of this file and of content/ja/ — not a hunt through components. A component
 * takes its language's set with `const t = useStrings();` (the page sets the locale).
 */
const en = {
  siteTitle: 'The AI boom, followed by the money',
  dek: 'How a story about artificial intelligence became a financial engine, what that engine costs, and what it leaves behind whatever happens to the bubble.',
  contents: 'Contents',
  skipToContent: 'Skip to the article',
  notes: 'Notes',
  allNotes: 'All notes for this chapter',
  sourceDialog: 'Source',
  sourceN: 'Source',
  source: 'Source',
  andMore: (n: number) => `and ${n} more`,
  dataAndDownloads: 'Data and downloads',
  dataPage: 'The numbers as a table, every source and each step as an image',
  downloadCsv: 'Download the data (CSV)',
  chartLabel: 'Chart',
  minutes: (n: number) => `${n} min`,
  theme: 'Theme',
  themeSystem: 'as your system',
  themeLight: 'light',
  themeDark: 'dark',
  charts: 'Charts',
  chartsMoving: 'moving with the text',
  chartsStill: 'still, one per step',
  keysHint: 'Keys: J next step, K previous step.',
  resumeLead: 'You were reading',
  resumeForget: 'Forget my place',
  forTeachers: 'For teachers and readers',
  presenter: 'Present it',
  teachingGuide: 'Teaching guide',
  handout: 'Handout',
  glossary: 'Glossary',
  sourcesMethods: 'Sources & methods',
  howToCite: 'How to cite',
  backToArticle: 'Back to the article',
  dataPageDescription: 'The numbers, sources and downloads behind a chart of the article:',
  downloads: 'Downloads',
  sources: 'Sources',
  stepImage: 'Image of the step',
  theNumbers: 'The numbers',
  dateline: (published: string, asOf: string) => `Published ${published} · figures as of ${asOf}`,
  dataAsOf: (date: string) => `Data as of ${date}.`,
  credit: 'Credit',
  checkLabel: 'A check',
  checkSaid: 'Often said:',
  checkRecord: 'The record:',
  csvWithheld: 'The data’s licence does not allow us to offer it for download; follow the source to get it.',
  secondary: 'Reported by secondary sources; primary not read by us.',
  derived: 'Derived by us from the source’s data.',
  // The other edition: the switch is written in the language it leads to (strings[other]).
  editionName: 'English',
  editionSwitchLabel: 'Read this in English',
  /** A chapter's number before its title: "2." (the title follows). */
  chapterNumber: (n: number) => `${n}.`,
  /** A chapter's label in one line: "2. Machine". */
  chapterLabel: (n: number | undefined, title: string) => (n ? `${n}. ${title}` : title),
  // Share pages (/s/…)
  readChapterInArticle: 'Read the chapter in the article →',
  readStepInArticle: 'Read it in the article →',
  stepAsImage: 'This step as an image:',
  chartsDataCsv: 'the chart’s data:',
  numbersAndSources: 'the numbers and every source',
  otherSteps: 'Other steps',
  previousStep: '← Previous step',
  nextStep: 'Next step →',
  noteN: (n: number) => `Note ${n}`,
  sourcesLine: (names: string[], more: number) =>
    `${names.length + more > 1 ? 'Sources' : 'Source'}: ${names.join('; ')}${more ? ` and ${more} more` : ''}`,
  // Data pages (/tables/…)
  theData: (title: string) => `${title}: the data`,
  rows: (n: number) => `${n} rows`,
  qrLabel: (url: string) => `QR code to this step in the article: ${url}`,
  // Punctuation around lists in running text
  colon: ': ',
  listSep: '; ',
  stop: '.'
};

export type Strings = typeof en;

const ja: Strings = {
  siteTitle: 'AIブーム、お金の流れを追う',
  dek: '人工知能をめぐる物語は、どのようにして巨大な金融のエンジンになったのか。そのエンジンが何を燃やし、バブルの行方にかかわらず何を残すのかをたどります。',
  contents: '目次',
  skipToContent: '本文へ移動',
  notes: '注',
  allNotes: 'この章の注をすべて見る',
  sourceDialog: '出典',
  sourceN: '出典',
  source: '出典',
  andMore: (n: number) => `ほか${n}件`,
  dataAndDownloads: 'データとダウンロード',
  dataPage: '数値の表、すべての出典、各ステップの画像',
  downloadCsv: 'データをダウンロード（CSV）',
  chartLabel: 'グラフ',
  minutes: (n: number) => `${n}分`,
  theme: '表示',
  themeSystem: 'システムに合わせる',
  themeLight: 'ライト',
  themeDark: 'ダーク',
  charts: 'グラフ',
  chartsMoving: '本文に合わせて動く',
  chartsStill: '静止画（ステップごと）',
  keysHint: 'キー操作：Jで次のステップ、Kで前のステップ。',
  resumeLead: '前回の続き：',
  resumeForget: '読んだ位置を消す',
  forTeachers: '授業と読者のために',
  presenter: 'プレゼンテーション',
  teachingGuide: '授業ガイド',
  handout: '配布資料',
  glossary: '用語集',
  sourcesMethods: '出典と方法',
  howToCite: '引用のしかた',
  backToArticle: '記事に戻る',
  dataPageDescription: '記事のグラフの背後にある数値、出典、ダウンロード：',
  downloads: 'ダウンロード',
  sources: '出典',
  stepImage: 'ステップの画像',
  theNumbers: '数値',
  dateline: (published: string, asOf: string) => `${published}公開・数値は${asOf}時点`,
  dataAsOf: (date: string) => `データは${date}時点。`,
  credit: 'クレジット',
  checkLabel: 'ファクトチェック',
  checkSaid: 'よく言われること：',
  checkRecord: '記録が示すこと：',
  csvWithheld: 'データの利用条件により、ここではダウンロードを提供していません。出典からお取りください。',
  secondary: '二次情報による。一次資料は未確認。',
  derived: '出典のデータから当方で算出。',
  editionName: '日本語',
  editionSwitchLabel: '日本語版で読む',
  chapterNumber: (n: number) => `第${n}章`,
  chapterLabel: (n: number | undefined, title: string) => (n ? `第${n}章\u3000${title}` : title),
  readChapterInArticle: 'この章を記事で読む →',
  readStepInArticle: '記事で続きを読む →',
  stepAsImage: 'このステップの画像：',
  chartsDataCsv: 'グラフのデータ：',
  numbersAndSources: '数値とすべての出典',
  otherSteps: 'ほかのステップ',
  previousStep: '← 前のステップ',
  nextStep: '次のステップ →',
  noteN: (n: number) => `注${n}`,
  // 「出典：A、Bほか2件」; after a Latin name a space keeps 「ほか」 from running into it.
  sourcesLine: (names: string[], more: number) =>
    `出典：${names.join('、')}${more ? `${/[\x21-\x7e]$/.test(names.at(-1) ?? '') ? ' ' : ''}ほか${more}件` : ''}`,
  theData: (title: string) => `${title}：データ`,
  rows: (n: number) => `${n}行`,
  qrLabel: (url: string) => `記事のこのステップを開くQRコード：${url}`,
  colon: '：',
  listSep: '、',
  stop: '。'
};

export const strings: Record<Locale, Strings> = { en, ja };

/** The strings of the page's language (see src/lib/locale.ts). */
export function useStrings(): Strings {
  return strings[useLocale()];
}
