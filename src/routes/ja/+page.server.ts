import { articleData } from '$lib/server/article';
import type { PageServerLoad } from './$types';

// The Japanese edition: the same article page as src/routes/+page.svelte, from content/ja/.
export const load: PageServerLoad = () => articleData('ja');
