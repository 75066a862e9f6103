import type { Component } from 'svelte';

/**
 * The chapters of the English edition, in file-name order (00-opening.md, 01-gospel.md, …).
 * Each is a Markdown file compiled by mdsvex; its frontmatter must give title, slug and summary.
 */
export interface ChapterMeta {
  title: string;
  slug: string;
  summary: string;
  /** Shown before the title: 1–4 for the four parts; omitted for the opening and the close. */
  number?: number;
}

export interface ChapterModule {
  file: string;
  meta: ChapterMeta;
  Body: Component;
}

const modules = import.meta.glob<{ default: Component; metadata?: Partial<ChapterMeta> }>(
  '/content/en/chapters/*.md',
  { eager: true }
);

export function readChapters(input: typeof modules): ChapterModule[] {
  const seen = new Set<string>();
  return Object.keys(input)
    .sort()
    .map((path) => {
      const file = path.replace(/^\//, '');
      const m = input[path]!;
      const meta = m.metadata ?? {};
      for (const key of ['title', 'slug', 'summary'] as const) {
        if (typeof meta[key] !== 'string' || !meta[key]) {
          throw new Error(`${file}:1: frontmatter needs "${key}"`);
        }
      }
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(meta.slug!)) throw new Error(`${file}:1: slug must be kebab-case`);
      if (seen.has(meta.slug!)) throw new Error(`${file}:1: duplicate chapter slug "${meta.slug}"`);
      seen.add(meta.slug!);
      return { file, meta: meta as ChapterMeta, Body: m.default };
    });
}

export const chapters: readonly ChapterModule[] = readChapters(modules);
