import { PLACE_EVENT, safeDecode } from './url';

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
