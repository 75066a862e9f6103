import { articleData } from '$lib/server/article';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => articleData('en');
