import { DOWNLOAD_SIZE } from '$lib/charts/sizes';
import { svgEntries, svgResponse } from '$lib/server/files';
import { localeOfRoute } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

/** Each chart at each step as a standalone SVG file to download (slides, handouts), 800×600. */
export const prerender = true;
export const _entries = svgEntries;
export const entries: EntryGenerator = svgEntries;
export const GET: RequestHandler = ({ params, route }) =>
  svgResponse(params, DOWNLOAD_SIZE, false, localeOfRoute(route.id));
