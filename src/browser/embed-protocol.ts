/**
 * The messages between an embed (src/browser/embed.ts, in the iframe) and the host page's
 * script (static/embed.js, which repeats these strings: a unit test checks they agree).
 *
 *   embed → host   { type: 'ai-boom-embed:height', height: <CSS pixels> }   on load and on every change
 *   host → embed   { type: 'ai-boom-embed:ask' }                             "post your height again"
 *
 * The host accepts a height only from the origin it loaded its script from, and applies it
 * only to the iframe whose window sent it. The embed sends its height to any parent: a height
 * is all it ever says.
 */
export const HEIGHT_MESSAGE = 'ai-boom-embed:height';
export const ASK_MESSAGE = 'ai-boom-embed:ask';
