import { scanChapter, type ScrollyTag } from './markdown.js';

/**
 * The article's outline, read from the chapters' Markdown at build time: chapters in order, the
 * charts each one tells (with the title the prose gives them) and their steps (with alt text).
 * Build-time code (pages, files, cards, share pages, tests) asks this one module rather than
 * scanning Markdown again; the browser never needs it.
 */
export interface OutlineStep {
  id: string;
  alt: string;
  /** `chapter/chart/step`: the step's element id and URL fragment. */
  key: string;
  line: number;
}

export interface OutlineChart {
  id: string;
  title: string;
  chapter: string;
  steps: OutlineStep[];
  file: string;
  line: number;
}

export interface OutlineChapter {
  file: string;
  slug: string;
  title: string;
  summary: string;
  number?: number;
  /** Minutes a reader takes over the chapter's prose (step alt texts excluded). */
  minutes: number;
  charts: OutlineChart[];
  /** Every other frontmatter field, as written. */
  meta: Record<string, string>;
}

import type { Locale } from '$lib/locale';

export type { Locale };

const raw = import.meta.glob<string>('/content/*/chapters/*.md', {
  query: '?raw',
  import: 'default',
  eager: true
});

function ofLocale(locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([path]) => path.startsWith(`/content/${locale}/chapters/`)));
}

/** `key: value` lines of a Markdown file's frontmatter. */
export function frontmatter(text: string): Record<string, string> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

/** The prose a reader reads in a chapter's Markdown: no frontmatter, tags, attributes or syntax. */
function prose(text: string): string {
  return text
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_>`[\]()]/g, ' ');
}

/** Words of prose, for English (counted between spaces). */
export function proseWords(text: string): number {
  return prose(text)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Minutes to read a chapter, at least 1: English at 230 words a minute, Japanese at 500
 * characters a minute (adults reading for meaning; Japanese has no spaces to count words by).
 */
export function readingMinutes(text: string, locale: Locale): number {
  const amount =
    locale === 'ja'
      ? [...prose(text).replace(/\s+/g, '')].filter((c) => /[\p{L}\p{N}]/u.test(c)).length / 500
      : proseWords(text) / 230;
  return Math.max(1, Math.round(amount));
}

export function readOutline(files: Record<string, string>, locale: Locale = 'en'): OutlineChapter[] {
  return Object.keys(files)
    .sort()
    .map((path) => {
      const file = path.replace(/^\//, '');
      const text = files[path]!;
      const meta = frontmatter(text);
      const slug = meta.slug;
      if (!slug || !meta.title) throw new Error(`${file}:1: frontmatter needs "title" and "slug"`);
      const { scrollies } = scanChapter(text, file);
      return {
        file,
        slug,
        title: meta.title,
        summary: meta.summary ?? '',
        number: meta.number ? Number(meta.number) : undefined,
        minutes: readingMinutes(text, locale),
        meta,
        charts: scrollies.map((s: ScrollyTag) => ({
          id: s.chart ?? '',
          title: s.title ?? '',
          chapter: slug,
          file,
          line: s.line,
          steps: s.steps.map((st) => ({
            id: st.id ?? '',
            alt: st.alt ?? '',
            key: `${slug}/${s.chart}/${st.id}`,
            line: st.line
          }))
        }))
      };
    });
}

export const outlineOf: Record<Locale, readonly OutlineChapter[]> = {
  en: readOutline(ofLocale('en'), 'en'),
  ja: readOutline(ofLocale('ja'), 'ja')
};

/** The English edition's outline (charts, steps and their ids are the same in every edition). */
export const outline = outlineOf.en;

const chartsOf = (locale: Locale): ReadonlyMap<string, OutlineChart> =>
  new Map(outlineOf[locale].flatMap((c) => c.charts.map((chart) => [chart.id, chart] as const)));

/** Every chart each edition tells, by id. */
export const outlineChartsOf: Record<Locale, ReadonlyMap<string, OutlineChart>> = {
  en: chartsOf('en'),
  ja: chartsOf('ja')
};

/** Every chart the English edition tells, by id. */
export const outlineCharts = outlineChartsOf.en;

/** The chart's title as the edition's prose gives it, or its id for a chart no chapter tells. */
export function chartTitle(chartId: string, locale: Locale = 'en'): string {
  return outlineChartsOf[locale].get(chartId)?.title ?? chartId;
}
