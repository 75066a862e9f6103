import { _entries } from '../../../s/[chapter]/+page.server';
import type { EntryGenerator } from './$types';

// A chapter's share page in Japanese (/ja/s/<chapter>/).
// The English route's load serves both editions (it reads the edition from the route's id).
export { load } from '../../../s/[chapter]/+page.server';

export const entries: EntryGenerator = () => _entries('ja');
