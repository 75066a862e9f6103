import { error } from '@sveltejs/kit';
import { embedData } from '$lib/server/embed';
import { shareChapters } from '$lib/server/share';
import type { Locale } from '$lib/site';
import type { EntryGenerator, PageServerLoad } from './$types';

// A chart to embed on another site: every step, moved by buttons and the arrow keys
// (src/browser/embed.ts); every step's frame and prose one after another without JavaScript.
const locale: Locale = 'en';

export const entries: EntryGenerator = () =>
  shareChapters(locale).flatMap((c) => c.blocks.map((b) => ({ chart: b.chart })));

export const load: PageServerLoad = async ({ params }) => {
  const data = await embedData(locale, params.chart);
  if (!data) error(404, `No chart "${params.chart}" in the article`);
  return data;
};
