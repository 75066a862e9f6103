import { error } from '@sveltejs/kit';
import { embedData } from '$lib/server/embed';
import { allSteps } from '$lib/server/share';
import type { Locale } from '$lib/site';
import type { EntryGenerator, PageServerLoad } from './$types';

// One step of a chart to embed on another site: its frame (drawn live at the iframe's size),
// its prose, its sources and a link to it in the article.
const locale: Locale = 'en';

export const entries: EntryGenerator = () =>
  allSteps(locale).map((r) => ({ chart: r.block.chart, step: r.step.id }));

export const load: PageServerLoad = async ({ params }) => {
  const data = await embedData(locale, params.chart, params.step);
  if (!data) error(404, `No step "${params.step}" of chart "${params.chart}" in the article`);
  return data;
};
