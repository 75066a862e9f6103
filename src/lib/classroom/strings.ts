import { useLocale, type Locale } from '$lib/locale';

/**
 * The user-interface strings of the classroom pages (presenter, teaching guide, glossary,
 * sources and methods, how to cite, handout), per language, beside src/lib/strings.ts: a Japanese
 * edition translates this file and content/ja/ (glossary, teach). Long teaching prose lives in
 * content/<locale>/teach/, not here.
 */
const en = {
  article: 'The article',
  classroom: 'For the classroom',
  present: 'Present',
  teach: 'Teaching guide',
  glossary: 'Glossary',
  sources: 'Sources & methods',
  cite: 'How to cite',
  handout: 'Handout',
  skip: 'Skip to the content',
  glossaryEntry: 'Open in the glossary',
  // Glossary
  glossaryTitle: 'Glossary',
  glossaryDek:
    'The words the article leans on, in plain language. In the article, the first use of each term in a chapter is underlined with dots: tap it for the definition.',
  alsoCalled: 'Also called',
  inTheArticle: 'In the article',
  definitionSource: 'Source',
  definitionSources: 'Sources',
  usedIn: 'First used in',
  // Sources & methods
  sourcesTitle: 'Sources & methods',
  sourcesDek:
    'Every source the article cites, chapter by chapter; every data file behind a chart, with where it came from, how current it is and what we did to it; and every popular claim we checked.',
  byChapter: 'Sources by chapter',
  dataFiles: 'Data files',
  checksTitle: 'Claims we checked',
  reportTitle: 'Found a mistake?',
  publisher: 'Publisher',
  title: 'Title',
  date: 'Date',
  licence: 'Licence',
  confidence: 'Confidence',
  note: 'Note',
  alsoCitedIn: 'Also cited in',
  firstListed: 'listed under',
  otherSources: 'Other sources',
  otherSourcesDek:
    'Sources that no chapter cites directly: they stand behind a chart’s data or a definition.',
  glossarySourcesTitle: 'Definitions',
  confidenceLabels: {
    verified: 'Verified: we read the primary document.',
    secondary: 'Secondary: reported by others citing it; we did not read the primary document.',
    derived: 'Derived: computed by us from the source’s data.'
  },
  file: 'File',
  provenance: 'From',
  asOf: 'As of',
  processing: 'What we did',
  rows: 'Rows',
  usedBy: 'Drawn in',
  notYetListed: 'No data file records this source.',
  claim: 'Often said',
  record: 'What the record shows',
  where: 'Where',
  // Cite
  citeTitle: 'How to cite',
  citeDek:
    'Citations for the whole article, each chapter and each chart, in four common styles. Add the date you read it if your teacher or journal asks for one.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Select the text and copy it',
  wholeArticle: 'The whole article',
  chapters: 'Chapters',
  charts: 'Charts',
  dataLicence: 'Data licence',
  citeThisChart: 'Cite this chart',
  // Present
  presentTitle: 'Presenter mode',
  presentDek:
    'The article one step per screen, for teaching with a projector or a clicker: each chart large, its text in large type, with notes for the teacher.',
  step: 'Step',
  of: 'of',
  chapterMenu: 'Chapters',
  notes: 'Notes',
  notesWindow: 'Notes in a second window',
  fullscreen: 'Full screen',
  blank: 'Blank screen',
  previous: 'Previous step',
  next: 'Next step',
  nextUp: 'Next',
  end: 'End of the article',
  altText: 'What the chart shows',
  keys: 'Keys',
  keyHelp:
    '→ or Space: next step · ← or Shift+Space: previous · Home / End: first / last · a number then Enter: jump to that step · F: full screen · B: blank screen · N: notes',
  noScript:
    'Presenter mode needs JavaScript. Here is every step of the article in order, with its chart, so you can still show it as a list.',
  exitPresenter: 'Back to the article',
  // Handout
  handoutTitle: 'Handout',
  handoutDek:
    'The key frames of each chart with what they show and where the numbers come from. Scan a code to open that step in the article.',
  printIt: 'Print it (A4 or US Letter); each frame stays on one page.',
  scanToOpen: 'Scan to open this step',
  citeAs: 'Cite as',
  page: 'Page',
  // Teach
  teachTitle: 'Teaching guide',
  onThisPage: 'On this page',
  levels: 'Levels',
  focus: 'Focus',
  beforeClass: 'Before class',
  lessonPlans: 'Lesson plans',
  minutes: 'Minutes',
  whatHappens: 'What happens',
  minuteByMinute: 'minute by minute',
  planTitle: (minutes: number, title: string) => `${minutes} minutes: ${title}`,
  readChapter: 'Read the chapter',
  presentChart: 'Present its chart',
  goals: 'Learning goals',
  goalsLead: 'By the end of the lesson, students can:',
  questions: 'Discussion questions',
  keyTerms: 'Key terms',
  dataActivity: 'Data activity',
  question: 'Question',
  chartLabel: 'Chart',
  downloadCsv: 'Download its data (CSV)',
  asTable: 'see it as a table',
  goingFurther: 'Going further',
  answerForTeacher: 'Answer for the teacher',
  checkClaim: 'Check the claim',
  task: 'Task',
  primarySources: (n: number) => (n > 1 ? 'Primary sources' : 'Primary source'),
  whatSourceSays: 'What the source really says',
  stepInArticle: 'The step in the article',
  whereChecked: 'Where the article checks it',
  // Sources (more)
  readIt: 'read it',
  dataFilesLead:
    'Each chart draws one or more of these files, from the folder content/data/. The numbers as each chart shows them can be downloaded beside the chart and on its data page.',
  noChecks: 'The article does not yet mark any claim as checked.',
  usedInGlossary: 'used in the glossary',
  // Cite (more)
  csvOfChart: 'CSV of the chart’s data',
  csvWithheld: 'The licence of a source does not allow us to offer this chart’s data as a file.',
  numbersAsTable: 'the numbers as a table',
  credit: 'Credit',
  citeEverything: 'Citations for the article, each chapter and each chart',
  // Handout (more)
  otherStyles: 'Other styles, and citations for each chapter and chart',
  howWeWorked: 'Sources and how we worked'
};

/** Every key's type (functions with their parameters): the Japanese set must have them all. */
type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : T[K] extends object
        ? Widen<T[K]>
        : T[K];
};
export type ClassroomStrings = Widen<typeof en>;

const ja: ClassroomStrings = {
  article: '記事',
  classroom: '授業で使う',
  present: 'プレゼンテーション',
  teach: '授業ガイド',
  glossary: '用語集',
  sources: '出典と方法',
  cite: '引用のしかた',
  handout: '配布資料',
  skip: '本文へ移動',
  glossaryEntry: '用語集で開く',
  glossaryTitle: '用語集',
  glossaryDek:
    '記事に出てくる言葉を、やさしく説明します。記事の中では、各章で最初に出てくる用語に点線の下線が引いてあり、タップすると説明が開きます。',
  alsoCalled: '別の呼び方',
  inTheArticle: '記事では',
  definitionSource: '出典',
  definitionSources: '出典',
  usedIn: '初出',
  sourcesTitle: '出典と方法',
  sourcesDek:
    '記事が引用するすべての出典を章ごとに、グラフのもとになったすべてのデータファイルを、その入手先、時点、私たちが加えた処理とともに並べます。確かめた「よく言われること」もここにまとめています。',
  byChapter: '章ごとの出典',
  dataFiles: 'データファイル',
  checksTitle: '確かめた主張',
  reportTitle: '誤りを見つけたら',
  publisher: '発行元',
  title: '題名',
  date: '日付',
  licence: 'ライセンス',
  confidence: '確からしさ',
  note: '注記',
  alsoCitedIn: 'ほかに引用している章',
  firstListed: '初出の章',
  otherSources: 'そのほかの出典',
  otherSourcesDek: 'どの章も直接は引用していない出典です。グラフのデータや用語の説明の裏付けになっています。',
  glossarySourcesTitle: '用語の説明の出典',
  confidenceLabels: {
    verified: '確認済み：一次資料を私たちが読みました。',
    secondary: '二次情報：一次資料を引用した報道などによるもので、一次資料そのものは読んでいません。',
    derived: '算出：出典のデータから私たちが計算しました。'
  },
  file: 'ファイル',
  provenance: '入手先',
  asOf: '時点',
  processing: '加えた処理',
  rows: '行数',
  usedBy: '使っているグラフ',
  notYetListed: 'この出典を記録したデータファイルはありません。',
  claim: 'よく言われること',
  record: '記録が示すこと',
  where: '記事での位置',
  citeTitle: '引用のしかた',
  citeDek:
    '記事全体、各章、各グラフの引用の書き方を、日本でよく使われる形とSIST 02、海外の代表的な4つの形式で示します。先生や投稿先に求められたら、閲覧した日付を書き添えてください。',
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'テキストを選んでコピーしてください',
  wholeArticle: '記事全体',
  chapters: '各章',
  charts: '各グラフ',
  dataLicence: 'データのライセンス',
  citeThisChart: 'このグラフを引用する',
  presentTitle: 'プレゼンテーション・モード',
  presentDek:
    'プロジェクターやリモコンを使って授業で見せるために、記事を1画面に1ステップずつ表示します。グラフは大きく、本文は大きな文字で、先生用のメモも添えています。',
  step: 'ステップ',
  of: '／',
  chapterMenu: '章',
  notes: 'メモ',
  notesWindow: 'メモを別ウィンドウで開く',
  fullscreen: '全画面',
  blank: '画面を暗くする',
  previous: '前のステップ',
  next: '次のステップ',
  nextUp: '次',
  end: '記事はここで終わりです',
  altText: 'グラフが示していること',
  keys: 'キー操作',
  keyHelp:
    '→ またはスペース：次のステップ ・ ← またはShift+スペース：前のステップ ・ Home／End：最初／最後 ・ 数字を入れてEnter：そのステップへ ・ F：全画面 ・ B：画面を暗くする ・ N：メモ',
  noScript:
    'プレゼンテーション・モードにはJavaScriptが必要です。代わりに、記事のすべてのステップをグラフとともに順に並べました。一覧として見せることができます。',
  exitPresenter: '記事に戻る',
  handoutTitle: '配布資料',
  handoutDek:
    '各グラフの要となる場面を、何を示しているか、数値がどこから来ているかとともにまとめました。コードを読み取ると、記事のそのステップが開きます。',
  printIt: '印刷できます（A4またはレターサイズ）。1つの図は1ページに収まります。',
  scanToOpen: '読み取るとこのステップが開きます',
  citeAs: '引用するときは',
  page: 'ページ',
  teachTitle: '授業ガイド',
  onThisPage: 'このページの内容',
  levels: '対象',
  focus: 'ねらい',
  beforeClass: '授業の前に',
  lessonPlans: '授業案',
  minutes: '分',
  whatHappens: '活動',
  minuteByMinute: '時間配分',
  planTitle: (minutes: number, title: string) => `${minutes}分：${title}`,
  readChapter: '章を読む',
  presentChart: 'グラフを映す',
  goals: '学習目標',
  goalsLead: '授業の終わりに、生徒が次のことをできるようになります。',
  questions: '話し合いの問い',
  keyTerms: '重要な用語',
  dataActivity: 'データを使った活動',
  question: '問い',
  chartLabel: 'グラフ',
  downloadCsv: 'データをダウンロード（CSV）',
  asTable: '表で見る',
  goingFurther: 'さらに進んで',
  answerForTeacher: '先生向けの答え',
  checkClaim: '主張を確かめる',
  task: '課題',
  primarySources: () => '一次資料',
  whatSourceSays: '資料が実際に言っていること',
  stepInArticle: '記事のステップ',
  whereChecked: '記事で確かめている場所',
  readIt: '読む',
  dataFilesLead:
    '各グラフは、content/data/ フォルダにあるこれらのファイルを1つ以上使って描いています。グラフに示した形の数値は、グラフの横とデータのページからダウンロードできます。',
  noChecks: '記事ではまだ、確かめた主張を示していません。',
  usedInGlossary: '用語集で使用',
  csvOfChart: 'グラフのデータ（CSV）',
  csvWithheld: '出典のライセンスにより、このグラフのデータはファイルとして提供できません。',
  numbersAsTable: '数値を表で見る',
  credit: 'クレジット',
  citeEverything: '記事全体、各章、各グラフの引用のしかた',
  otherStyles: 'ほかの書き方、各章と各グラフの引用のしかた',
  howWeWorked: '出典と私たちの作業'
};

export const classroomStrings: Record<Locale, ClassroomStrings> = { en, ja };

/** The classroom strings of the page's language (the page sets it: src/lib/locale.ts). */
export function useClassroomStrings(): ClassroomStrings {
  return classroomStrings[useLocale()];
}

/** The English set (kept for code that has no page context). */
export const ct = en;
