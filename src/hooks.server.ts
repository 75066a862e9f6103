import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';

// Every page is prerendered: this runs at build time (and in `vite dev`), never in production.
// Pages are not hydrated (csr = false), so the comments Svelte leaves for hydration are dead
// weight (a tenth of the page's elements). Only those exact forms are removed: `<!---->`,
// block markers like `<!--[-->`, `<!--[-1-->`, `<!--[!-->`, `<!--]-->`, and the head's hash.
// Author comments never reach the output (Svelte drops them), so nothing else is touched.
const HYDRATION_MARKER = /<!--(?:\[-?\d*!?|\]|[a-z0-9]{5,10})?-->/g;

// Stylesheets small enough to inline (kit.inlineStyleThreshold) are also linked, disabled, for
// the client router to take over; with no client router they are bytes that do nothing.
const DISABLED_STYLESHEET =
  /<link href="[^"]*_app\/immutable\/assets\/[^"]+\.css" rel="stylesheet" disabled media="\(max-width: 0\)">/g;

/** The page's language: the Japanese edition lives under /ja/. */
function lang(pathname: string): string {
  return pathname.slice(base.length).startsWith('/ja/') ? 'ja' : 'en';
}

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) =>
      html
        .replace('%lang%', lang(event.url.pathname))
        .replace(HYDRATION_MARKER, '')
        .replace(DISABLED_STYLESHEET, '')
  });
