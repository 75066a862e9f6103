import { articleCardSpec, cardSvg, prewarm, renderPngAsync } from '$lib/server/cards';
import { pngResponse } from '$lib/server/responses';
import { localeOfRoute } from '$lib/site';
import type { RequestHandler } from './$types';

// The article's social card (og:image of the article page): 1200×630, drawn at build time.
export const prerender = true;

export const GET: RequestHandler = async ({ route }) => {
  prewarm();
  return pngResponse(await renderPngAsync(cardSvg(articleCardSpec(localeOfRoute(route.id)))));
};
