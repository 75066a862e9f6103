import { error } from '@sveltejs/kit';
import { embedData } from '$lib/server/embed';
import { shareChapters } from '$lib/server/share';
import { localeOfRoute, type Locale } from '$lib/site';
import type { EntryGenerator, PageServerLoad } from './$types';

// A chart to embed on another site: every step, moved by buttons and the arrow keys
// (src/browser/embed.ts); every step's frame and prose one after another without JavaScript.
// One implementation for both editions: src/routes/ja/embed/… re-exports it (_entries('ja')).
export const _entries = (locale: Locale) =>
  shareChapters(locale).flatMap((c) => c.blocks.map((b) => ({ chart: b.chart })));

export const entries: EntryGenerator = () => _entries('en');

export const load: PageServerLoad = async ({ params, route }) => {
  const data = await embedData(localeOfRoute(route.id), params.chart);
  if (!data) error(404, `No chart "${params.chart}" in the article`);
  return data;
};
