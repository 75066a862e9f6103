import { _entries } from '../../../../charts/[chart]/[step].png/+server';
import type { EntryGenerator } from './$types';

// Each step as a PNG download, titled and sourced in Japanese.
// The English route's handler serves both editions (it reads the edition from the route's id).
export { GET } from '../../../../charts/[chart]/[step].png/+server';

export const prerender = true;
export const entries: EntryGenerator = () => _entries();
