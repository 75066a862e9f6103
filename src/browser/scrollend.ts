/**
 * `scrollend`, where the browser has it, and a stand-in where it does not (WebKit before Safari
 * 26, WebKitGTK 2.50): the end of a burst of scroll events, 100 ms after the last one. The page
 * re-measures on it after flings, keyboard jumps and links, which IntersectionObserver may report
 * mid-flight — so without it a WebKit reader could be left on the step before.
 */
const native = typeof window !== 'undefined' && 'onscrollend' in window;
const listeners = new Set<() => void>();
let timer = 0;

export function onScrollEnd(listener: () => void): void {
  if (native) {
    addEventListener('scrollend', listener, { passive: true });
    return;
  }
  if (listeners.size === 0) {
    addEventListener(
      'scroll',
      () => {
        clearTimeout(timer);
        timer = window.setTimeout(() => {
          for (const l of listeners) l();
        }, 100);
      },
      { passive: true }
    );
  }
  listeners.add(listener);
}
