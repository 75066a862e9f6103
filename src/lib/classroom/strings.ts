/**
 * The user-interface strings of the classroom pages (presenter, teaching guide, glossary,
 * sources and methods, how to cite, handout), per language, beside src/lib/strings.ts: a Japanese
 * edition translates this file and content/ja/ (glossary, teach). Long teaching prose lives in
 * content/<locale>/teach/, not here.
 */
export const classroomStrings = {
  en: {
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
  }
} as const;

export const ct = classroomStrings.en;
