/**
 * How to cite the article, a chapter or a chart: APA 7, MLA 9, Chicago (notes and bibliography,
 * the bibliography entry) and BibTeX. The article has no personal byline, so each style starts
 * with the title, as its manual says for works without an author. A citation is a list of
 * segments, some in italics, so the page can show it styled and copy it as text or HTML.
 * BibTeX is written for classic BibTeX and biblatex alike (@misc), with TeX's special characters
 * escaped; tests/unit/cite.test.ts parses every entry with a real BibTeX parser.
 *
 * The Japanese edition adds the two forms Japanese readers use first: the everyday form of
 * Japanese reports and papers (「章題」『作品名』、日付、URL), and SIST 02, the Japanese
 * standard for citing (科学技術情報流通技術基準). In the English styles a Japanese title is
 * followed by its English title in square brackets, as APA, MLA and Chicago ask for a work in
 * another language.
 */

export interface CiteTarget {
  kind: 'article' | 'chapter' | 'chart';
  /** The work's own title: the article's name, the chapter's title or the chart's title. */
  title: string;
  /** The article's name (the container of a chapter or chart). */
  site: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** Absolute URL. */
  url: string;
  /** A chapter's number (1–4), if it has one. */
  number?: number;
  /** A key for BibTeX, kebab-case: 'machine', 'chart-the-loop'. Empty for the article. */
  key: string;
  /** For a work in Japanese: its title and the article's name in English, shown in [brackets]. */
  translated?: { title: string; site: string };
}

export interface Segment {
  text: string;
  italic?: boolean;
}

export type Style = 'ja' | 'sist' | 'apa' | 'mla' | 'chicago' | 'bibtex';

export const STYLES: readonly { id: Style; name: string }[] = [
  { id: 'apa', name: 'APA 7' },
  { id: 'mla', name: 'MLA 9' },
  { id: 'chicago', name: 'Chicago' },
  { id: 'bibtex', name: 'BibTeX' }
];

/** The styles each edition offers, in order: Japanese readers get their own two first. */
export const STYLES_OF: Record<'en' | 'ja', readonly { id: Style; name: string }[]> = {
  en: STYLES,
  ja: [{ id: 'ja', name: '一般的な書き方' }, { id: 'sist', name: 'SIST 02' }, ...STYLES]
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parts(date: string): { y: string; m: number; d: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`A citation needs a full date (YYYY-MM-DD), not "${date}"`);
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new Error(`Not a month: "${date}"`);
  return { y: m[1]!, m: month, d: Number(m[3]) };
}

/** End a title with a period unless it already ends with punctuation. */
const stop = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);
/** MLA and Chicago put a title's period inside the closing quote. */
const quoted = (s: string) => `“${stop(s)}”`;
const kindLabel = (t: CiteTarget) => (t.kind === 'chart' ? 'Chart' : t.kind === 'chapter' ? 'Chapter' : '');

/** " [English title]" after a Japanese title (APA, MLA, Chicago); nothing for an English work. */
const tr = (t: CiteTarget, which: 'title' | 'site') => (t.translated ? ` [${t.translated[which]}]` : '');

export function apa(t: CiteTarget): Segment[] {
  const { y, m, d } = parts(t.published);
  const date = `(${y}, ${MONTHS[m - 1]} ${d}).`;
  if (t.kind === 'article')
    return [{ text: t.title, italic: true }, { text: `${tr(t, 'title')}. ${date} ${t.url}` }];
  const label = t.kind === 'chart' ? ' [Chart]' : '';
  return [
    { text: `${t.title}${tr(t, 'title')}${label}. ${date} In ` },
    { text: t.site, italic: true },
    { text: `${tr(t, 'site')}. ${t.url}` }
  ];
}

export function mla(t: CiteTarget): Segment[] {
  const { y, m, d } = parts(t.published);
  const date = `${d} ${MLA_MONTHS[m - 1]} ${y}`;
  const url = t.url.replace(/^https?:\/\//, '');
  if (t.kind === 'article')
    return [{ text: t.title, italic: true }, { text: `${tr(t, 'title')}. ${date}, ${url}.` }];
  if (t.translated)
    return [
      { text: `“${t.title}”${tr(t, 'title')}. ` },
      { text: t.site, italic: true },
      { text: `${tr(t, 'site')}, ${date}, ${url}.` }
    ];
  return [{ text: `${quoted(t.title)} ` }, { text: t.site, italic: true }, { text: `, ${date}, ${url}.` }];
}

export function chicago(t: CiteTarget): Segment[] {
  const { y, m, d } = parts(t.published);
  const date = `${MONTHS[m - 1]} ${d}, ${y}`;
  if (t.kind === 'article')
    return [{ text: t.title, italic: true }, { text: `${tr(t, 'title')}. ${date}. ${t.url}.` }];
  const label = t.kind === 'chart' ? 'Chart in ' : '';
  if (t.translated)
    return [
      { text: `“${t.title}”${tr(t, 'title')}. ${label}` },
      { text: t.site, italic: true },
      { text: `${tr(t, 'site')}. ${date}. ${t.url}.` }
    ];
  return [{ text: `${quoted(t.title)} ${label}` }, { text: t.site, italic: true }, { text: `. ${date}. ${t.url}.` }];
}

/**
 * The everyday Japanese form: 「章題」『作品名』第N章、2026年11月30日公開、URL（参照日を添える）.
 * 『』 names the whole work, 「」 a part of it; the date the reader read it is theirs to add.
 */
export function japanese(t: CiteTarget): Segment[] {
  const { y, m, d } = parts(t.published);
  const date = `${y}年${m}月${d}日公開`;
  if (t.kind === 'article') return [{ text: `『${t.title}』、${date}、${t.url}` }];
  const where = t.kind === 'chapter' && t.number ? `第${t.number}章` : t.kind === 'chart' ? '（グラフ）' : '';
  return [{ text: `「${t.title}」『${t.site}』${where}、${date}、${t.url}` }];
}

/**
 * SIST 02 (科学技術情報流通技術基準, 2007) for a web page: 作成者. "ページの題名". ウェブサイトの名称.
 * 更新日付. 入手先, (参照日付). The article has no personal author: the site stands first,
 * as the standard allows for a work by an organisation. The date read is left for the reader.
 */
export function sist(t: CiteTarget): Segment[] {
  const { y, m, d } = parts(t.published);
  const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const title = t.kind === 'article' ? '' : ` "${t.title}".`;
  return [{ text: `${t.site}.${title} ${date}. ${t.url}, (参照 YYYY-MM-DD).` }];
}

/** TeX's special characters escaped, typographic quotes and dashes in TeX's own spelling. */
export function bibEscape(s: string): string {
  return s
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/[{}]/g, (c) => `\\${c}`)
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/[‘’]/g, "'")
    .replace(/“/g, '``')
    .replace(/”/g, "''")
    .replace(/×/g, '$\\times$');
}

/** A BibTeX key from the site's name: "The AI boom, …" published 2026 → aiboom2026. */
export function bibKey(t: CiteTarget): string {
  const words = (t.translated?.site ?? t.site)
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !['the', 'a', 'an', 'of', 'by', 'and', 'followed', 'money'].includes(w));
  // The Japanese edition's keys end in "ja", so both editions can sit in one .bib file.
  const base = `${words.slice(0, 2).join('')}${parts(t.published).y}${t.translated ? 'ja' : ''}`;
  return t.key ? `${base}-${t.key}` : base;
}

export function bibtex(t: CiteTarget): string {
  const { y, m } = parts(t.published);
  const note = `${kindLabel(t)}${t.number ? ` ${t.number}` : ''} of \`\`${bibEscape(t.site)}''`;
  const fields: [string, string][] = [
    // Double braces keep the title's capitals (NVIDIA, AI) as written.
    ['title', `{{${bibEscape(t.title)}}}`],
    ['year', y],
    ['month', BIB_MONTHS[m - 1]!],
    ['howpublished', `{\\url{${t.url.replace(/[#%]/g, (c) => `\\${c}`)}}}`],
    ['url', `{${t.url}}`]
  ];
  if (t.kind !== 'article') fields.push(['note', `{${note}}`]);
  if (t.translated) fields.push(['language', '{japanese}']);
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${bibKey(t)},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`).join(',\n')}\n}`;
}

/** One style's citation as segments (BibTeX: one plain segment). */
export function cite(t: CiteTarget, style: Style): Segment[] {
  switch (style) {
    case 'ja':
      return japanese(t);
    case 'sist':
      return sist(t);
    case 'apa':
      return apa(t);
    case 'mla':
      return mla(t);
    case 'chicago':
      return chicago(t);
    case 'bibtex':
      return [{ text: bibtex(t) }];
  }
}

export const plain = (segments: Segment[]) => segments.map((s) => s.text).join('');
