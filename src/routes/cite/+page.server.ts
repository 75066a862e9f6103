import { absoluteUrl } from '$lib/site';
import { citeTargets } from '$lib/content/cite-targets';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => citeTargets('en', absoluteUrl);
