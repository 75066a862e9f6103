import type { Handle } from '@sveltejs/kit';
import { fillIslands } from '$lib/server/islands';

// Every page is prerendered: this runs at build time (and in `vite dev`), never in production.
// Pages are not hydrated (csr = false), so Svelte's hydration markers are dead weight.
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => fillIslands(html).replace(/<!--(\[\d*|\]|[a-z0-9]*)-->/g, '')
  });
