import { headersFile } from '$lib/server/deploy';
import type { RequestHandler } from './$types';

// Response headers for Netlify / Cloudflare Pages (docs/deploy.md): who may frame which pages,
// and how long each kind of file may be cached.
export const prerender = true;

export const GET: RequestHandler = () =>
  new Response(headersFile(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
