import { error } from '@sveltejs/kit';
import { DOWNLOAD_PNG, downloadSvg, prewarm, renderPngAsync } from '$lib/server/cards';
import { charts, getChart, stepIds } from '$lib/server/charts';
import { pngResponse } from '$lib/server/responses';
import { localeOfRoute } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * Each chart at each step as a 1600×1200 PNG (800×600 drawn at 2×), with the chart's title and
 * sources drawn in: for slides and handouts, beside the .svg. `opening` is the frame before the
 * first step. A static host drops the Content-Disposition header, so links name the file with
 * `download="<chart>-<step>.png"`.
 */
export const prerender = true;

export const _entries = () =>
  [...charts.values()].flatMap((chart) =>
    ['opening', ...stepIds(chart)].map((step) => ({ chart: chart.id, step }))
  );

export const entries: EntryGenerator = _entries;

export const GET: RequestHandler = async ({ params, route }) => {
  if (!charts.has(params.chart)) error(404, `No chart "${params.chart}"`);
  const chart = getChart(params.chart);
  const step = params.step === 'opening' ? null : params.step;
  if (step !== null && !stepIds(chart).includes(step)) error(404, `No step "${params.step}"`);
  const svg = downloadSvg(localeOfRoute(route.id), chart.id, step);
  prewarm();
  return pngResponse(await renderPngAsync(svg, DOWNLOAD_PNG.zoom), `${chart.id}-${params.step}.png`);
};
