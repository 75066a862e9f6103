/**
 * The page's only script. The article is static HTML (prerendered, no hydration); this brings
 * the scrollytelling blocks to life and turns footnote links into popovers. Chart code loads
 * later, chart by chart, as the reader nears it.
 */
import { enhanceFootnotes } from '$lib/article/footnotes';
import { mountScrolly } from '$lib/scrolly/client';
import { syncFragment, watchChapters } from '$lib/scrolly/url';

enhanceFootnotes();

// One block per task, so that starting up never blocks the page for long.
const blocks = [...document.querySelectorAll<HTMLElement>('section.scrolly[data-chart]')];
const next = () => {
  const block = blocks.shift();
  if (!block) return;
  mountScrolly(block);
  setTimeout(next, 0);
};
next();

// Between blocks the fragment names the chapter; at the top, nothing.
watchChapters(document.querySelectorAll('section.chapter[id]'));
addEventListener('scrollend', syncFragment, { passive: true });

// Printing shows every step's frame: make sure the lazy images are fetched first.
addEventListener('beforeprint', () => {
  for (const img of document.querySelectorAll<HTMLImageElement>('img.frame')) img.loading = 'eager';
});
