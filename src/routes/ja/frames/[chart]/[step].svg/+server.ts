import { _entries } from '../../../../frames/[chart]/[step].svg/+server';
import type { EntryGenerator } from './$types';

// The Japanese page's frames: the charts drawn in Japanese.
// The English route's handler serves both editions (it reads the edition from the route's id).
export { GET } from '../../../../frames/[chart]/[step].svg/+server';

export const prerender = true;
export const entries: EntryGenerator = () => _entries();
