import { error } from '@sveltejs/kit';
import { cardSvg, prewarm, renderPngAsync, stepCardSpec } from '$lib/server/cards';
import { pngResponse } from '$lib/server/responses';
import { allSteps, findStep } from '$lib/server/share';
import type { EntryGenerator, RequestHandler } from './$types';

// Each step's social card (og:image of /s/<chapter>/<chart>/<step>/): the chart at that step.
export const prerender = true;

export const entries: EntryGenerator = () =>
  allSteps('en').map((r) => ({ chapter: r.chapter.slug, chart: r.block.chart, step: r.step.id }));

export const GET: RequestHandler = async ({ params }) => {
  const ref = findStep('en', params.chapter, params.chart, params.step);
  if (!ref) error(404, `No step ${params.chapter}/${params.chart}/${params.step}`);
  prewarm();
  return pngResponse(await renderPngAsync(cardSvg(stepCardSpec(ref))));
};
