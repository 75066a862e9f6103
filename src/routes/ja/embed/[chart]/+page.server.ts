import { _entries } from '../../../embed/[chart]/+page.server';
import type { EntryGenerator } from './$types';

// A chart's embed in Japanese (/ja/embed/<chart>/).
// The English route's load serves both editions (it reads the edition from the route's id).
export { load } from '../../../embed/[chart]/+page.server';

export const entries: EntryGenerator = () => _entries('ja');
