import { glossaryFor } from '$lib/content/glossary';
import { classroomStrings } from '$lib/classroom/strings';
import { localeOfRoute } from '$lib/site';
import type { RequestHandler } from './$types';

/**
 * The glossary as data, for the article's popovers: the page carries only a link per term
 * (a few bytes each), and the script fetches this the first time a reader taps one.
 */
export const prerender = true;

// Both editions: src/routes/ja/glossary/terms.json/ re-exports this handler.
export const GET: RequestHandler = ({ route }) => {
  const locale = localeOfRoute(route.id);
  const { terms } = glossaryFor(locale);
  const body = {
    more: classroomStrings[locale].glossaryEntry,
    // What ends the term before its definition: ". " in English, "：" in Japanese.
    after: locale === 'ja' ? '：' : '. ',
    terms: Object.fromEntries(terms.map((t) => [t.id, { term: t.term, definition: t.definition }]))
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
