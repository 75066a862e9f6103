import { _entries } from '../../../../embed/[chart]/[step]/+page.server';
import type { EntryGenerator } from './$types';

// One step's embed in Japanese (/ja/embed/<chart>/<step>/).
// The English route's load serves both editions (it reads the edition from the route's id).
export { load } from '../../../../embed/[chart]/[step]/+page.server';

export const entries: EntryGenerator = () => _entries('ja');
