import { error } from '@sveltejs/kit';
import { cardSvg, prewarm, renderPngAsync, stepCardSpec } from '$lib/server/cards';
import { pngResponse } from '$lib/server/responses';
import { allSteps, findStep } from '$lib/server/share';
import { localeOfRoute, type Locale } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

// Each step's social card (og:image of /s/<chapter>/<chart>/<step>/): the chart at that step.
export const prerender = true;

export const _entries = (locale: Locale) =>
  allSteps(locale).map((r) => ({ chapter: r.chapter.slug, chart: r.block.chart, step: r.step.id }));

export const entries: EntryGenerator = () => _entries('en');

export const GET: RequestHandler = async ({ params, route }) => {
  const ref = findStep(localeOfRoute(route.id), params.chapter, params.chart, params.step);
  if (!ref) error(404, `No step ${params.chapter}/${params.chart}/${params.step}`);
  prewarm();
  return pngResponse(await renderPngAsync(cardSvg(stepCardSpec(ref))));
};
