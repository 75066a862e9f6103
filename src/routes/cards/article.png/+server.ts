import { articleCardSpec, cardSvg, renderPng } from '$lib/server/cards';
import { pngResponse } from '$lib/server/responses';
import type { RequestHandler } from './$types';

// The article's social card (og:image of the article page): 1200×630, drawn at build time.
export const prerender = true;

export const GET: RequestHandler = () => pngResponse(renderPng(cardSvg(articleCardSpec('en'))));
