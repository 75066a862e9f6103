import { _entries } from '../../../../../s/[chapter]/[chart]/[step]/+page.server';
import type { EntryGenerator } from './$types';

// A step's share page in Japanese (/ja/s/<chapter>/<chart>/<step>/).
// The English route's load serves both editions (it reads the edition from the route's id).
export { load } from '../../../../../s/[chapter]/[chart]/[step]/+page.server';

export const entries: EntryGenerator = () => _entries('ja');
