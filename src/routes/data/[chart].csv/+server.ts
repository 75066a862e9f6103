import { error } from '@sveltejs/kit';
import { csvAllowed } from '$lib/content/licences';
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
  // Not listed by entries(), and no page links here: the licence does not let us redistribute it.
  if (!csvAllowed(chart)) error(404, `The data of "${chart.id}" may not be redistributed`);
  return new Response(toCsv(chart.table(chart.data, 'en')), {
    headers: { 'content-type': 'text/csv; charset=utf-8' }
  });
};
