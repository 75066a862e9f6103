import { byTerm, glossaryFor, glossarySource, termUses } from '$lib/content/glossary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const glossary = glossaryFor('en');
  const uses = termUses('en');
  return {
    terms: [...glossary.terms].sort(byTerm).map((t) => ({
      ...t,
      sources: t.sources.map((id) => glossarySource(id)),
      // The first chapter that links the term (where a reader most likely met it).
      firstUse: uses.find((u) => u.term === t.id) ?? null
    }))
  };
};
