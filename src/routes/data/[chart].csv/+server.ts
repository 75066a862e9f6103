import { error } from '@sveltejs/kit';
import { csvAllowed, csvBlockers } from '$lib/content/licences';
import { charts, getChart } from '$lib/server/charts';
import { toCsv } from '$lib/server/csv';
import type { EntryGenerator, RequestHandler } from './$types';

// The numbers behind each chart, as a CSV file for teachers and readers — only where every
// source's licence allows redistribution (src/lib/content/licences.ts). entries() decides which
// files the build writes.
export const prerender = true;

export const entries: EntryGenerator = () =>
  [...charts.values()].filter((chart) => csvAllowed(chart)).map((chart) => ({ chart: chart.id }));

export const GET: RequestHandler = ({ params }) => {
  if (!charts.has(params.chart)) error(404, `No chart "${params.chart}"`);
  const chart = getChart(params.chart);
  const blockers = csvBlockers(chart);
  if (blockers.length) {
    // Not listed by entries(). A page that still links here (until it hides the link for such
    // charts) gets a one-row notice instead of the data: where to obtain it, and why not here.
    return new Response(
      toCsv({
        columns: ['notice', 'source', 'url'],
        rows: blockers.map((s) => [
          `The licence of this source does not allow us to redistribute its data: ${s.licence}`,
          s.publisher,
          s.url
        ])
      }),
      { headers: { 'content-type': 'text/csv; charset=utf-8' } }
    );
  }
  return new Response(toCsv(chart.table(chart.data)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' }
  });
};
