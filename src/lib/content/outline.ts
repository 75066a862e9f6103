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
  /** Words of prose (step alt texts excluded), for the reading time. */
  words: number;
  charts: OutlineChart[];
  /** Every other frontmatter field, as written. */
  meta: Record<string, string>;
}

export type { Locale } from '$lib/locale';

const raw = import.meta.glob<string>('/content/en/chapters/*.md', {
  query: '?raw',
  import: 'default',
  eager: true
});

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

/** Words a reader reads in a chapter's Markdown: no frontmatter, tags, attributes or syntax. */
export function proseWords(text: string): number {
  const prose = text
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_>`[\]()]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read `words` at 230 words a minute (an adult reading for meaning), at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

export function readOutline(files: Record<string, string>): OutlineChapter[] {
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
        words: proseWords(text),
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

export const outline: readonly OutlineChapter[] = readOutline(raw);

/** Every chart the article tells, by id. */
export const outlineCharts: ReadonlyMap<string, OutlineChart> = new Map(
  outline.flatMap((c) => c.charts.map((chart) => [chart.id, chart] as const))
);

/** The chart's title as the prose gives it, or its id for a chart no chapter tells. */
export function chartTitle(chartId: string): string {
  return outlineCharts.get(chartId)?.title ?? chartId;
}
