import { _entries } from '../../../tables/[chart]/+page.server';
import type { EntryGenerator } from './$types';

// A chart's data page in Japanese (/ja/tables/<chart>/).
// The English route's load serves both editions (it reads the edition from the route's id).
export { load } from '../../../tables/[chart]/+page.server';

export const entries: EntryGenerator = () => _entries();
