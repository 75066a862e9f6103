import { error } from '@sveltejs/kit';
import { charts, getChart } from '$lib/server/charts';
import { toCsv } from '$lib/server/csv';
import type { EntryGenerator, RequestHandler } from './$types';

// The numbers behind each chart, as a CSV file for teachers and readers.
export const prerender = true;

export const entries: EntryGenerator = () => [...charts.keys()].map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
  if (!charts.has(params.chart)) error(404, `No chart "${params.chart}"`);
  const chart = getChart(params.chart);
  return new Response(toCsv(chart.table(chart.data)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' }
  });
};
