/**
 * The page's only script. The article is static HTML (prerendered, no hydration); this brings
 * the scrollytelling blocks to life. Chart code loads later, chart by chart, as the reader nears it.
 */
import { mountScrolly } from '$lib/scrolly/client.svelte';

for (const section of document.querySelectorAll<HTMLElement>('section.scrolly[data-chart]')) {
  mountScrolly(section);
}

// Printing shows every step's frame: make sure the lazy images are fetched first.
addEventListener('beforeprint', () => {
  for (const img of document.querySelectorAll<HTMLImageElement>('img.frame')) img.loading = 'eager';
});
