/**
 * Keeps the URL fragment on the step the reader is at. Each scrolly block reports its active
 * step; the most recent report wins. replaceState, never pushState: scrolling must not fill the
 * back button's history.
 */
let current: { chart: string; key: string } | null = null;

export function reportActiveStep(chart: string, key: string | null): void {
  if (key) {
    if (current?.key === key) return;
    current = { chart, key };
    write(`#${key}`);
  } else if (current?.chart === chart) {
    // This block has no active step any more (the reader scrolled back above it).
    current = null;
    write('');
  }
}

function write(hash: string) {
  if (decodeURIComponent(location.hash) === hash) return;
  history.replaceState(history.state, '', location.pathname + location.search + hash);
}
