/**
 * Presenter mode's script (src/routes/present/): turns the page's list of steps into a deck.
 *
 * - One step on screen at a time; its chart is drawn live by the same chart function as the
 *   article (LiveChart), at the size of its canvas, tweening between steps of one chart (at once
 *   under reduced motion). Until a chart's code arrives the step's static frame shows.
 * - Keys: → Space PageDown (and ↓) next; ← Shift+Space PageUp (and ↑) previous — what clickers
 *   send; Home/End; a number then Enter jumps to that step; F full screen; B or . blank screen;
 *   N notes; Escape clears a typed number or the blank screen. A swipe moves on touch screens.
 * - The URL fragment is the step's, as in the article (#chapter/chart/step), replaced, never
 *   pushed; a fragment typed or a chapter chosen from the menu moves the deck there.
 * - Notes (the step's alt text, its sources, the next step) show in this window (N), or in a
 *   second window kept on the same step over a BroadcastChannel.
 * No inline script or style: strict-CSP safe.
 */
import { loadChart } from '$lib/charts/registry';
import type { AnyChart } from '$lib/charts/types';
import { LiveChart } from './live';
import { safeDecode } from './url';

const deck = document.querySelector<HTMLElement>('.deck');
if (deck) present(deck);

function present(deck: HTMLElement): void {
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  if (!slides.length) return;
  const byKey = new Map(slides.map((s, i) => [s.id, i]));
  const counter = deck.querySelector<HTMLElement>('[data-counter]');
  const typedOut = deck.querySelector<HTMLElement>('[data-typed]');
  const announcer = deck.querySelector<HTMLElement>('[data-announce]');
  const blank = deck.querySelector<HTMLElement>('.blank');
  const menu = deck.querySelector<HTMLDetailsElement>('.menu');
  const notesButton = deck.querySelector<HTMLButtonElement>('[data-action="notes"]');
  const tools = deck.querySelector<HTMLElement>('.tools');
  const params = new URLSearchParams(location.search);
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('present') : null;

  let current = -1;
  let typed = '';
  let live: { chart: string; view: LiveChart } | null = null;
  const loaded = new Map<string, Promise<AnyChart>>();
  const load = (id: string) => {
    let p = loaded.get(id);
    if (!p) loaded.set(id, (p = loadChart(id)));
    return p;
  };

  deck.dataset.live = '';
  tools?.removeAttribute('hidden');
  if (params.has('notes')) setNotes(true);

  /** The canvas's drawing size: what the chart is laid out at. */
  const sizeOf = (canvas: Element) => {
    const r = canvas.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  };

  function draw(slide: HTMLElement): void {
    const chartId = slide.dataset.chart!;
    const step = slide.dataset.step!;
    const canvas = slide.querySelector<HTMLElement>('.canvas')!;
    const img = canvas.querySelector('img');
    if (img) img.loading = 'eager';
    load(chartId)
      .then((chart) => {
        // The reader may have moved on while the code loaded.
        if (slides[current] !== slide) return;
        if (live && live.chart !== chartId) {
          live.view.destroy();
          live = null;
        }
        if (!live) live = { chart: chartId, view: new LiveChart(canvas, chart) };
        // One live chart per chart: it moves with the reader from step to step (and tweens).
        const el = live.view.svg.parentElement!;
        if (el.parentElement !== canvas) canvas.append(el);
        const size = sizeOf(canvas);
        if (size.width > 0 && size.height > 0) live.view.update({ step, ...size });
      })
      .catch((error: unknown) => console.warn(`Chart "${chartId}" could not load:`, error));
    // The next chart's code, ahead of time.
    const next = slides[current + 1]?.dataset.chart;
    if (next && next !== chartId) void load(next).catch(() => {});
  }

  /** Shrinks the text a notch at a time until it fits its column (long steps on small screens). */
  function fit(slide: HTMLElement): void {
    const text = slide.querySelector<HTMLElement>('.text');
    if (!text || deck.hasAttribute('data-notes')) return;
    delete text.dataset.fit;
    for (let level = 1; level <= 3 && text.scrollHeight > text.clientHeight + 1; level++) {
      text.dataset.fit = String(level);
    }
  }

  function go(index: number, opts: { announce?: boolean; broadcast?: boolean } = {}): void {
    const i = Math.max(0, Math.min(slides.length - 1, index));
    if (i === current) return;
    slides[current]?.classList.remove('current');
    current = i;
    const slide = slides[i]!;
    slide.classList.add('current');
    if (counter) counter.textContent = String(i + 1);
    const hash = `#${slide.id}`;
    if (safeDecode(location.hash) !== hash) {
      history.replaceState(history.state, '', location.pathname + location.search + hash);
    }
    fit(slide);
    draw(slide);
    if (opts.announce !== false && announcer) {
      const title = slide.querySelector('.chart-title')?.textContent ?? '';
      announcer.textContent = `${i + 1} / ${slides.length}. ${title}. ${slide.querySelector('.notes p')?.textContent ?? ''}`;
    }
    if (opts.broadcast !== false) channel?.postMessage({ key: slide.id });
  }

  function fromHash(): number | undefined {
    const key = safeDecode(location.hash.slice(1));
    if (!key) return undefined;
    const at = byKey.get(key);
    if (at !== undefined) return at;
    // A chapter's fragment (#machine) opens its first step.
    const first = slides.findIndex((s) => s.id.startsWith(`${key}/`));
    return first >= 0 ? first : undefined;
  }

  function setNotes(on: boolean): void {
    if (on) deck.dataset.notes = '';
    else delete deck.dataset.notes;
    notesButton?.setAttribute('aria-pressed', String(on));
    if (current >= 0) fit(slides[current]!);
  }

  function setBlank(on: boolean): void {
    if (!blank) return;
    blank.hidden = !on;
  }

  function fullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }

  function setTyped(value: string): void {
    typed = value;
    if (typedOut) typedOut.textContent = value;
  }

  const act: Record<string, () => void> = {
    next: () => go(current + 1),
    prev: () => go(current - 1),
    notes: () => setNotes(!deck.hasAttribute('data-notes')),
    window: () => {
      window.open(
        `${location.pathname}?notes${location.hash}`,
        'present-notes',
        'popup,width=900,height=700'
      );
    },
    fullscreen,
    blank: () => setBlank(blank?.hidden === true)
  };

  deck.addEventListener('click', (event) => {
    const target = event.target as Element;
    const button = target.closest<HTMLElement>('[data-action]');
    if (button) {
      act[button.dataset.action!]?.();
      return;
    }
    if (target.closest('.blank')) setBlank(false);
    // A chapter chosen from the menu: the fragment changes (hashchange moves the deck); close it.
    if (target.closest('.menu a')) menu?.removeAttribute('open');
  });

  addEventListener('hashchange', () => {
    const at = fromHash();
    if (at !== undefined) go(at);
  });

  channel?.addEventListener('message', (event: MessageEvent<{ key?: string }>) => {
    const at = event.data?.key ? byKey.get(event.data.key) : undefined;
    if (at !== undefined) go(at, { broadcast: false });
  });

  addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const focus = document.activeElement;
    // Space and Enter on a button, link or the menu belong to it.
    const onControl = !!focus?.closest('button, a, summary, input, select, textarea');
    const key = event.key;
    let handled = true;
    if (/^[0-9]$/.test(key)) setTyped((typed + key).slice(0, 3));
    else if (key === 'Enter' && typed) {
      go(Number(typed) - 1);
      setTyped('');
    } else if (key === 'Backspace' && typed) setTyped(typed.slice(0, -1));
    else if (key === 'Escape') {
      if (typed) setTyped('');
      else if (blank && blank.hidden !== true) setBlank(false);
      else if (menu?.open) menu.open = false;
      else handled = false;
    } else if (blank && blank.hidden !== true && key !== 'b' && key !== 'B' && key !== '.') {
      // Any key brings the screen back; the key itself does nothing else.
      setBlank(false);
    } else if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'PageDown') go(current + 1);
    else if (key === 'ArrowLeft' || key === 'ArrowUp' || key === 'PageUp') go(current - 1);
    else if (key === ' ' && !onControl) go(event.shiftKey ? current - 1 : current + 1);
    else if (key === 'Home') go(0);
    else if (key === 'End') go(slides.length - 1);
    else if (key === 'f' || key === 'F') fullscreen();
    else if (key === 'b' || key === 'B' || key === '.') setBlank(blank?.hidden === true);
    else if (key === 'n' || key === 'N') act.notes!();
    else handled = false;
    if (handled) event.preventDefault();
  });

  // Swipes on touch screens: left for the next step, right for the previous one.
  let touch: { x: number; y: number } | null = null;
  deck.addEventListener(
    'pointerdown',
    (e) => {
      if (e.pointerType !== 'mouse') touch = { x: e.clientX, y: e.clientY };
    },
    { passive: true }
  );
  deck.addEventListener(
    'pointerup',
    (e) => {
      if (!touch) return;
      const dx = e.clientX - touch.x;
      const dy = e.clientY - touch.y;
      touch = null;
      if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) go(dx < 0 ? current + 1 : current - 1);
    },
    { passive: true }
  );
  deck.addEventListener('pointercancel', () => (touch = null), { passive: true });

  // A new window size (a projector plugged in, full screen): redraw at the canvas's new size.
  let resizing = 0;
  addEventListener('resize', () => {
    cancelAnimationFrame(resizing);
    resizing = requestAnimationFrame(() => {
      const slide = slides[current];
      if (!slide) return;
      fit(slide);
      draw(slide);
    });
  });

  go(fromHash() ?? 0, { announce: false });
}
