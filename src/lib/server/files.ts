import { error } from '@sveltejs/kit';
import type { Size } from '$lib/charts/types';
import type { Locale } from '$lib/site';
import { charts, getChart, renderChartSvg, stepFromParam, stepIds } from './charts';

/**
 * The chart-at-a-step SVG files, shared by the routes that serve them: `/frames/…` (the images
 * in the page: no JavaScript, print, the opening frame; themed) and `/charts/…` (downloads:
 * colours as attributes, which editors read). `opening` names the frame before the first step.
 * Each edition draws its own (the Japanese under /ja/frames/ and /ja/charts/).
 */
export function svgEntries(): { chart: string; step: string }[] {
  return [...charts.values()].flatMap((chart) =>
    ['opening', ...stepIds(chart)].map((step) => ({ chart: chart.id, step }))
  );
}

export function svgResponse(
  params: { chart: string; step: string },
  size: Size,
  themed: boolean,
  locale: Locale = 'en'
): Response {
  if (!charts.has(params.chart)) error(404, `No chart "${params.chart}"`);
  const chart = getChart(params.chart);
  const step = stepFromParam(chart, params.step);
  if (step === undefined) error(404, `No step "${params.step}" in chart "${chart.id}"`);
  const svg = renderChartSvg(chart.id, step, { size, standalone: true, themed, locale });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'content-type': 'image/svg+xml' }
  });
}
