import { error } from '@sveltejs/kit';
import { getSource } from '$lib/content/sources';
import { charts, getChart } from '$lib/server/charts';
import type { EntryGenerator, PageServerLoad } from './$types';

// The full table behind each chart, as its own page: long tables would make the article heavy.
export const entries: EntryGenerator = () => [...charts.keys()].map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
  if (!charts.has(params.chart)) error(404, `No chart "${params.chart}"`);
  const chart = getChart(params.chart);
  return {
    id: chart.id,
    note: chart.note ?? null,
    table: chart.table(chart.data),
    sources: chart.sources.map((id) => {
      const s = getSource(id);
      return { publisher: s.publisher, title: s.title, url: s.url, licence: s.licence };
    })
  };
};
