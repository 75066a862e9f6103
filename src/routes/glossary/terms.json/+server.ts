import { glossaryFor } from '$lib/content/glossary';
import { ct } from '$lib/classroom/strings';
import type { RequestHandler } from './$types';

/**
 * The glossary as data, for the article's popovers: the page carries only a link per term
 * (a few bytes each), and the script fetches this the first time a reader taps one.
 */
export const prerender = true;

export const GET: RequestHandler = () => {
  const { terms } = glossaryFor('en');
  const body = {
    more: ct.glossaryEntry,
    terms: Object.fromEntries(terms.map((t) => [t.id, { term: t.term, definition: t.definition }]))
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
