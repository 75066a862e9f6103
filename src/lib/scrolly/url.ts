import { TRIGGER } from './geometry';

/**
 * Keeps the URL fragment on where the reader is: the active step of the scrolly block under the
 * trigger line (`#machine/nvidia-datacenter-revenue/take-off`), else the chapter under it
 * (`#machine`), else nothing (the top of the page). Derived from positions, like the steps:
 * blocks above or below the reader keep their own active step without claiming the URL.
 * replaceState, never pushState: scrolling must not fill the back button's history.
 */
const active = new Map<Element, string | null>();

export function reportActiveStep(section: Element, key: string | null): void {
  active.set(section, key);
  syncFragment();
}

export function forget(section: Element): void {
  active.delete(section);
}

export function syncFragment(): void {
  const line = window.innerHeight * TRIGGER;
  const under = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.top <= line && r.bottom > line;
  };
  let hash = '';
  for (const [section, key] of active) {
    if (key && under(section)) hash = `#${key}`;
  }
  // At the very top the page is just the page: no fragment.
  if (!hash && window.scrollY > 0) {
    const chapter = [...document.querySelectorAll('section.chapter[id]')].find(under);
    if (chapter) hash = `#${chapter.id}`;
  }
  if (decodeURIComponent(location.hash) === hash) return;
  history.replaceState(history.state, '', location.pathname + location.search + hash);
}
