/**
 * The embed pages' only script (src/routes/embed/Embed.svelte): a chart on someone else's page.
 *
 * - One step at a time: the live chart (the article's LiveChart, drawn at the iframe's real size
 *   and redrawn when it changes) above the step's prose; until the chart's code arrives, the
 *   step's build-time frame. Previous and Next buttons, and ←/→, Home and End, move between
 *   steps; the count is announced. A fragment naming a step (`#take-off`) opens on it.
 * - The page's height goes to the host page by postMessage, whenever it changes and when the
 *   host's script asks (it may load after us): static/embed.js sizes the iframe (the messages:
 *   src/browser/embed-protocol.ts). Only a height is sent, so any host may receive it.
 * - `?theme=light` or `?theme=dark` in the iframe's address matches a host page's theme;
 *   otherwise the reader's system decides, as on the article.
 */
import { loadChart } from '$lib/charts/registry';
import type { AnyChart } from '$lib/charts/types';
import { ASK_MESSAGE, HEIGHT_MESSAGE } from './embed-protocol';
import { LiveChart, type View } from './live';

const root = document.querySelector<HTMLElement>('section.embed[data-chart]');
if (root) embed(root);

function embed(root: HTMLElement): void {
  const theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

  const steps = [...root.querySelectorAll<HTMLElement>('.embed-step[data-step]')];
  const canvas = root.querySelector<HTMLElement>('.canvas');
  if (!canvas || steps.length === 0) return;
  const nav = root.querySelector<HTMLElement>('.embed-nav');
  const buttons = [...(nav?.querySelectorAll<HTMLButtonElement>('button[data-go]') ?? [])];
  const count = root.querySelector<HTMLElement>('.embed-count');
  const back = root.querySelector<HTMLAnchorElement>('a.embed-article');
  const view: View = { step: null, width: 0, height: 0 };
  let chart: AnyChart | null = null;
  let live: LiveChart | null = null;
  let still: HTMLImageElement | null = null;
  let at = -1;

  const draw = () => {
    if (!live && chart && view.width > 0 && view.height > 0) {
      live = new LiveChart(canvas, chart);
      still?.remove();
    }
    if (live) {
      if (view.width > 0 && view.height > 0) live.update(view);
      return;
    }
    // Before the live chart: the step's build-time frame, beside the opening one.
    still ??= canvas.appendChild(
      Object.assign(document.createElement('img'), { alt: '', decoding: 'async' })
    );
    const src = new URL(`${view.step}.svg`, new URL(root.dataset.frames!, location.href)).href;
    if (still.src !== src) still.src = src;
  };

  const show = (i: number) => {
    const next = Math.max(0, Math.min(steps.length - 1, i));
    if (next === at) return;
    at = next;
    steps.forEach((s, k) => (s.hidden = k !== at));
    const step = steps[at]!;
    view.step = step.dataset.step!;
    canvas.setAttribute('aria-label', step.querySelector('img')?.alt ?? '');
    if (count) count.textContent = step.dataset.label ?? '';
    if (back && step.dataset.article) back.href = step.dataset.article;
    // aria-disabled, not disabled: the button keeps the focus at either end.
    buttons.forEach((b) =>
      b.setAttribute(
        'aria-disabled',
        String(at + Number(b.dataset.go) < 0 || at + Number(b.dataset.go) >= steps.length)
      )
    );
    draw();
  };

  root.dataset.live = '';
  canvas.hidden = false;
  if (nav) nav.hidden = false;
  const named = steps.findIndex((s) => `#${s.id}` === decodeURIComponent(location.hash));
  show(Math.max(0, named));

  new ResizeObserver(([entry]) => {
    if (!entry) return;
    view.width = Math.round(entry.contentRect.width);
    view.height = Math.round(entry.contentRect.height);
    // Draw in the next frame, not inside the observer's callback.
    requestAnimationFrame(draw);
  }).observe(canvas);

  loadChart(root.dataset.chart!)
    .then((c) => {
      chart = c;
      draw();
    })
    .catch((error: unknown) => {
      // The step's frame stays, and keeps following the buttons: the reader loses motion only.
      console.warn(`Chart "${root.dataset.chart}" could not load:`, error);
    });

  nav?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-go]');
    if (button) show(at + Number(button.dataset.go));
  });
  addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if ((event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]')) return;
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: steps.length - 1 }[event.key];
    if (to === undefined || steps.length < 2) return;
    event.preventDefault();
    show(to);
  });

  reportHeight(root.closest('main') ?? document.body);
}

/** Tell the host page how tall the embed is, now, on every change, and when it asks. */
function reportHeight(main: HTMLElement): void {
  if (parent === window) return;
  let last = 0;
  const post = (force = false) => {
    const height = Math.ceil(main.getBoundingClientRect().bottom + scrollY);
    if (height === last && !force) return;
    last = height;
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => post()).observe(main);
  addEventListener('message', (event) => {
    const data = event.data as { type?: unknown } | null;
    if (event.source === parent && data?.type === ASK_MESSAGE) post(true);
  });
}
