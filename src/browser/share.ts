/**
 * Share controls (src/lib/article/ShareControl.svelte): one in each scrolly block's chart, one
 * under each chapter's heading. Without JavaScript each is a link to its share page, which has
 * the links to post. Here it becomes a button (one attribute on <html>; CSS swaps them) that
 * opens the share menu. The menu's code (src/browser/share-menu.ts) loads on the first click,
 * so the page's first load carries only this.
 *
 * The step a block shares is the one its chart shows: the live chart's (or its static frame's)
 * `data-step`, which src/browser/scrolly.ts keeps on the step the reader is at; before the first
 * step, the block's first step.
 */
export function enhanceShare(doc: Document = document): void {
  if (!doc.querySelector('.share-control')) return;
  doc.documentElement.dataset.share = '';
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('.share-control button');
    if (!button) return;
    import('./share-menu')
      .then((menu) => menu.toggle(button, shownStep(button)))
      .catch((error: unknown) => {
        // The menu's code could not load (offline): the share page still has everything.
        console.warn('The share menu could not load:', error);
        const link = button.parentElement?.querySelector<HTMLAnchorElement>('a.share-link');
        if (link) location.href = link.href;
      });
  });
}

/** The step the control's block shows, or null (a chapter's control; a block before its first step). */
function shownStep(button: HTMLElement): string | null {
  const block = button.closest('section.scrolly');
  const step = block?.querySelector<HTMLElement>('.canvas > [data-step]')?.dataset.step;
  // The static frame before the first step is named 'opening'; the live chart's step is ''.
  return step && step !== 'opening' ? step : null;
}
