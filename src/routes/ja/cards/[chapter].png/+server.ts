import { _entries } from '../../../cards/[chapter].png/+server';
import type { EntryGenerator } from './$types';

// Each chapter's card in Japanese.
// The English route's handler serves both editions (it reads the edition from the route's id).
export { GET } from '../../../cards/[chapter].png/+server';

export const prerender = true;
export const entries: EntryGenerator = () => _entries('ja');
