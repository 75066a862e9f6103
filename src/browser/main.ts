/**
 * The page's only script. The article is static HTML (prerendered, no hydration); this brings
 * the scrollytelling blocks to life and turns footnote links into popovers.
 *
 * Start-up does almost nothing, so the page never blocks a phone's main thread: two
 * IntersectionObservers watch every block, and a block is brought to life (its chart's code
 * loaded, scrollama set up) only when it comes within a screen of the viewport. The one
 * exception is the block a link lands in: it starts first, at once, drawing the linked step.
 */
import { followReaderPlace } from './edition-switch';
import { enhanceFootnotes } from './footnotes';
import { enhanceReaderTools, stepKeys, stillCharts } from './reader';
import { enhanceShare } from './share';
import { triggerFraction } from './geometry';
import { onScrollEnd } from './scrollend';
import { ScrollyBlock } from './scrolly';
import { safeDecode, setTrigger, syncFragment, watchChapters } from './url';

const sections = [...document.querySelectorAll<HTMLElement>('section.scrolly[data-chart]')];
const blocks = new Map<Element, ScrollyBlock>();

// A window resized or a phone turned changes every step's place (the layout is in svh and
// columns), and the browser does not keep the reader's place across a resize. Bring the step the
// reader was at (the URL names it) back to its reading position. This observer is made before
// any block's, so it runs first, before a block re-measures at the new layout. A phone's address bar sliding
// away changes neither (svh is the small viewport), so it never triggers this.
const graphic = sections[0]?.querySelector('.graphic');
if (graphic) {
  let size = '';
  new ResizeObserver(([entry]) => {
    if (!entry) return;
    const now = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
    const changed = size !== '' && now !== size;
    size = now;
    if (!changed) return;
    const step = document.getElementById(safeDecode(location.hash.slice(1)));
    // Read now (before any block re-measures); scroll in the next frame, not inside the observer.
    if (step?.matches('.step[data-step]'))
      requestAnimationFrame(() => step.scrollIntoView({ block: 'start', behavior: 'instant' }));
  }).observe(graphic);
}

// A link to a step (#machine/the-loop/circle-closes) names an element id. CSS (:target) keeps
// its block from painting the opening frame; start that block before anything else.
const target = location.hash.length > 1 ? document.getElementById(safeDecode(location.hash.slice(1))) : null;
const landing = target?.matches('.step[data-step]') ? target.closest('section.scrolly[data-chart]') : null;
if (landing && target && !stillCharts())
  blocks.set(landing, new ScrollyBlock(landing as HTMLElement, target.dataset.step ?? null));

const blockOf = (el: Element) => {
  let b = blocks.get(el);
  if (!b) blocks.set(el, (b = new ScrollyBlock(el as HTMLElement)));
  return b;
};

// Within a screen of the viewport: alive (and, the first time, created).
const near = new IntersectionObserver(
  (entries) => {
    for (const e of entries) {
      if (e.isIntersecting) blockOf(e.target).setNear(true);
      else blocks.get(e.target)?.setNear(false);
    }
  },
  { rootMargin: '100% 0px' }
);
// On screen: the block reads its steps' positions; off screen it never does.
const visible = new IntersectionObserver((entries) => {
  for (const e of entries) {
    if (e.isIntersecting) blockOf(e.target).setOnScreen(true);
    else blocks.get(e.target)?.setOnScreen(false);
  }
});
// A reader who chose still charts reads the build-time frames (static-reading.css): no chart starts.
// The others wait until the page has loaded and the browser is idle, so a chart that happens to
// be near the top never competes with the first paint (a link's block has started already).
if (!stillCharts()) {
  const watch = () => {
    for (const s of sections) {
      near.observe(s);
      visible.observe(s);
    }
  };
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(watch, { timeout: 1500 }) : setTimeout(watch, 200);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

// Between blocks the fragment names the chapter; at the top, nothing.
watchChapters(document.querySelectorAll('section.chapter[id]'));
onScrollEnd(syncFragment);
// A phone turned sideways moves the trigger line (app.css decides where it is).
if (sections[0]) {
  const first = sections[0];
  setTrigger(triggerFraction(first));
  addEventListener('resize', () => setTrigger(triggerFraction(first)), { passive: true });
}

enhanceFootnotes();
enhanceReaderTools();
followReaderPlace();
// Share controls (src/browser/share.ts): a few lines here; the menu's code loads on first use.
enhanceShare();
stepKeys();

// Printing shows every step's frame: make sure the lazy images are fetched first.
addEventListener('beforeprint', () => {
  for (const img of document.querySelectorAll<HTMLImageElement>('img.frame')) img.loading = 'eager';
});
