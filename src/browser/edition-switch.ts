import { PLACE_EVENT, safeDecode } from './url';

/** Scrolled less than this (px) from the top, the switch sits in its corner above the title. */
const TOP_ZONE = 64;
/** Scroll moves smaller than this (px) do not count as a direction (a bounce, a jitter). */
const MIN_MOVE = 6;

/**
 * The language switch keeps the reader's place. Step and chapter ids are the same in both
 * editions, so the fragment the URL follows (`#machine/nvidia-datacenter-revenue/take-off`) means
 * the same place in the other edition: the switch's href carries it, set now (a reader who landed
 * on a step) and whenever the fragment moves — by scrolling (url.ts's `readerplace` event) or by
 * a link inside the page (`hashchange`). Without JavaScript the link leads to the other edition's
 * top (src/lib/meta/LanguageSwitch.svelte).
 */
export function followReaderPlace(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-edition-switch]')];
  if (!links.length) return;
  const bases = links.map((a) => a.href.split('#')[0]!);
  const update = () => {
    const place = safeDecode(location.hash.slice(1));
    links.forEach((a, i) => {
      a.href = place ? `${bases[i]}#${encodeURI(place)}` : bases[i]!;
    });
  };
  update();
  addEventListener(PLACE_EVENT, update);
  addEventListener('hashchange', update);
}

/**
 * Where the article's language switch sits (src/lib/meta/LanguageSwitch.svelte): in the page's
 * top corner near the top; further down, in the bottom corner of the screen while the reader
 * scrolls back up (looking for a way elsewhere) and below the screen while they read on, so it
 * never covers the text. A reader who lands on a step from a link reads first: it waits below.
 */
export function floatWhileScrollingUp(): void {
  const box = document.querySelector('a[data-edition-switch]')?.parentElement;
  if (!box) return;
  let last = Math.max(0, scrollY);
  let queued = false;
  const place = () => {
    queued = false;
    const y = Math.max(0, scrollY);
    if (y < TOP_ZONE) {
      delete box.dataset.float;
      last = y;
      return;
    }
    const dy = y - last;
    // Small moves add up: `last` stays where the last counted move ended.
    if (box.dataset.float && Math.abs(dy) < MIN_MOVE) return;
    box.dataset.float = dy < 0 ? 'near' : 'away';
    last = y;
  };
  place();
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(place);
    },
    { passive: true }
  );
}
