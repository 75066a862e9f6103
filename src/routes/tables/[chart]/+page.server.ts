import { error } from '@sveltejs/kit';
import { absoluteUrl, editionPaths, localeOfRoute, sitePaths } from '$lib/site';
import { chartAsOf } from '$lib/content/chart-data';
import { citeTargets } from '$lib/content/cite-targets';
import { formatDate } from '$lib/content/dates';
import { credit, csvAllowed } from '$lib/content/licences';
import { chartTitle, outlineChartsOf } from '$lib/content/outline';
import { getSource, publisherIn } from '$lib/content/sources';
import { charts, getChart } from '$lib/server/charts';
import type { EntryGenerator, PageServerLoad } from './$types';

// Each chart's data page: the numbers as a table, the downloads (CSV where the licences allow,
// each step as an image) and every source with its full note — what the article keeps short.
// One implementation for both editions: src/routes/ja/tables/[chart]/ re-exports it.
export const _entries = () => [...charts.keys()].map((chart) => ({ chart }));

export const entries: EntryGenerator = _entries;

export const load: PageServerLoad = ({ params, route }) => {
  const locale = localeOfRoute(route.id);
  if (!charts.has(params.chart)) error(404, `No chart "${params.chart}"`);
  const chart = getChart(params.chart);
  const told = outlineChartsOf[locale].get(chart.id);
  const csv = csvAllowed(chart);
  const asOf = chartAsOf(chart);
  const path = `${sitePaths.article(locale)}tables/${chart.id}/`;
  return {
    locale,
    path,
    alternates: editionPaths(path),
    id: chart.id,
    title: told?.title ?? chart.id,
    // The preview: the card of the chart's last step, where its story lands.
    card: told?.steps.length
      ? {
          path: sitePaths.cardStep(locale, told.chapter, chart.id, told.steps.at(-1)!.id),
          alt: told.steps.at(-1)!.alt
        }
      : { path: sitePaths.cardArticle(locale), alt: chartTitle(chart.id, locale) },
    chapter: told?.chapter ?? null,
    steps: told?.steps.map((s) => ({ id: s.id, key: s.key, alt: s.alt })) ?? [],
    note: chart.note?.[locale] ?? null,
    asOf: asOf ? formatDate(asOf, locale) : null,
    csv,
    // A licence that forbids redistribution forbids a page of the numbers too: the chart draws
    // them; the source has them.
    table: csv ? chart.table(chart.data, locale) : null,
    // How to cite the chart (the /cite/ page has every chart, chapter and the article).
    cite: citeTargets(locale, absoluteUrl).charts.find((c) => c.id === `chart-${chart.id}`) ?? null,
    sources: chart.sources.map((id) => {
      const s = getSource(id);
      return {
        id,
        publisher: publisherIn(locale, s.publisher),
        title: s.title,
        date: formatDate(s.date, locale),
        url: s.url,
        licence: s.licence,
        note: s.note ?? null,
        credit: credit(s)
      };
    })
  };
};
