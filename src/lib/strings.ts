/**
 * Every user-interface string, in one place, per language, so that the Japanese edition is a
 * translation of this file and of content/ja/ — not a hunt through components.
 */
export const strings = {
  en: {
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
    backToArticle: 'Back to the article',
    dataPageDescription: 'The numbers, sources and downloads behind a chart of the article:',
    downloads: 'Downloads',
    sources: 'Sources',
    stepImage: 'Image of the step',
    theNumbers: 'The numbers',
    published: 'Published',
    figuresAsOf: 'figures as of',
    dataAsOf: 'Data as of',
    credit: 'Credit',
    checkLabel: 'A check',
    checkSaid: 'Often said:',
    checkRecord: 'The record:',
    csvWithheld:
      'The data’s licence does not allow us to offer it for download; follow the source to get it.',
    secondary: 'Reported by secondary sources; primary not read by us.',
    derived: 'Derived by us from the source’s data.'
  }
} as const;

export const t = strings.en;
