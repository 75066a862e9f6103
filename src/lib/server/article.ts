import { getSource, sources, type Source } from '$lib/content/sources';
import { formatDate } from '$lib/content/dates';
import type { Locale } from '$lib/content/outline';
import { charts } from './charts';

/**
 * What the article page needs from the build: for each chart its source line and notes, for each
 * source its citation. The page's components render it with Svelte (escaped); nothing of this
 * reaches the browser's script.
 */
export interface SourceRef {
  id: string;
  publisher: string;
  url: string;
}

export interface ChartBlock {
  sources: SourceRef[];
  note: string | null;
}

export interface Citation extends SourceRef {
  title: string;
  date: string;
  confidence: Source['confidence'];
}

export interface ArticleData {
  charts: Record<string, ChartBlock>;
  sources: Record<string, Citation>;
}

function ref(id: string): SourceRef {
  const s = getSource(id);
  return { id, publisher: s.publisher, url: s.url };
}

export function articleData(locale: Locale = 'en'): ArticleData {
  return {
    charts: Object.fromEntries(
      [...charts.values()].map((c) => [c.id, { sources: c.sources.map(ref), note: c.note ?? null }])
    ),
    sources: Object.fromEntries(
      [...sources.values()].map((s) => [
        s.id,
        { ...ref(s.id), title: s.title, date: formatDate(s.date, locale), confidence: s.confidence }
      ])
    )
  };
}
