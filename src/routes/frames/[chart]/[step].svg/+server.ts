import { error } from '@sveltejs/kit';
import { charts, FRAME_SIZE, getChart, renderChartSvg, stepIds } from '$lib/server/charts';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * Each step's frame at the size the page shows it (phone-legible when scaled to the column):
 * the images under each step's prose for readers without JavaScript and for print.
 */
export const prerender = true;

export const entries: EntryGenerator = () =>
  [...charts.values()].flatMap((chart) => stepIds(chart).map((step) => ({ chart: chart.id, step })));

export const GET: RequestHandler = ({ params }) => {
  if (!charts.has(params.chart)) error(404, `No chart "${params.chart}"`);
  const chart = getChart(params.chart);
  if (!stepIds(chart).includes(params.step)) error(404, `No step "${params.step}"`);
  const svg = renderChartSvg(chart.id, params.step, { size: FRAME_SIZE, standalone: true });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'content-type': 'image/svg+xml' }
  });
};
