import { localeOfRoute, site, type Locale } from '$lib/site';
import { checksOf } from '$lib/content/checks';
import { formatDate } from '$lib/content/dates';
import { glossaryFor } from '$lib/content/glossary';
import { scanChapter } from '$lib/content/markdown.js';
import { dataFileInfo, methodsFor } from '$lib/content/methods';
import { outlineOf } from '$lib/content/outline';
import { getSource, publisherIn, sources } from '$lib/content/sources';
import { charts } from '$lib/server/charts';
import type { PageServerLoad } from './$types';

const chapterText = import.meta.glob<string>('/content/*/chapters/*.md', {
  query: '?raw',
  import: 'default',
  eager: true
});

// Which chart draws which file: the files each chart's code imports from content/data/.
const chartCode = import.meta.glob<string>('/src/lib/charts/*/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true
});
function chartsDrawing(file: string): string[] {
  const ids = Object.entries(chartCode)
    .filter(([, code]) => code.includes(`content/data/${file}`))
    .map(([path]) => path.split('/')[4]!);
  return [...new Set(ids)].sort();
}

function entry(id: string, locale: Locale) {
  const s = getSource(id);
  return {
    id,
    publisher: publisherIn(locale, s.publisher),
    title: s.title,
    date: formatDate(s.date, locale),
    url: s.url,
    licence: s.licence,
    confidence: s.confidence,
    note: s.note ?? null
  };
}

// One load for both editions (src/routes/ja/sources/ re-exports it).
export const load: PageServerLoad = ({ route }) => {
  const locale = localeOfRoute(route.id);
  const outline = outlineOf[locale];
  const listed = new Map<string, string>();
  const byChapter = outline.map((c) => {
    const text = chapterText[`/${c.file}`];
    if (text === undefined) throw new Error(`${c.file}: not found`);
    // In the order a reader meets them: the chapter's citations, then its charts' sources.
    const ids = [
      ...scanChapter(text, c.file).cites.map((x) => x.id ?? ''),
      ...c.charts.flatMap((ch) => charts.get(ch.id)?.sources ?? [])
    ].filter((id, i, all) => id && all.indexOf(id) === i);
    return {
      slug: c.slug,
      title: c.title,
      number: c.number ?? null,
      sources: ids.map((id) => {
        const first = listed.get(id);
        if (!first) listed.set(id, c.slug);
        return { ...entry(id, locale), firstIn: first ?? null };
      })
    };
  });
  const other = [...sources.keys()].filter((id) => !listed.has(id)).map((id) => entry(id, locale));
  const chartTitles = new Map(
    outline.flatMap((c) => c.charts.map((ch) => [ch.id, { title: ch.title, chapter: c.slug }] as const))
  );
  const files = dataFileInfo(locale).map((d) => ({
    ...d,
    asOf: d.asOf ? formatDate(d.asOf, locale) : null,
    sources: d.sources.map((id) => ({ id, publisher: publisherIn(locale, getSource(id).publisher) })),
    charts: chartsDrawing(d.file).map((id) => ({ id, title: chartTitles.get(id)?.title ?? id }))
  }));
  return {
    locale,
    chapters: byChapter,
    other,
    definitions: glossaryFor(locale).references,
    files,
    checks: checksOf(locale).map((c) => ({
      chapter: c.chapter,
      chapterTitle: outline.find((o) => o.slug === c.chapter)?.title ?? c.chapter,
      claim: c.claim,
      finding: c.finding,
      sources: c.sources.map((id) => ({ id, publisher: publisherIn(locale, getSource(id).publisher) }))
    })),
    report: methodsFor(locale).report,
    corrections: site.corrections
  };
};
