/**
 * Every user-interface string, in one place, per language, so that the Japanese edition is a
 * translation of this file and of content/ja/ — not a hunt through components.
 */
export const strings = {
  en: {
    siteTitle: 'The AI boom, followed by the money',
    dek: 'How a story about artificial intelligence became a financial engine, what that engine costs, and what it leaves behind whatever happens to the bubble.',
    byline: 'An interactive essay with data',
    contents: 'Contents',
    skipToContent: 'Skip to the article',
    notes: 'Notes',
    dataAndDownloads: 'Data and downloads',
    downloadCsv: 'Download the data (CSV)',
    stepSvg: 'Each step as an SVG image'
  }
} as const;

export const t = strings.en;
