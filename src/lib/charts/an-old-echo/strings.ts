import type { ChartStrings } from '$lib/charts/types';

/** The words of an-old-echo, per edition. Figures and quarters arrive formatted. */
const en = {
  note: 'BEA NIPA Table 5.3.5: nominal, seasonally adjusted annual rates (FRED vintage of 1 May 2026, subject to revision).',
  title: 'US investment in tech equipment and software',
  subtitle: {
    growthShort: 'Change on a year earlier, % (current dollars)',
    shareShort: 'Share of GDP, % (current dollars)',
    growth:
      'BEA’s “information-processing equipment and software”: change on a year earlier, % (current dollars)',
    share: 'BEA’s “information-processing equipment and software” as a share of GDP, % (current dollars)'
  },
  peak: 'Dot-com peak',
  /** "1999 Q3: +17.0%" */
  at: (quarter: string, value: string) => `${quarter}: ${value}`,
  describe: {
    share: (from: string, to: string, peak: string, peakAt: string, now: string, nowAt: string) =>
      `A line of US investment in information-processing equipment and software as a share of GDP, ${from} to ${to}. ` +
      `It peaked at ${peak} in ${peakAt} and stands at ${now} in ${nowAt}, above that peak.`,
    growth: (from: string, to: string) =>
      `A line of the year-on-year growth of US investment in information-processing equipment and software, ${from} to ${to}.`,
    dotcom: (value: string, at: string) => `The dot-com peak was ${value} in ${at}.`,
    now: (at: string, value: string, latestAt: string, latest: string) =>
      `In ${at} growth reached ${value} and in ${latestAt} ${latest}, above the dot-com peak.`,
    low: (value: string, at: string) => `After the bust it fell to ${value} in ${at}.`
  },
  columns: [
    'Quarter',
    'Investment (US$ bn, SAAR)',
    'GDP (US$ bn, SAAR)',
    'Share of GDP (%)',
    'Change on a year earlier (%)'
  ]
};

export const strings = {
  en,
  ja: {
    note: 'BEAの国民所得・生産勘定（NIPA）表5.3.5：名目、季節調整済み年率（FREDの2026年5月1日時点のデータで、今後改定されうる）。',
    title: '米国のIT機器・ソフトウェアへの投資',
    subtitle: {
      growthShort: '前年比の伸び率、%（名目）',
      shareShort: 'GDPに占める割合、%（名目）',
      growth: 'BEAの「情報処理機器・ソフトウェア」への投資：前年比の伸び率、%（名目）',
      share: 'BEAの「情報処理機器・ソフトウェア」への投資がGDPに占める割合、%（名目）'
    },
    peak: 'ドットコム・バブルの頂点',
    at: (quarter, value) => `${quarter}：${value}`,
    describe: {
      share: (from, to, peak, peakAt, now, nowAt) =>
        `米国の情報処理機器・ソフトウェアへの投資がGDPに占める割合を、${from}から${to}まで示す折れ線です。` +
        `${peakAt}に${peak}でピークをつけ、${nowAt}には${now}と、そのピークを上回っています。`,
      growth: (from, to) =>
        `米国の情報処理機器・ソフトウェアへの投資の前年比の伸び率を、${from}から${to}まで示す折れ線です。`,
      dotcom: (value, at) => `ドットコム・バブルの頂点は、${at}の${value}でした。`,
      now: (at, value, latestAt, latest) =>
        `${at}には${value}、${latestAt}には${latest}に達し、ドットコム・バブルの頂点を上回りました。`,
      low: (value, at) => `崩壊の後、${at}には${value}まで落ち込みました。`
    },
    columns: [
      '四半期',
      '投資額（10億ドル、季節調整済み年率）',
      'GDP（10億ドル、季節調整済み年率）',
      'GDPに占める割合（%）',
      '前年比（%）'
    ]
  }
} satisfies ChartStrings<typeof en>;
