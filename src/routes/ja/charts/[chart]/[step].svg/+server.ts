import { _entries } from '../../../../charts/[chart]/[step].svg/+server';
import type { EntryGenerator } from './$types';

// Each step as an SVG download, drawn in Japanese.
// The English route's handler serves both editions (it reads the edition from the route's id).
export { GET } from '../../../../charts/[chart]/[step].svg/+server';

export const prerender = true;
export const entries: EntryGenerator = () => _entries();
