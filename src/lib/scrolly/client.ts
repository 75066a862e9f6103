import scrollama from 'scrollama';
import { loadChart } from '$lib/charts/registry';
import type { AnyChart } from '$lib/charts/types';
import { activeIndex, progressWithin, TRIGGER } from './geometry';
import { LiveChart, type View } from './live';
import { forget, reportActiveStep } from './url';

/**
 * Brings one server-rendered <section class="scrolly"> to life:
 * - the active step is derived from where the steps are (scrollama only says when to look), so a
 *   fling, a jump, a reload or a zoom all land on the step a slow reader would have reached;
 * - the chart's code and data load when the block is within a screen of the viewport;
 * - the live chart then replaces the server-rendered opening frame, drawn at the active step
 *   directly (no replay of earlier steps);
 * - the URL fragment follows the active step; moving to a step announces its alt text.
 */
/** How long after the page opens a step change still counts as landing, not moving. */
const LANDING_MS = 1500;

export function mountScrolly(root: HTMLElement): () => void {
  const chartId = root.dataset.chart!;
  const canvas = root.querySelector<HTMLElement>('.canvas')!;
  const announcer = root.querySelector<HTMLElement>('.announce');
  const steps = [...root.querySelectorAll<HTMLElement>('.step[data-step]')];

  const view: View = { step: null, progress: 0, width: 0, height: 0 };
  let chart: AnyChart | null = null;
  let live: LiveChart | null = null;
  // The step a reader lands on (by link or reload) is not announced — the page is being read
  // out anyway — only steps they move to afterwards.
  const mountedAt = performance.now();
  const announce = () => performance.now() - mountedAt > LANDING_MS;
  // Whether the block is on screen. Blocks off screen never read positions: in a chapter the
  // browser has not laid out yet (content-visibility), a position read would force its layout.
  let onScreenNow = false;

  const measure = () => {
    const trigger = window.innerHeight * TRIGGER;
    const tops = steps.map((el) => el.getBoundingClientRect().top);
    const i = activeIndex(tops, trigger);
    const next = i >= 0 ? steps[i]!.dataset.step! : null;
    const progress =
      chart?.usesProgress && i >= 0
        ? progressWithin(tops[i]!, tops[i + 1] ?? steps[i]!.getBoundingClientRect().bottom, trigger)
        : 0;
    if (next === view.step) {
      if (progress !== view.progress) {
        view.progress = progress;
        live?.update(view);
      }
      return;
    }
    view.step = next;
    view.progress = progress;
    live?.update(view);
    if (announce() && next && announcer) {
      announcer.textContent = steps[i]!.querySelector('.step-alt')?.textContent ?? '';
    }
    reportActiveStep(root, next ? steps[i]!.id : null);
  };

  // scrollama keeps an IntersectionObserver and a ResizeObserver per step; the browser checks
  // them every frame. So a block's scroller runs only while the block is within a screen of the
  // viewport (set up the first time, then enabled and disabled).
  let scroller: ReturnType<typeof scrollama> | null = null;
  const wake = () => {
    if (scroller) scroller.enable();
    else
      scroller = scrollama().setup({ step: steps, offset: TRIGGER }).onStepEnter(measure).onStepExit(measure);
  };

  // Fires after flings, keyboard jumps and fragment navigation, which IntersectionObserver may
  // report mid-flight.
  const onScrollEnd = () => {
    if (onScreenNow) measure();
  };
  let progressFrame = 0;
  const onScroll = () => {
    if (!chart?.usesProgress || progressFrame) return;
    progressFrame = requestAnimationFrame(() => {
      progressFrame = 0;
      measure();
    });
  };
  addEventListener('scrollend', onScrollEnd, { passive: true });
  addEventListener('scroll', onScroll, { passive: true });

  // Viewport changes (resize, rotation, the phone's address bar, zoom) re-measure.
  const sized = new ResizeObserver(([entry]) => {
    if (!entry) return;
    view.width = Math.round(entry.contentRect.width);
    view.height = Math.round(entry.contentRect.height);
    scroller?.resize();
    if (onScreenNow) measure();
    if (live && view.width > 0 && view.height > 0) live.update(view);
    start();
  });
  sized.observe(canvas);

  function start() {
    if (!chart || live || view.width === 0 || view.height === 0) return;
    const opening = canvas.querySelector(':scope > svg');
    live = new LiveChart(canvas, chart);
    live.update(view);
    opening?.remove();
  }

  let loading = false;
  const near = new IntersectionObserver(
    ([entry]) => {
      if (!entry?.isIntersecting) {
        scroller?.disable();
        return;
      }
      wake();
      if (loading) return;
      loading = true;
      loadChart(chartId)
        .then((definition) => {
          chart = definition;
          // The first layout and drawing in a task of its own, apart from parsing the module.
          setTimeout(() => {
            if (onScreenNow) measure();
            start();
          }, 0);
        })
        .catch((error: unknown) => {
          // The server-rendered frame stays: the reader loses motion, not the chart.
          console.warn(`Chart "${chartId}" could not load:`, error);
        });
    },
    { rootMargin: '100% 0px' }
  );
  near.observe(root);

  // Coming on screen (by scrolling, a link, a reload): find the step. Moving dots (SVG
  // animateMotion) cost paint on every frame: they run only while the block is on screen.
  const onScreen = new IntersectionObserver(([entry]) => {
    if (!entry) return;
    onScreenNow = entry.isIntersecting;
    if (onScreenNow) measure();
    const svg = live?.svg;
    if (!svg) return;
    if (onScreenNow) svg.unpauseAnimations();
    else svg.pauseAnimations();
  });
  onScreen.observe(root);

  return () => {
    near.disconnect();
    onScreen.disconnect();
    sized.disconnect();
    scroller?.destroy();
    cancelAnimationFrame(progressFrame);
    removeEventListener('scrollend', onScrollEnd);
    removeEventListener('scroll', onScroll);
    live?.destroy();
    forget(root);
  };
}
