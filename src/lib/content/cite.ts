/**
 * How to cite the article, a chapter or a chart: APA 7, MLA 9, Chicago (notes and bibliography,
 * the bibliography entry) and BibTeX. The article has no personal byline, so each style starts
 * with the title, as its manual says for works without an author. A citation is a list of
 * segments, some in italics, so the page can show it styled and copy it as text or HTML.
 * BibTeX is written for classic BibTeX and biblatex alike (@misc), with TeX's special characters
 * escaped; tests/unit/cite.test.ts parses every entry with a real BibTeX parser.
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
}

export interface Segment {
  text: string;
  italic?: boolean;
}

export type Style = 'apa' | 'mla' | 'chicago' | 'bibtex';

export const STYLES: readonly { id: Style; name: string }[] = [
  { id: 'apa', name: 'APA 7' },
  { id: 'mla', name: 'MLA 9' },
  { id: 'chicago', name: 'Chicago' },
  { id: 'bibtex', name: 'BibTeX' }
];

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

export function apa(t: CiteTarget): Segment[] {
  const { y, m, d } = parts(t.published);
  const date = `(${y}, ${MONTHS[m - 1]} ${d}).`;
  if (t.kind === 'article') return [{ text: t.title, italic: true }, { text: `. ${date} ${t.url}` }];
  const label = t.kind === 'chart' ? ' [Chart]' : '';
  return [{ text: `${t.title}${label}. ${date} In ` }, { text: t.site, italic: true }, { text: `. ${t.url}` }];
}

export function mla(t: CiteTarget): Segment[] {
  const { y, m, d } = parts(t.published);
  const date = `${d} ${MLA_MONTHS[m - 1]} ${y}`;
  const url = t.url.replace(/^https?:\/\//, '');
  if (t.kind === 'article') return [{ text: t.title, italic: true }, { text: `. ${date}, ${url}.` }];
  return [{ text: `${quoted(t.title)} ` }, { text: t.site, italic: true }, { text: `, ${date}, ${url}.` }];
}

export function chicago(t: CiteTarget): Segment[] {
  const { y, m, d } = parts(t.published);
  const date = `${MONTHS[m - 1]} ${d}, ${y}`;
  if (t.kind === 'article') return [{ text: t.title, italic: true }, { text: `. ${date}. ${t.url}.` }];
  const label = t.kind === 'chart' ? 'Chart in ' : '';
  return [{ text: `${quoted(t.title)} ${label}` }, { text: t.site, italic: true }, { text: `. ${date}. ${t.url}.` }];
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
  const words = t.site
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !['the', 'a', 'an', 'of', 'by', 'and', 'followed', 'money'].includes(w));
  const base = `${words.slice(0, 2).join('')}${parts(t.published).y}`;
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
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${bibKey(t)},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`).join(',\n')}\n}`;
}

/** One style's citation as segments (BibTeX: one plain segment). */
export function cite(t: CiteTarget, style: Style): Segment[] {
  switch (style) {
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
