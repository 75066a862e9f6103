import { byTerm, glossaryFor, glossarySource, termUses } from '$lib/content/glossary';
import { localeOfRoute } from '$lib/site';
import type { PageServerLoad } from './$types';

// One load for both editions (src/routes/ja/glossary/ re-exports it).
export const load: PageServerLoad = ({ route }) => {
  const locale = localeOfRoute(route.id);
  const glossary = glossaryFor(locale);
  const uses = termUses(locale);
  return {
    locale,
    terms: [...glossary.terms].sort(byTerm).map((t) => ({
      ...t,
      sources: t.sources.map((id) => glossarySource(id, locale)),
      // The first chapter that links the term (where a reader most likely met it).
      firstUse: uses.find((u) => u.term === t.id) ?? null
    }))
  };
};
