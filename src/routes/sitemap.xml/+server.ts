import { sitemapXml } from '$lib/server/deploy';
import type { RequestHandler } from './$types';

// Every page of the site, with absolute URLs (PUBLIC_SITE_URL + BASE_PATH).
export const prerender = true;

export const GET: RequestHandler = () =>
  new Response(sitemapXml(), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
