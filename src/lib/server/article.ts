import { getSource, publisherIn, sources, type Source } from '$lib/content/sources';
import { chartAsOf } from '$lib/content/chart-data';
import { formatDate } from '$lib/content/dates';
import { credit, csvAllowed } from '$lib/content/licences';
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

export interface Credit {
  text: string;
  licence: string;
  licenceUrl?: string;
}

export interface ChartBlock {
  sources: SourceRef[];
  note: string | null;
  /** How current the chart's data is, as readers write dates; null when no file says. */
  asOf: string | null;
  /** Whether every source's licence lets us offer the data as CSV. */
  csv: boolean;
  /** Credit lines the sources' licences ask for (CC BY: the author and the licence). */
  credits: Credit[];
}

export interface Citation extends SourceRef {
  title: string;
  date: string;
  confidence: Source['confidence'];
  credit: Credit | null;
}

export interface ArticleData {
  charts: Record<string, ChartBlock>;
  sources: Record<string, Citation>;
}

function ref(id: string, locale: Locale = 'en'): SourceRef {
  const s = getSource(id);
  return { id, publisher: publisherIn(locale, s.publisher), url: s.url };
}

/**
 * A chart's sources as its source line names them: two filings of one publisher would read the
 * same ("Microsoft Corporation (Form 10-Q, SEC); Microsoft Corporation (Form 10-Q, SEC)"), so a
 * name that repeats gets its source's date.
 */
export function sourceLine(ids: readonly string[], locale: Locale): SourceRef[] {
  const refs = ids.map((id) => ref(id, locale));
  const count = new Map<string, number>();
  for (const r of refs) count.set(r.publisher, (count.get(r.publisher) ?? 0) + 1);
  return refs.map((r) =>
    count.get(r.publisher)! > 1
      ? { ...r, publisher: `${r.publisher}, ${formatDate(getSource(r.id).date, locale)}` }
      : r
  );
}

export function articleData(locale: Locale = 'en'): ArticleData {
  return {
    charts: Object.fromEntries(
      [...charts.values()].map((c) => {
        const asOf = chartAsOf(c);
        const block: ChartBlock = {
          sources: sourceLine(c.sources, locale),
          note: c.note?.[locale] ?? null,
          asOf: asOf ? formatDate(asOf, locale) : null,
          csv: csvAllowed(c),
          credits: c.sources.map(getSource).flatMap((s) => credit(s) ?? [])
        };
        return [c.id, block];
      })
    ),
    sources: Object.fromEntries(
      [...sources.values()].map((s) => [
        s.id,
        {
          ...ref(s.id, locale),
          title: s.title,
          date: formatDate(s.date, locale),
          confidence: s.confidence,
          credit: credit(s)
        }
      ])
    )
  };
}
