import { absoluteUrl, localeOfRoute, sitePaths } from '$lib/site';
import { strings } from '$lib/strings';
import type { RequestHandler } from './$types';

/**
 * The handout's page furniture, printed in the margins of every page: the article's name and
 * address at the foot, and "page / pages". A stylesheet of its own because the address is known
 * only at build time (PUBLIC_SITE_URL, BASE_PATH) and a component's CSS is fixed when compiled.
 */
export const prerender = true;

const css = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

export const GET: RequestHandler = ({ route }) => {
  const locale = localeOfRoute(route.id);
  return new Response(
    `@page {\n  margin: 14mm 13mm 16mm;\n  @bottom-left {\n    content: ${css(`${strings[locale].siteTitle} · ${absoluteUrl(sitePaths.article(locale))}`)};\n    font: 8pt system-ui, sans-serif;\n    color: #5d5a53;\n  }\n  @bottom-right {\n    content: counter(page) " / " counter(pages);\n    font: 8pt system-ui, sans-serif;\n    color: #5d5a53;\n  }\n}\n`,
    { headers: { 'content-type': 'text/css; charset=utf-8' } }
  );
};
