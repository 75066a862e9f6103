import { absoluteUrl, localeOfRoute } from '$lib/site';
import { citeTargets } from '$lib/content/cite-targets';
import type { PageServerLoad } from './$types';

// One load for both editions (src/routes/ja/cite/ re-exports it).
export const load: PageServerLoad = ({ route }) => {
  const locale = localeOfRoute(route.id);
  return { locale, ...citeTargets(locale, absoluteUrl) };
};
