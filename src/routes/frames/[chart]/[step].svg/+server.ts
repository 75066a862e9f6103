import { FRAME_SIZE } from '$lib/charts/sizes';
import { svgEntries, svgResponse } from '$lib/server/files';
import { localeOfRoute } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * Each chart's frames at the size the page shows them: the opening frame in the sticky graphic
 * before the live chart starts, and each step's frame under its prose (no JavaScript, print).
 * Themed: light or dark with the reader's system.
 */
export const prerender = true;
export const _entries = svgEntries;
export const entries: EntryGenerator = svgEntries;
export const GET: RequestHandler = ({ params, route }) =>
  svgResponse(params, FRAME_SIZE, true, localeOfRoute(route.id));
