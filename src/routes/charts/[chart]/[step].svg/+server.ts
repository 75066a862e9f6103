import { error } from '@sveltejs/kit';
import { charts, getChart, renderChartSvg, stepIds } from '$lib/server/charts';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * Each chart at each step as a standalone SVG file (downloads, slides, handouts).
 * `opening` is the frame before the first step.
 */
export const prerender = true;

const SIZE = { width: 800, height: 600 };

export const entries: EntryGenerator = () =>
  [...charts.values()].flatMap((chart) =>
    ['opening', ...stepIds(chart)].map((step) => ({ chart: chart.id, step }))
  );

export const GET: RequestHandler = ({ params }) => {
  if (!charts.has(params.chart)) error(404, `No chart "${params.chart}"`);
  const chart = getChart(params.chart);
  const step = params.step === 'opening' ? null : params.step;
  if (step !== null && !stepIds(chart).includes(step)) error(404, `No step "${params.step}"`);
  const svg = renderChartSvg(chart.id, step, { size: SIZE, standalone: true });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'content-type': 'image/svg+xml' }
  });
};
