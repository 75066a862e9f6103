import { DEFAULT_TRIGGER } from './geometry';

/**
 * Keeps the URL fragment on where the reader is: the active step of the scrolly block under the
 * trigger line (`#machine/nvidia-datacenter-revenue/take-off`), else the chapter under it
 * (`#machine`), else nothing (the top of the page). What lies under the line comes from an
 * IntersectionObserver, not from reading positions, so chapters the browser has not laid out
 * yet stay unlaid. replaceState, never pushState: scrolling must not fill the back button's
 * history (a link the reader follows inside the page still adds its entry, as links do).
 */
const keys = new Map<Element, string | null>();
const watched = new Set<Element>();
const underLine = new Set<Element>();
let observer: IntersectionObserver | null = null;
let trigger = DEFAULT_TRIGGER;

function lineObserver(): IntersectionObserver {
  // The root shrunk to a thin band at the trigger line: "intersecting" = spanning the line.
  const top = trigger * 100;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) underLine.add(e.target);
        else underLine.delete(e.target);
      }
      syncFragment();
    },
    { rootMargin: `-${top}% 0px -${99.5 - top}% 0px` }
  );
  return observer;
}

function watch(el: Element): void {
  watched.add(el);
  lineObserver().observe(el);
}

/** The layout moved the trigger line (a phone turned sideways): watch the new line. */
export function setTrigger(fraction: number): void {
  if (fraction === trigger) return;
  trigger = fraction;
  observer?.disconnect();
  observer = null;
  underLine.clear();
  for (const el of watched) lineObserver().observe(el);
}

/** Follow chapters (elements with the chapter's slug as id) for the between-blocks fragment. */
export function watchChapters(chapters: Iterable<Element>): void {
  for (const c of chapters) watch(c);
}

export function reportActiveStep(section: Element, key: string | null): void {
  if (!keys.has(section)) watch(section);
  keys.set(section, key);
  syncFragment();
}

export function syncFragment(): void {
  let hash = '';
  for (const [section, key] of keys) if (key && underLine.has(section)) hash = `#${key}`;
  // At the very top the page is just the page: no fragment.
  if (!hash && window.scrollY > 0) {
    for (const el of underLine) if (el.matches('section.chapter[id]')) hash = `#${el.id}`;
  }
  if (location.hash === hash || safeDecode(location.hash) === hash) return;
  history.replaceState(history.state, '', location.pathname + location.search + hash);
  dispatchEvent(new CustomEvent(PLACE_EVENT, { detail: hash.slice(1) }));
}

/** Sent on window when the fragment follows the reader to a new place (detail: the fragment, decoded). */
export const PLACE_EVENT = 'readerplace';

/** A hash typed or pasted by anyone may not be valid percent-encoding. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
