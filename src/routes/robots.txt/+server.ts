import { robotsTxt } from '$lib/server/deploy';
import type { RequestHandler } from './$types';

// Generated rather than static: the Sitemap line must be an absolute URL, which only the
// build knows (PUBLIC_SITE_URL + BASE_PATH).
export const prerender = true;

export const GET: RequestHandler = () =>
  new Response(robotsTxt(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
