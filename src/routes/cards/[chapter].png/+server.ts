import { error } from '@sveltejs/kit';
import { cardSvg, chapterCardSpec, prewarm, renderPngAsync } from '$lib/server/cards';
import { pngResponse } from '$lib/server/responses';
import { getShareChapter, shareChapters } from '$lib/server/share';
import { localeOfRoute, type Locale } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

// Each chapter's social card (og:image of /s/<chapter>/): 1200×630, drawn at build time. The
// Japanese route (src/routes/ja/cards/) re-exports this handler.
export const prerender = true;

export const _entries = (locale: Locale) => shareChapters(locale).map((c) => ({ chapter: c.slug }));

export const entries: EntryGenerator = () => _entries('en');

export const GET: RequestHandler = async ({ params, route }) => {
  const chapter = getShareChapter(localeOfRoute(route.id), params.chapter);
  if (!chapter) error(404, `No chapter "${params.chapter}"`);
  prewarm();
  return pngResponse(await renderPngAsync(cardSvg(chapterCardSpec(chapter))));
};
