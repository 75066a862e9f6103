import { error } from '@sveltejs/kit';
import { cardSvg, chapterCardSpec, prewarm, renderPngAsync } from '$lib/server/cards';
import { pngResponse } from '$lib/server/responses';
import { getShareChapter, shareChapters } from '$lib/server/share';
import type { EntryGenerator, RequestHandler } from './$types';

// Each chapter's social card (og:image of /s/<chapter>/): 1200×630, drawn at build time.
export const prerender = true;

export const entries: EntryGenerator = () => shareChapters('en').map((c) => ({ chapter: c.slug }));

export const GET: RequestHandler = async ({ params }) => {
  const chapter = getShareChapter('en', params.chapter);
  if (!chapter) error(404, `No chapter "${params.chapter}"`);
  prewarm();
  return pngResponse(await renderPngAsync(cardSvg(chapterCardSpec(chapter))));
};
