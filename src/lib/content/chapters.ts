import type { Component } from 'svelte';
import type { Locale } from '$lib/locale';

/**
 * The chapters of each edition (content/<locale>/chapters/), in file-name order (00-opening.md,
 * 01-gospel.md, …). Each is a Markdown file compiled by mdsvex; its frontmatter must give title,
 * slug and summary.
 */
export interface ChapterMeta {
  title: string;
  slug: string;
  summary: string;
  /** Shown before the title: 1–4 for the four parts; omitted for the opening and the close. */
  number?: number;
  /**
   * The opening only (required there): the article's publication date (YYYY-MM-DD) and the date
   * its figures run to (YYYY-MM or YYYY-MM-DD), for the masthead: "Published … · Figures as of …".
   */
  published?: string;
  figuresAsOf?: string;
}

export interface ChapterModule {
  file: string;
  meta: ChapterMeta;
  Body: Component;
}

const modules = import.meta.glob<{ default: Component; metadata?: Partial<ChapterMeta> }>(
  '/content/*/chapters/*.md',
  { eager: true }
);

function ofLocale(locale: Locale): typeof modules {
  return Object.fromEntries(
    Object.entries(modules).filter(([path]) => path.startsWith(`/content/${locale}/chapters/`))
  );
}

export function readChapters(input: typeof modules): ChapterModule[] {
  const seen = new Set<string>();
  return Object.keys(input)
    .sort()
    .map((path, i) => {
      const file = path.replace(/^\//, '');
      const m = input[path]!;
      const meta = m.metadata ?? {};
      for (const key of ['title', 'slug', 'summary'] as const) {
        if (typeof meta[key] !== 'string' || !meta[key]) {
          throw new Error(`${file}:1: frontmatter needs "${key}"`);
        }
      }
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(meta.slug!)) throw new Error(`${file}:1: slug must be kebab-case`);
      // YAML reads an unquoted 2026-11-30 as a Date: keep dates as the strings the page shows.
      for (const key of ['published', 'figuresAsOf'] as const) {
        const v: unknown = meta[key];
        if (v instanceof Date) meta[key] = v.toISOString().slice(0, 10);
      }
      checkDates(file, meta, i === 0);
      if (seen.has(meta.slug!)) throw new Error(`${file}:1: duplicate chapter slug "${meta.slug}"`);
      seen.add(meta.slug!);
      return { file, meta: meta as ChapterMeta, Body: m.default };
    });
}

/** A real calendar date written YYYY-MM-DD (or YYYY-MM when `month` is allowed). */
function isDate(s: unknown, month = false): s is string {
  if (typeof s !== 'string') return false;
  const m = (month ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** The opening must say when the article was published and how current its figures are. */
function checkDates(file: string, meta: Partial<ChapterMeta>, isOpening: boolean): void {
  const { published, figuresAsOf } = meta;
  if (isOpening && (published === undefined || figuresAsOf === undefined)) {
    throw new Error(`${file}:1: the opening's frontmatter needs "published" (YYYY-MM-DD) and "figuresAsOf" (YYYY-MM or YYYY-MM-DD)`);
  }
  if (published !== undefined && !isDate(published)) throw new Error(`${file}:1: "published" must be a date, YYYY-MM-DD`);
  if (figuresAsOf !== undefined && !isDate(figuresAsOf, true)) {
    throw new Error(`${file}:1: "figuresAsOf" must be a date, YYYY-MM or YYYY-MM-DD`);
  }
  if (published && figuresAsOf && figuresAsOf > published) {
    throw new Error(`${file}:1: "figuresAsOf" (${figuresAsOf}) is after "published" (${published})`);
  }
}

export const chaptersOf: Record<Locale, readonly ChapterModule[]> = {
  en: readChapters(ofLocale('en')),
  ja: readChapters(ofLocale('ja'))
};

/** The English edition's chapters. */
export const chapters = chaptersOf.en;

/** For the masthead: when the article was published and the date its figures run to. */
export const articleDates: { published: string; figuresAsOf: string } = {
  published: chapters[0]!.meta.published!,
  figuresAsOf: chapters[0]!.meta.figuresAsOf!
};
